import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { aggregate, type AggregateSpec, type IndicatorCell, type IndicatorQuery } from './query.ts';

// Aller-vers actions, partners mobilised, workshops, blockages and repérage conversion per rule
// (docs/indicators.md).

const specs: AggregateSpec[] = [
  {
    table: 'indicator_action',
    columns: {
      territory: 'territory_id',
      quartier: 'quartier',
      organisation: 'organisation_id',
      actionType: 'action_type',
    },
    coarse: [
      {
        table: 'indicator_action_type',
        columns: { territory: 'territory_id', actionType: 'action_type' },
      },
    ],
    measures: { actions: sql`sum(actions)` },
  },
  {
    table: 'indicator_candidate',
    columns: { territory: 'territory_id', rule: 'rule_id' },
    measures: {
      reperage_candidats: sql`sum(candidates)`,
      reperage_joints: sql`sum(reached)`,
      reperage_bilans: sql`sum(bilans)`,
      reperage_droits_ouverts: sql`sum(opened)`,
      reperage_conversion: sql`round(100.0 * sum(opened) / nullif(sum(candidates), 0), 1)`,
    },
  },
  {
    table: 'indicator_partner',
    columns: { territory: 'territory_id' },
    measures: { partenaires_mobilises: sql`count(distinct organisation_id)` },
  },
  {
    table: 'indicator_workshop',
    columns: { territory: 'territory_id' },
    measures: { ateliers: sql`sum(workshops)`, participants_ateliers: sql`sum(participants)` },
  },
  {
    table: 'indicator_blockage',
    columns: { territory: 'territory_id', benefit: 'benefit' },
    measures: { blocages_signales: sql`sum(raised)`, blocages_resolus: sql`sum(resolved)` },
  },
];

/** Indicators of the territory's network. */
export async function networkIndicators(
  trx: Transaction<Database>,
  query: IndicatorQuery,
): Promise<IndicatorCell[]> {
  const cells: IndicatorCell[] = [];
  for (const spec of specs) cells.push(...(await aggregate(trx, query, spec)));
  return cells;
}
