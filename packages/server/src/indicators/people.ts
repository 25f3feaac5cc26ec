import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { aggregate, type IndicatorCell, type IndicatorQuery } from './query.ts';

// People met, case files, bilans, the household funnel and the two shares (docs/indicators.md).

const householdColumns = {
  territory: 'territory_id',
  quartier: 'quartier',
  organisation: 'organisation_id',
};

/** Households without organisation and quartier (migration 0023), read when neither is used. */
const householdRollup = [
  { table: 'indicator_household_territory', columns: { territory: 'territory_id' } },
];

const households = {
  table: 'indicator_household',
  columns: householdColumns,
  coarse: householdRollup,
  measures: {
    dossiers_ouverts: sql`sum(households)`,
    bilans: sql`sum(bilans)`,
    menages_avec_bilan: sql`sum(with_bilan)`,
    menages_droit_identifie: sql`sum(with_identified)`,
    menages_droit_engage: sql`sum(with_engaged)`,
    menages_droit_ouvert: sql`sum(with_opened)`,
    suivi_social_renseigne: sql`sum(social_follow_up_yes + social_follow_up_no)`,
    sans_suivi_social: sql`sum(social_follow_up_no)`,
    part_non_recours: sql`round(100.0 * sum(with_identified) / nullif(sum(households), 0), 1)`,
    part_sans_suivi_social: sql`round(100.0 * sum(social_follow_up_no)
      / nullif(sum(social_follow_up_yes + social_follow_up_no), 0), 1)`,
  },
};

/** Households met without an action's count (they are added to the people met). */
const outsideActions = {
  table: 'indicator_household',
  columns: householdColumns,
  coarse: householdRollup,
  measures: { personnes_rencontrees: sql`sum(households - met_in_outreach)` },
};

const actionPeople = {
  table: 'indicator_action',
  columns: { ...householdColumns, actionType: 'action_type' },
  coarse: [
    {
      table: 'indicator_action_type',
      columns: { territory: 'territory_id', actionType: 'action_type' },
    },
  ],
  measures: { personnes_rencontrees: sql`sum(people_met)` },
};

/** Key of the households met outside any action when people met are broken down by action type. */
export const OUTSIDE_ACTIONS = 'hors_action';

/** Indicators of the case files and the people met. */
export async function peopleIndicators(
  trx: Transaction<Database>,
  query: IndicatorQuery,
): Promise<IndicatorCell[]> {
  const cells = await aggregate(trx, query, households);
  const met = await aggregate(trx, query, actionPeople);
  if (query.actionType === undefined) {
    const byType = query.by === 'actionType';
    const outside = await aggregate(trx, byType ? { ...query, by: null } : query, outsideActions);
    met.push(...outside.map((cell) => (byType ? { ...cell, key: OUTSIDE_ACTIONS } : cell)));
  }
  return [...cells, ...sumByCell(met)];
}

/** Adds up the cells of one indicator that share a period and a key. */
export function sumByCell(cells: IndicatorCell[]): IndicatorCell[] {
  const sums = new Map<string, IndicatorCell>();
  for (const cell of cells) {
    const id = `${cell.indicator}\u0000${cell.period}\u0000${cell.key}`;
    const seen = sums.get(id);
    if (seen === undefined) sums.set(id, { ...cell });
    else seen.value = (seen.value ?? 0) + (cell.value ?? 0);
  }
  return [...sums.values()];
}
