import { benefitLabels, choosableBenefitIds } from '@znr/rules';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { outreachTypeLabels, outreachTypes } from '../pilotage/index.ts';

/** What the dashboard's filters offer to an actor whose scope is `territoryIds` (null: all). */
export function indicatorFilters(
  db: Kysely<Database>,
  actor: Actor,
  territoryIds: string[] | null,
) {
  return withActor(db, actor, async (trx) => {
    let territories = trx.selectFrom('territory').select(['id', 'name']).orderBy('name');
    let organisations = trx.selectFrom('organisation').select(['id', 'name']).orderBy('name');
    if (territoryIds !== null) {
      territories = territories.where('id', 'in', territoryIds);
      organisations = organisations.where('territory_id', 'in', territoryIds);
    }
    const scope =
      territoryIds === null ? sql`true` : sql`territory_id = any (${territoryIds}::uuid[])`;
    const quartiers = await sql<{ quartier: string }>`
      select quartier from indicator_household where ${scope} and quartier <> ''
      union select quartier from indicator_action where ${scope} and quartier <> ''
      order by 1`.execute(trx);
    return {
      territories: await territories.execute(),
      organisations: await organisations.execute(),
      quartiers: quartiers.rows.map((r) => r.quartier),
      actionTypes: outreachTypes.map((id) => ({ id, label: outreachTypeLabels[id] })),
      benefits: choosableBenefitIds.map((id) => ({ id, label: benefitLabels[id].long })),
    };
  });
}
