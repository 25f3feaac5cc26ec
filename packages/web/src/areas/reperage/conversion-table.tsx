import type { RuleConversion } from '../../api/index.ts';
import { percent } from './outreach-labels.ts';

/**
 * Conversion per detection rule: how many people were found, assigned, contacted, met for a bilan
 * and got the right. The rate is rights opened over people found.
 */
export function ConversionTable({ rows }: { rows: RuleConversion[] }) {
  return (
    <div className="fr-table fr-table--no-caption fr-table--layout-fixed">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table aria-labelledby="conversion-title">
              <thead>
                <tr>
                  <th scope="col">Règle</th>
                  <th scope="col">Repérés</th>
                  <th scope="col">Attribués</th>
                  <th scope="col">Contactés</th>
                  <th scope="col">Bilans</th>
                  <th scope="col">Droits ouverts</th>
                  <th scope="col">Conversion</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.ruleId} data-rule={r.ruleId}>
                    <th scope="row">{r.ruleTitle}</th>
                    <td>{r.candidates}</td>
                    <td>{r.assigned}</td>
                    <td>{r.contacted}</td>
                    <td>{r.bilans}</td>
                    <td>{r.opened}</td>
                    <td>{percent(r.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
