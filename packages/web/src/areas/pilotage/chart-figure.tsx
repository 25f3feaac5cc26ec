import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { downloadFile } from '../bilan/download.ts';
import { chartCsv, formatValue, type ChartData } from './indicator-data.ts';

/**
 * A chart with its title, its data as a table (what a screen reader reads: the drawing itself is
 * hidden from it) and a CSV download of that table.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  description?: string;
  data: ChartData;
  unit?: string;
  children: ReactNode;
}) {
  const { id, title, data } = props;
  return (
    <figure className={fr.cx('fr-mb-6w', 'fr-mx-0')} aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`} className={fr.cx('fr-h5', 'fr-mb-1w')}>
        {title}
      </h3>
      {props.description && <p className={fr.cx('fr-text--sm')}>{props.description}</p>}
      <div aria-hidden="true" className="znr-chart">
        {props.children}
      </div>
      <details className={fr.cx('fr-mb-1w')}>
        <summary>Voir les données du graphique</summary>
        <div
          className="znr-data-table"
          tabIndex={0}
          role="region"
          aria-label={`Données : ${title}`}
        >
          <table>
            <caption className={fr.cx('fr-sr-only')}>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{data.categoryName}</th>
                {data.series.map((s) => (
                  <th scope="col" key={s.name}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {data.series.map((s) => (
                    <td key={s.name}>
                      {formatValue(s.values[i] ?? { label: '', value: null }, props.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <Button
        priority="tertiary"
        size="small"
        iconId="fr-icon-download-line"
        onClick={() => downloadFile(`${id}.csv`, chartCsv(data), 'text/csv;charset=utf-8')}
      >
        Télécharger les données (CSV)<span className={fr.cx('fr-sr-only')}> : {title}</span>
      </Button>
    </figure>
  );
}
