import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { seedDemoPilotage } from './seed-demo-pilotage.ts';
import type { OrganisationType } from '../tenancy/organisation-types.ts';
import { roleLabels, roles, type Role } from '../tenancy/roles.ts';
import { addMember } from '../tenancy/add-member.ts';
import { ensureOrganisation } from '../tenancy/ensure-organisation.ts';
import { ensureTerritory } from '../tenancy/ensure-territory.ts';
import { DEMO_CAF_LOGIN, seedDemoCases } from './seed-demo-cases.ts';
import { seedDemoReperage } from './seed-demo-reperage.ts';

/** Name of the demonstration territory. */
export const DEMO_TERRITORY_NAME = 'Vénissieux — Moulin-à-Vent';

/**
 * The password of every demo account. DEMO ONLY: it is public (printed at start, written here),
 * so the demo territory must never hold real data; production starts without it (ZNR_DEMO).
 */
export const DEMO_PASSWORD = 'demo-zero-non-recours';

const demoDomain = 'demo.zero-non-recours.fr';

// Contacts are fictitious: telephone numbers in the 04 65 71 range that ARCEP reserves for
// fiction, e-mails on the demo domain.
/** The partner organisations of the demo territory. */
export const DEMO_ORGANISATIONS: {
  name: string;
  type: OrganisationType;
  address: string;
  phone: string;
}[] = [
  {
    name: 'CCAS de Vénissieux',
    type: 'ccas_cias',
    address: 'Hôtel de ville, 5 avenue Marcel-Houël, 69200 Vénissieux',
    phone: '04 65 71 00 01',
  },
  {
    name: 'PIMMS Médiation Vénissieux',
    type: 'pimms_france_services',
    address: 'Place du Moulin-à-Vent, 69200 Vénissieux',
    phone: '04 65 71 00 02',
  },
  {
    name: 'CAF du Rhône',
    type: 'caf',
    address: '67 boulevard Vivier-Merle, 69003 Lyon',
    phone: '04 65 71 00 03',
  },
  {
    name: 'CPAM du Rhône',
    type: 'cpam',
    address: '276 cours Émile-Zola, 69100 Villeurbanne',
    phone: '04 65 71 00 04',
  },
  {
    name: 'Maison de la Métropole de Vénissieux',
    type: 'maison_metropole_departement',
    address: 'Rue Ambroise-Croizat, 69200 Vénissieux',
    phone: '04 65 71 00 05',
  },
  {
    name: 'Habitat Moulin-à-Vent (bailleur social)',
    type: 'bailleur_social',
    address: 'Rue du Professeur-Roux, 69200 Vénissieux',
    phone: '04 65 71 00 06',
  },
  {
    name: 'Association Accès aux droits Vénissieux',
    type: 'association',
    address: 'Boulevard Ambroise-Paré, 69200 Vénissieux',
    phone: '04 65 71 00 07',
  },
  {
    name: 'Préfecture du Rhône — lutte contre la pauvreté',
    type: 'service_etat',
    address: '106 rue Pierre-Corneille, 69003 Lyon',
    phone: '04 65 71 00 08',
  },
];

/** A demo account: one per role. */
export interface DemoLogin {
  email: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  organisation: string;
  password: string;
}

const demoOrganisationOfRole: Record<Role, string> = {
  ambassadeur: 'PIMMS Médiation Vénissieux',
  travailleur_social: 'CCAS de Vénissieux',
  coordinateur: 'CCAS de Vénissieux',
  pilote: 'Maison de la Métropole de Vénissieux',
  evaluateur: 'Préfecture du Rhône — lutte contre la pauvreté',
  admin: 'CCAS de Vénissieux',
};

const demoNames: Record<Role, string> = {
  ambassadeur: 'Awa Diallo',
  travailleur_social: 'Karim Benali',
  coordinateur: 'Claire Martin',
  pilote: 'Sophie Bernard',
  evaluateur: 'Thomas Nguyen',
  admin: 'Julien Moreau',
};

/** The demo accounts, one per role, with the shared demo password. */
export const DEMO_LOGINS: DemoLogin[] = roles.map((role) => ({
  email: `${role.replace('_', '-')}@${demoDomain}`,
  displayName: demoNames[role],
  role,
  roleLabel: roleLabels[role],
  organisation: demoOrganisationOfRole[role],
  password: DEMO_PASSWORD,
}));

/**
 * Every demo account to print (`znr start`, `znr demo`): one per role, then the CAF agent who
 * answers the referrals sent to the CAF.
 */
export const DEMO_ACCOUNTS: DemoLogin[] = [
  ...DEMO_LOGINS,
  {
    ...DEMO_CAF_LOGIN,
    roleLabel: `${roleLabels[DEMO_CAF_LOGIN.role]} (agent CAF)`,
    password: DEMO_PASSWORD,
  },
];

/** What seedDemo did. */
export interface DemoSeedResult {
  territoryId: string;
  createdUsers: number;
}

/**
 * Seeds the demonstration territory "Vénissieux — Moulin-à-Vent" (commune 69259), its partner
 * organisations, one account per role, a CAF agent and fictitious case files (seedDemoCases). Idempotent: a second run changes nothing, and records
 * edited since (a contact, a password) are left as they are.
 */
export async function seedDemo(db: Kysely<Database>): Promise<DemoSeedResult> {
  const territoryId = await ensureTerritory(db, {
    name: DEMO_TERRITORY_NAME,
    inseeCodes: ['69259'],
  });
  const organisationIds = new Map<string, string>();
  for (const [index, organisation] of DEMO_ORGANISATIONS.entries()) {
    const id = await ensureOrganisation(db, {
      territory_id: territoryId,
      ...organisation,
      email: `contact-${index + 1}@${demoDomain}`,
    });
    organisationIds.set(organisation.name, id);
  }
  let createdUsers = 0;
  for (const login of DEMO_LOGINS) {
    const added = await addMember(db, {
      email: login.email,
      displayName: login.displayName,
      organisationId: organisationIds.get(login.organisation) ?? '',
      role: login.role,
      password: login.password,
    });
    if (added.userCreated) createdUsers++;
  }
  await seedDemoCases(db, territoryId, organisationIds, DEMO_PASSWORD);
  await seedDemoPilotage(db, territoryId, organisationIds, {
    ambassadeur: await demoUserId(db, 'ambassadeur'),
    travailleurSocial: await demoUserId(db, 'travailleur_social'),
    coordinateur: await demoUserId(db, 'coordinateur'),
  });
  await seedDemoReperage(db, organisationIds, await demoUserId(db, 'coordinateur'), DEMO_PASSWORD);
  return { territoryId, createdUsers };
}

async function demoUserId(db: Kysely<Database>, role: Role): Promise<string> {
  const email = DEMO_LOGINS.find((login) => login.role === role)?.email ?? '';
  const user = await db
    .selectFrom('app_user')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return user.id;
}

/** Whether the demo territory exists (then `znr start` prints the demo logins). */
export async function hasDemoTerritory(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('territory')
    .select('id')
    .where('name', '=', DEMO_TERRITORY_NAME)
    .executeTakeFirst();
  return row !== undefined;
}
