import type { Kysely } from 'kysely';
import type { Database, NewOrganisation } from '../db/schema.ts';

/**
 * Returns the id of the organisation of this name on the territory, creating it if needed. An
 * existing organisation is left as it is (its type and contact are not overwritten).
 */
export async function ensureOrganisation(
  db: Kysely<Database>,
  organisation: NewOrganisation,
): Promise<string> {
  await db
    .insertInto('organisation')
    .values(organisation)
    .onConflict((oc) => oc.columns(['territory_id', 'name']).doNothing())
    .execute();
  const { id } = await db
    .selectFrom('organisation')
    .select('id')
    .where('territory_id', '=', organisation.territory_id)
    .where('name', '=', organisation.name)
    .executeTakeFirstOrThrow();
  return id;
}
