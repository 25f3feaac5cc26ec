import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DomainError } from '../http/domain-error.ts';

/**
 * Refuses organisation ids that are not of the actor's territory (a team, a workshop's
 * participants): the foreign key alone would accept any organisation of the platform.
 */
export async function assertTerritoryOrganisations(
  trx: Transaction<Database>,
  ids: readonly string[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await trx
    .selectFrom('organisation')
    .select('id')
    .where('id', 'in', wanted)
    .where('territory_id', '=', sql<string>`znr_territory()`)
    .execute();
  if (found.length !== wanted.length) {
    throw new DomainError(
      'organisation_hors_territoire',
      `Champ « ${field} » : une des organisations n’appartient pas à votre territoire.`,
    );
  }
}
