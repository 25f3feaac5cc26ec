import { TOTAL_KEY, type IndicatorReport } from '../../api/index.ts';

/** One labelled value of a chart; null when suppressed or not computable. */
export interface Datum {
  label: string;
  value: number | null;
  /** Why the value is not shown, in French, when it is not. */
  note?: string;
}

const suppressedNote = 'masqué (secret statistique)';

/** The values of an indicator, one per period, for the totals. */
export function series(report: IndicatorReport, code: string): Datum[] {
  const indicator = report.indicators.find((i) => i.code === code);
  return report.periods.map((period) => {
    const v = indicator?.values.find((x) => x.period === period && x.key === TOTAL_KEY);
    return {
      label: periodLabel(period),
      value: v?.value ?? null,
      ...(v?.suppressed ? { note: suppressedNote } : {}),
    };
  });
}

/** The sum of a count over the periods of the report (null when one of them is suppressed). */
export function total(report: IndicatorReport, code: string): number | null {
  const values = series(report, code);
  if (values.some((d) => d.value === null)) return null;
  return values.reduce((sum, d) => sum + (d.value ?? 0), 0);
}

/** The values of an indicator per key of the breakdown, summed over the periods, totals left out. */
export function byKey(report: IndicatorReport, code: string): Datum[] {
  const indicator = report.indicators.find((i) => i.code === code);
  return report.keys
    .filter((k) => k.key !== TOTAL_KEY)
    .map((k) => {
      const values = indicator?.values.filter((v) => v.key === k.key) ?? [];
      const hidden = values.some((v) => v.value === null);
      return {
        label: k.label,
        value: hidden ? null : values.reduce((sum, v) => sum + (v.value ?? 0), 0),
        ...(values.some((v) => v.suppressed) ? { note: suppressedNote } : {}),
      };
    });
}

const monthNames = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** `2026-03` → `mars 2026`, `2026-T1` → `1er trim. 2026`, `2026` → `2026`. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${monthNames[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-T(\d)$/.exec(period);
  if (quarter) return `${quarter[2] === '1' ? '1er' : `${quarter[2]}e`} trim. ${quarter[1]}`;
  return period;
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A value as people read it: `1 234`, `12,5`, or the reason it is not shown. */
export function formatValue(datum: Datum, unit = ''): string {
  if (datum.value === null) return datum.note ?? 'non disponible';
  const text = numberFormat.format(datum.value);
  return unit === '' ? text : `${text} ${unit}`;
}

/** What a chart shows: categories (periods, benefits…) and one or more series over them. */
export interface ChartData {
  /** Heading of the categories' column in the table (« Mois », « Prestation »…). */
  categoryName: string;
  categories: string[];
  series: { name: string; values: Datum[] }[];
}

/**
 * The chart without the categories where every series is 0: a key another indicator of the
 * report brings (a blockage with no benefit in the rights' « par prestation ») is not a row.
 */
export function withoutEmptyCategories(chart: ChartData): ChartData {
  const kept = chart.categories.flatMap((_, i) =>
    chart.series.every((s) => s.values[i]?.value === 0) ? [] : [i],
  );
  return {
    ...chart,
    categories: kept.map((i) => chart.categories[i] ?? ''),
    series: chart.series.map((s) => ({
      ...s,
      values: kept.flatMap((i) => (s.values[i] === undefined ? [] : [s.values[i]])),
    })),
  };
}

/** A chart's table as a CSV file Excel opens: BOM, `;`, decimal comma. */
export function chartCsv(chart: ChartData): string {
  const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [[chart.categoryName, ...chart.series.map((s) => s.name)].map(cell).join(';')];
  chart.categories.forEach((category, i) => {
    const values = chart.series.map((s) => {
      const value = s.values[i]?.value;
      return value === null || value === undefined ? '' : String(value).replace('.', ',');
    });
    lines.push([cell(category), ...values].join(';'));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
