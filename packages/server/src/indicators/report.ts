import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { withActor, type Actor } from '../db/with-actor.ts';
import { indicatorDefinitions, type Dimension, type Unit } from './definitions.ts';
import { keyLabels } from './labels.ts';
import { networkIndicators } from './network.ts';
import { peopleIndicators } from './people.ts';
import { periodsBetween } from './periods.ts';
import { TOTAL, type IndicatorCell, type IndicatorQuery } from './query.ts';
import { rightIndicators } from './rights.ts';
import { suppressTable, type Suppression } from './suppression.ts';

/** One published value. */
export interface ReportValue {
  period: string;
  key: string;
  value: number | null;
  suppressed?: Suppression;
}

/** The indicators of a query: every period and key, totals under the key {@link TOTAL}. */
export interface IndicatorReport {
  periods: string[];
  /** The keys of the breakdown, then the totals. */
  keys: { key: string; label: string }[];
  indicators: {
    code: string;
    label: string;
    unit: Unit;
    /** False when the query breaks down or filters on a dimension the indicator does not carry. */
    applicable: boolean;
    values: ReportValue[];
  }[];
}

async function allCells(
  trx: Transaction<Database>,
  query: IndicatorQuery,
): Promise<IndicatorCell[]> {
  return [
    ...(await peopleIndicators(trx, query)),
    ...(await rightIndicators(trx, query)),
    ...(await networkIndicators(trx, query)),
  ];
}

function applicable(dimensions: readonly Dimension[], query: IndicatorQuery): boolean {
  const used: Dimension[] = [];
  if (query.by !== null) used.push(query.by);
  if (query.quartier !== undefined) used.push('quartier');
  if (query.organisationId !== undefined) used.push('organisation');
  if (query.actionType !== undefined) used.push('actionType');
  if (query.benefit !== undefined) used.push('benefit');
  if (query.rule !== undefined) used.push('rule');
  return used.every((d) => dimensions.includes(d));
}

/**
 * Reads the indicators of a query for an actor: the stale territories in its scope are refreshed
 * first (docs/security.md), then the aggregate tables are read under row-level security. With
 * `suppress`, small counts and what would reveal them are withheld (exports, the évaluateur).
 */
export function readIndicators(
  db: Kysely<Database>,
  actor: Actor,
  query: IndicatorQuery,
  options: { suppress: boolean },
): Promise<IndicatorReport> {
  return withActor(db, actor, async (trx) => {
    const only = query.territoryIds?.length === 1 ? query.territoryIds[0] : null;
    await sql`select indicator_refresh_stale(${only ?? null}::uuid)`.execute(trx);
    const cells = (await allCells(trx, query)).map((c) =>
      query.by === null ? { ...c, key: TOTAL } : c,
    );
    if (query.by !== null) {
      const totals = await allCells(trx, { ...query, by: null });
      cells.push(...totals.map((c) => ({ ...c, key: TOTAL })));
    }
    const keys = [...new Set(cells.filter((c) => c.key !== TOTAL).map((c) => c.key))].sort();
    const labels = await keyLabels(trx, query.by, keys);
    keys.sort((a, b) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b, 'fr'));
    keys.push(TOTAL);
    const report: IndicatorReport = {
      periods: periodsBetween(query.from, query.to, query.granularity),
      keys: keys.map((key) => ({ key, label: labels.get(key) ?? key })),
      indicators: [],
    };
    const byId = new Map(cells.map((c) => [`${c.indicator}\u0000${c.period}\u0000${c.key}`, c]));
    for (const definition of indicatorDefinitions) {
      const isApplicable = applicable(definition.dimensions, query);
      const values: ReportValue[] = [];
      if (isApplicable) {
        for (const { key } of report.keys) {
          for (const period of report.periods) {
            const found = byId.get(`${definition.code}\u0000${period}\u0000${key}`);
            // Nothing recorded is 0 for a count or a sum; a share or a median then has no value.
            const missing = definition.unit !== 'pourcentage' && definition.unit !== 'jours';
            values.push({ period, key, value: found?.value ?? (missing ? 0 : null) });
          }
        }
      }
      report.indicators.push({
        code: definition.code,
        label: definition.label,
        unit: definition.unit,
        applicable: isApplicable,
        values,
      });
    }
    if (options.suppress) suppress(report);
    return report;
  });
}

/** Applies the small-count rule to every count indicator, then to the values resting on them. */
function suppress(report: IndicatorReport): void {
  const inner = report.keys.filter((k) => k.key !== TOTAL).map((k) => k.key);
  const rowKeys = inner.length > 0 ? inner : [TOTAL];
  const flags = new Map<string, Map<string, Suppression>>();
  for (const indicator of report.indicators) {
    const definition = indicatorDefinitions.find((d) => d.code === indicator.code);
    if (definition?.suppression !== 'count' || !indicator.applicable) continue;
    const at = new Map(indicator.values.map((v) => [`${v.key}\u0000${v.period}`, v]));
    const table = suppressTable(
      rowKeys.map((key) =>
        report.periods.map((period) => at.get(`${key}\u0000${period}`)?.value ?? 0),
      ),
    );
    const mine = new Map<string, Suppression>();
    rowKeys.forEach((key, i) =>
      report.periods.forEach((period, j) => {
        const flag = table.cells[i]?.[j];
        if (flag) mine.set(`${key}\u0000${period}`, flag);
      }),
    );
    if (inner.length > 0) {
      report.periods.forEach((period, j) => {
        const flag = table.columnTotals[j];
        if (flag) mine.set(`${TOTAL}\u0000${period}`, flag);
      });
    }
    flags.set(indicator.code, mine);
  }
  for (const indicator of report.indicators) {
    const definition = indicatorDefinitions.find((d) => d.code === indicator.code);
    const suppression = definition?.suppression;
    if (suppression === undefined || suppression === 'none') continue;
    const own = flags.get(typeof suppression === 'string' ? indicator.code : suppression.base);
    for (const value of indicator.values) {
      const flag = own?.get(`${value.key}\u0000${value.period}`);
      if (flag === undefined) continue;
      value.value = null;
      value.suppressed = typeof suppression === 'string' ? flag : 'secondaire';
    }
  }
}
