import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { aggregate, periodOf, tableFor, type IndicatorCell, type IndicatorQuery } from './query.ts';

// Followed rights per benefit: events counted in their month, euros of the rights opened, and the
// median delay from identification to opening (docs/indicators.md).

const rightColumns = {
  territory: 'territory_id',
  quartier: 'quartier',
  organisation: 'organisation_id',
  benefit: 'benefit',
};

const byBenefit = { territory: 'territory_id', benefit: 'benefit' };

const rights = {
  table: 'indicator_right',
  columns: rightColumns,
  coarse: [{ table: 'indicator_right_benefit', columns: byBenefit }],
  measures: {
    droits_identifies: sql`sum(identified)`,
    droits_engages: sql`sum(engaged)`,
    droits_ouverts: sql`sum(opened)`,
    droits_refuses: sql`sum(refused)`,
    euros_mensuels_ouverts: sql`sum(opened_monthly)`,
    euros_annualises_ouverts: sql`12 * sum(opened_monthly)`,
  },
};

/**
 * The median of the delays of each period and key, from the histogram: the mean of the values at
 * ranks ⌊(n+1)/2⌋ and ⌊n/2⌋+1 (the middle one when n is odd, the two middle ones when even).
 */
async function medianDelay(
  trx: Transaction<Database>,
  query: IndicatorQuery,
): Promise<IndicatorCell[]> {
  const found = tableFor(query, {
    table: 'indicator_delay',
    columns: rightColumns,
    coarse: [
      // All territories summed (migration 0023): the évaluateur's national view only.
      { table: 'indicator_delay_national', columns: { benefit: 'benefit' } },
      { table: 'indicator_delay_territory', columns: { territory: 'territory_id' } },
      { table: 'indicator_delay_benefit', columns: byBenefit },
    ],
  });
  if (found === undefined) return [];
  const { table, scope } = found;
  const result = await sql<{ period: string; key: string; median: string | null }>`
    with histogram as (
      select ${periodOf(query.granularity, sql.ref('month'))} as period, ${scope.key} as key,
             delay_days, sum(rights)::bigint as rights
      from ${sql.table(table)} where ${scope.where}
      group by 1, 2, 3
    ), ranked as (
      select period, key, delay_days,
             sum(rights) over (partition by period, key order by delay_days)::bigint as reached,
             sum(rights) over (partition by period, key)::bigint as total
      from histogram
    )
    select period, key,
           (min(delay_days) filter (where reached >= (total + 1) / 2)
            + min(delay_days) filter (where reached >= total / 2 + 1)) / 2.0 as median
    from ranked group by period, key`.execute(trx);
  return result.rows.map((row) => ({
    indicator: 'delai_median_ouverture',
    period: row.period,
    key: row.key,
    value: row.median === null ? null : Number(row.median),
  }));
}

/** Indicators of the followed rights. */
export async function rightIndicators(
  trx: Transaction<Database>,
  query: IndicatorQuery,
): Promise<IndicatorCell[]> {
  return [...(await aggregate(trx, query, rights)), ...(await medianDelay(trx, query))];
}
