import type { CandidateLine } from '../../api/index.ts';
import { outreachOutcomeLabels } from '../../api/index.ts';
import { euros } from './outreach-labels.ts';

/**
 * The ranked list: pseudonymous lines (rule, amount, priority, commune), a checkbox each for the
 * bulk assignment, and who has it and what came of it.
 */
export function CandidateTable({
  candidates,
  selected,
  onToggle,
}: {
  candidates: CandidateLine[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  return (
    <div className="fr-table fr-table--no-caption">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table aria-labelledby="list-title">
              <thead>
                <tr>
                  <th scope="col">Rang</th>
                  <th scope="col">Règle</th>
                  <th scope="col">Montant estimé</th>
                  <th scope="col">Priorité</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Attribué à</th>
                  <th scope="col">Résultat</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c, k) => (
                  <tr key={c.id} data-candidate={c.id} data-rule-id={c.ruleId}>
                    <td>
                      <div className="fr-checkbox-group fr-checkbox-group--sm">
                        <input
                          type="checkbox"
                          id={`choisir-${c.id}`}
                          checked={selected.has(c.id)}
                          onChange={() => onToggle(c.id)}
                        />
                        <label className="fr-label" htmlFor={`choisir-${c.id}`}>
                          <span aria-hidden="true">{k + 1}</span>
                          <span className="fr-sr-only">
                            Choisir la personne {k + 1} : {c.ruleTitle}
                          </span>
                        </label>
                      </div>
                    </td>
                    <td>
                      {c.ruleTitle}
                      <details>
                        <summary>Pourquoi</summary>
                        <p className="fr-text--sm">{c.explanation}</p>
                      </details>
                    </td>
                    <td>{euros(c.amount)} par mois</td>
                    <td>{c.priority.toLocaleString('fr-FR')}</td>
                    <td>{c.commune ?? c.codeInsee ?? '—'}</td>
                    <td>{c.assignee ? `${c.assignee.name} (${c.assignee.organisation})` : '—'}</td>
                    <td>
                      {c.rightOpened
                        ? 'Droit ouvert'
                        : c.outcome
                          ? outreachOutcomeLabels[c.outcome]
                          : '—'}
                    </td>
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
