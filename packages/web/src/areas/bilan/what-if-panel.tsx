import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Answers } from './answers.ts';
import { amountLabel, formatEuros, totalMonthly, type BenefitView } from './benefit-results.ts';
import { parseAnswer } from './parse-answer.ts';
import { runBilan } from './run-bilan.ts';
import { withJob } from './what-if.ts';

type Props = { answers: Answers; period: string; today: string; views: BenefitView[] };

const shown = (view: BenefitView) => (view.status === 'non_eligible' ? 0 : view.amount);
const shownLabel = (view: BenefitView) =>
  view.status === 'non_eligible' ? 'Pas de droit' : amountLabel(view);

/** "Et si je reprends un travail à 900 € par mois ?": the amounts, now and then, side by side. */
export function WhatIfPanel({ answers, period, today, views }: Props) {
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [other, setOther] = useState<{ salary: number; views: BenefitView[] } | null>(null);

  const compare = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswer(
      { id: 'simulation', section: 'activite', kind: 'money', question: '' },
      raw,
      today,
    );
    if (!parsed.ok || typeof parsed.value !== 'number') {
      setError(parsed.ok ? null : parsed.error);
      return;
    }
    const outcome = runBilan(withJob(answers, parsed.value), period);
    setError(outcome.ok ? null : outcome.issues.join(' '));
    setOther(outcome.ok ? { salary: parsed.value, views: outcome.views } : null);
  };

  return (
    <section aria-labelledby="et-si" className={fr.cx('fr-mb-6w', 'fr-p-3w')} data-what-if>
      <h2 id="et-si" className="fr-h4">
        Et si je reprends un travail ?
      </h2>
      <form onSubmit={compare} noValidate>
        <Input
          label="Salaire net par mois de ce travail"
          hintText="Par exemple 900. Les autres réponses ne changent pas."
          state={error ? 'error' : 'default'}
          stateRelatedMessage={error}
          nativeInputProps={{
            name: 'salaire-simule',
            inputMode: 'decimal',
            autoComplete: 'off',
            value: raw,
            onChange: (event) => setRaw(event.target.value),
          }}
        />
        <Button type="submit" priority="secondary">
          Comparer
        </Button>
      </form>
      {other && (
        <div className={fr.cx('fr-table', 'fr-mt-3w')} role="region" aria-live="polite">
          <table>
            <caption>
              Aides aujourd’hui et avec un salaire de {formatEuros(other.salary)} par mois
            </caption>
            <thead>
              <tr>
                <th scope="col">Aide</th>
                <th scope="col">Aujourd’hui</th>
                <th scope="col">Avec ce travail</th>
              </tr>
            </thead>
            <tbody>
              {views.map((view, k) => (
                <tr key={view.id} data-benefit={view.id}>
                  <th scope="row">{view.name}</th>
                  <td>{shownLabel(view)}</td>
                  <td data-amount={shown(other.views[k]!).toFixed(2)}>
                    {shownLabel(other.views[k]!)}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total des aides versées chaque mois</th>
                <td>{formatEuros(totalMonthly(views))}</td>
                <td>{formatEuros(totalMonthly(other.views))}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
