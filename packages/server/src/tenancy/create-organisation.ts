import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  organisationTypeLabels,
  organisationTypes,
  type OrganisationType,
} from './organisation-types.ts';
import { DomainError } from '../http/domain-error.ts';
import { ensureOrganisation } from './ensure-organisation.ts';
import { ensureTerritory } from './ensure-territory.ts';

/** An organisation to create on a territory, which is created too if it does not exist. */
export interface CreateOrganisationInput {
  territory: string;
  /** INSEE codes of the territory's communes; required when the territory is new. */
  inseeCodes: string[];
  name: string;
  type: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** The territory and organisation, and whether each was created now. */
export interface CreatedOrganisation {
  territoryId: string;
  organisationId: string;
  territoryCreated: boolean;
  organisationCreated: boolean;
}

function isOrganisationType(type: string): type is OrganisationType {
  return (organisationTypes as readonly string[]).includes(type);
}

/**
 * Creates a partner organisation, and its territory when new (with its communes, checked against
 * the official list). What exists is kept as it is; running it twice changes nothing. This is how
 * an operator prepares a territory before `createAdmin`, where the demo is off.
 */
export async function createOrganisation(
  db: Kysely<Database>,
  input: CreateOrganisationInput,
): Promise<CreatedOrganisation> {
  if (!isOrganisationType(input.type)) {
    const known = organisationTypes.map((t) => `${t} (${organisationTypeLabels[t]})`).join(', ');
    throw new DomainError(
      'type_organisation_inconnu',
      `Type d’organisation « ${input.type} » inconnu ; types possibles : ${known}.`,
    );
  }
  const existing = await db
    .selectFrom('territory')
    .select('id')
    .where('name', '=', input.territory)
    .executeTakeFirst();
  if (existing === undefined && input.inseeCodes.length === 0) {
    throw new DomainError(
      'communes_manquantes',
      `Le territoire « ${input.territory} » n’existe pas encore : donnez les codes INSEE de ses communes (ex. 69259).`,
    );
  }
  const territoryId = await ensureTerritory(db, {
    name: input.territory,
    inseeCodes: input.inseeCodes,
  });
  const before = await db
    .selectFrom('organisation')
    .select('id')
    .where('territory_id', '=', territoryId)
    .where('name', '=', input.name)
    .executeTakeFirst();
  const organisationId = await ensureOrganisation(db, {
    territory_id: territoryId,
    name: input.name,
    type: input.type,
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
  });
  return {
    territoryId,
    organisationId,
    territoryCreated: existing === undefined,
    organisationCreated: before === undefined,
  };
}
