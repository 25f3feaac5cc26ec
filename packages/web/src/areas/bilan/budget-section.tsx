import { fr } from '@codegouvfr/react-dsfr';
import type { BudgetView } from './bilan-budget.ts';
import { budgetCopy } from './budget-text.ts';

/** The household's budget, before and after the rights found, with the sources of each measure. */
export function BudgetSection({ budget }: { budget: BudgetView }) {
  const text = budgetCopy(budget);
  return (
    <section aria-labelledby="budget" className={fr.cx('fr-mb-6w')} data-budget>
      <h2 id="budget" className="fr-h3">
        Votre budget
      </h2>
      <p>{text.intro}</p>
      <div className={fr.cx('fr-table', 'fr-table--no-caption')}>
        {/* On a phone the table may scroll sideways: focusable, so the keyboard can scroll it. */}
        <table tabIndex={0}>
          <caption>Votre budget sans et avec les aides</caption>
          <thead>
            <tr>
              <th scope="col">Par mois</th>
              <th scope="col">Sans les aides</th>
              <th scope="col">Avec les aides</th>
            </tr>
          </thead>
          <tbody>
            {text.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={fr.cx('fr-text--sm')}>{text.units}</p>
      <p>{text.energy}</p>
      <p>{text.water}</p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>Les définitions et les seuils :</p>
      <ul className={fr.cx('fr-text--sm')}>
        {text.sources.map((source) => (
          <li key={source.title}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>
            <span className="znr-print-only"> ({source.url})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
