import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { findCommune } from './communes.ts';
import { DomainError } from '../http/domain-error.ts';

/** A territory and the INSEE codes of the communes it covers. */
export interface TerritoryInput {
  name: string;
  inseeCodes: string[];
}

/**
 * Returns the id of the territory of this name, creating it if needed, and makes sure it covers
 * the given communes. Every INSEE code must name a current commune, or nothing is written.
 */
export async function ensureTerritory(
  db: Kysely<Database>,
  input: TerritoryInput,
): Promise<string> {
  const communes = input.inseeCodes.map((code) => {
    const commune = findCommune(code);
    if (commune === undefined) {
      throw new DomainError(
        'commune_inconnue',
        `Code commune INSEE « ${code} » inconnu : il ne désigne aucune commune actuelle.`,
      );
    }
    return commune;
  });
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('territory')
      .values({ name: input.name })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const { id } = await trx
      .selectFrom('territory')
      .select('id')
      .where('name', '=', input.name)
      .executeTakeFirstOrThrow();
    if (communes.length > 0) {
      await trx
        .insertInto('territory_commune')
        .values(communes.map((c) => ({ territory_id: id, insee_code: c.inseeCode, name: c.name })))
        .onConflict((oc) => oc.columns(['territory_id', 'insee_code']).doNothing())
        .execute();
    }
    return id;
  });
}
