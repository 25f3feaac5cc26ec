import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Dimension, Granularity } from './definitions.ts';

/** What the dashboard or an export asks: a month range, a period size, one breakdown, filters. */
export interface IndicatorQuery {
  /** First and last month, `AAAA-MM`, both included. */
  from: string;
  to: string;
  granularity: Granularity;
  by: Dimension | null;
  /** The territories read; null for all of them (the évaluateur). */
  territoryIds: string[] | null;
  quartier?: string | undefined;
  organisationId?: string | undefined;
  actionType?: string | undefined;
  benefit?: string | undefined;
  rule?: string | undefined;
}

/** The key of the totals of a breakdown (and of every value without breakdown). */
export const TOTAL = '*';

/** One value: an indicator, for a period, for one key of the breakdown ('' without breakdown). */
export interface IndicatorCell {
  indicator: string;
  period: string;
  key: string;
  value: number | null;
}

/** How an aggregate table carries each dimension, and the indicators it sums. */
export interface AggregateSpec {
  table: string;
  columns: Partial<Record<Dimension, string>>;
  measures: Record<string, RawBuilder<unknown>>;
  /**
   * Smaller roll-ups of the same measures without some dimensions (organisation, quartier…),
   * smallest first; the first that carries every dimension the query uses is read instead.
   */
  coarse?: { table: string; columns: Partial<Record<Dimension, string>> }[];
}

/** The table to read for a query, the roll-up when it carries every dimension the query uses. */
export function tableFor(
  query: IndicatorQuery,
  spec: Pick<AggregateSpec, 'table' | 'columns' | 'coarse'>,
) {
  for (const level of spec.coarse ?? []) {
    const scope = conditions(query, level.columns);
    if (scope !== undefined) return { table: level.table, scope };
  }
  const scope = conditions(query, spec.columns);
  return scope === undefined ? undefined : { table: spec.table, scope };
}

const filterOf: Record<Exclude<Dimension, 'territory'>, keyof IndicatorQuery> = {
  quartier: 'quartier',
  organisation: 'organisationId',
  actionType: 'actionType',
  benefit: 'benefit',
  rule: 'rule',
};

/** The label of the period a month falls in: `2026-03`, `2026-T1` or `2026`. */
export function periodOf(granularity: Granularity, month: RawBuilder<unknown>): RawBuilder<string> {
  if (granularity === 'month') return sql<string>`to_char(${month}, 'YYYY-MM')`;
  if (granularity === 'quarter') {
    return sql<string>`to_char(${month}, 'YYYY') || '-T' || extract(quarter from ${month})::int`;
  }
  return sql<string>`to_char(${month}, 'YYYY')`;
}

/**
 * The conditions of a query on an aggregate table whose columns are `columns`, or undefined when
 * the query filters or breaks down on a dimension the table does not carry (the indicator then
 * does not apply, rather than answer for something else).
 */
export function conditions(
  query: IndicatorQuery,
  columns: Partial<Record<Dimension, string>>,
  alias = '',
): { where: RawBuilder<unknown>; key: RawBuilder<string> } | undefined {
  const col = (name: string) => sql.ref(alias === '' ? name : `${alias}.${name}`);
  if (query.by !== null && columns[query.by] === undefined) return undefined;
  // A national roll-up has no territory: only a query over all territories may read it.
  if (query.territoryIds !== null && columns.territory === undefined) return undefined;
  const parts: RawBuilder<unknown>[] = [
    sql`${col('month')} between ${`${query.from}-01`}::date and ${`${query.to}-01`}::date`,
  ];
  if (query.territoryIds !== null) {
    parts.push(sql`${col('territory_id')} = any (${query.territoryIds}::uuid[])`);
  }
  for (const [dimension, field] of Object.entries(filterOf) as [
    Dimension,
    keyof IndicatorQuery,
  ][]) {
    const value = query[field];
    if (value === undefined) continue;
    const column = columns[dimension];
    if (column === undefined) return undefined;
    parts.push(sql`${col(column)}::text = ${value}`);
  }
  const by = query.by === null ? undefined : columns[query.by];
  return {
    where: sql.join(parts, sql` and `),
    key: by === undefined ? sql<string>`''` : sql<string>`${col(by)}::text`,
  };
}

/** Sums the measures of an aggregate table by period and key: one cell per indicator. */
export async function aggregate(
  trx: Transaction<Database>,
  query: IndicatorQuery,
  spec: AggregateSpec,
): Promise<IndicatorCell[]> {
  const found = tableFor(query, spec);
  if (found === undefined) return [];
  const { table, scope } = found;
  const codes = Object.keys(spec.measures);
  const measures = codes.map((code, i) => sql`${spec.measures[code]} as ${sql.id(`m${i}`)}`);
  const result = await sql<Record<string, string | number | null>>`
    select ${periodOf(query.granularity, sql.ref('month'))} as period, ${scope.key} as key,
           ${sql.join(measures)}
    from ${sql.table(table)}
    where ${scope.where}
    group by 1, 2`.execute(trx);
  return result.rows.flatMap((row) =>
    codes.map((indicator, i) => {
      const value = row[`m${i}`];
      return {
        indicator,
        period: String(row.period),
        key: String(row.key),
        value: value === null || value === undefined ? null : Number(value),
      };
    }),
  );
}
