import { dimensionLabels, type Dimension } from './definitions.ts';
import type { IndicatorReport } from './report.ts';

// The common export format of the national evaluation (docs/indicators.md, "Format d'export"):
// one row per indicator, period and key of the breakdown, the totals under the key `*`.

/** The columns, in order, as the CSV and XLSX headers name them. */
export const exportColumns = [
  'indicateur',
  'libelle',
  'unite',
  'periode',
  'ventilation',
  'cle',
  'libelle_cle',
  'valeur',
  'secret',
] as const;

export type ExportRow = Record<(typeof exportColumns)[number], string | number | null>;

/** The rows of a report (suppressed values empty, `secret` saying why). */
export function exportRows(report: IndicatorReport, by: Dimension | null): ExportRow[] {
  const labels = new Map(report.keys.map((k) => [k.key, k.label]));
  const breakdown = by === null ? 'aucune' : dimensionLabels[by];
  return report.indicators
    .filter((indicator) => indicator.applicable)
    .flatMap((indicator) =>
      indicator.values.map((v) => ({
        indicateur: indicator.code,
        libelle: indicator.label,
        unite: indicator.unit,
        periode: v.period,
        ventilation: breakdown,
        cle: v.key,
        libelle_cle: labels.get(v.key) ?? v.key,
        valeur: v.value,
        secret: v.suppressed ?? '',
      })),
    );
}
