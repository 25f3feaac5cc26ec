import type { IndicatorReport } from '../../api/index.ts';
import { formatValue, series, total } from './indicator-data.ts';

/** A ratio of two summed counts, in per cent, or null when either is hidden or the base is 0. */
function share(report: IndicatorReport, part: string, whole: string): number | null {
  const a = total(report, part);
  const b = total(report, whole);
  return a === null || b === null || b === 0 ? null : Math.round((1000 * a) / b) / 10;
}

/** The headline figures of the period, as large numbers with their label. */
export function KeyFigures({ report }: { report: IndicatorReport }) {
  const delays = series(report, 'delai_median_ouverture').filter((d) => d.value !== null);
  const figures: { label: string; value: number | null; unit?: string; note?: string }[] = [
    { label: 'Personnes rencontrées', value: total(report, 'personnes_rencontrees') },
    { label: 'Bilans de droits réalisés', value: total(report, 'bilans') },
    { label: 'Droits ouverts', value: total(report, 'droits_ouverts') },
    {
      label: 'Droits ouverts, en euros par an',
      value: total(report, 'euros_annualises_ouverts'),
      unit: '€',
    },
    {
      label: 'Part des ménages rencontrés en non-recours',
      value: share(report, 'menages_droit_identifie', 'dossiers_ouverts'),
      unit: '%',
    },
    {
      label: 'Part des ménages sans suivi social',
      value: share(report, 'sans_suivi_social', 'suivi_social_renseigne'),
      unit: '%',
    },
    {
      label: 'Délai médian jusqu’à l’ouverture (dernière période)',
      value: delays.at(-1)?.value ?? null,
      unit: 'jours',
    },
  ];
  return (
    <dl className="znr-key-figures">
      {figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{formatValue({ label: f.label, value: f.value, note: 'non disponible' }, f.unit)}</dd>
        </div>
      ))}
    </dl>
  );
}
