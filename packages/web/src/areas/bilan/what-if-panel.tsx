import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { adultsOf, valueOf, type AdultKey, type Answers } from './answers.ts';
import { amountLabel, formatEuros, totalMonthly, type BenefitView } from './benefit-results.ts';
import { parseAnswer } from './parse-answer.ts';
import { runBilan } from './run-bilan.ts';
import { withChanges, type WhatIfChanges } from './what-if.ts';

type Props = { answers: Answers; period: string; today: string; views: BenefitView[] };

const shown = (view: BenefitView) => (view.status === 'non_eligible' ? 0 : view.amount);
const shownLabel = (view: BenefitView) =>
  view.status === 'non_eligible' ? 'Pas de droit' : amountLabel(view);

/** "+ 120,00 €", "− 45,50 €" or "Pas de changement". */
export function differenceLabel(now: number, then: number): string {
  const delta = Math.round((then - now) * 100) / 100;
  if (delta === 0) return 'Pas de changement';
  return `${delta > 0 ? '+' : '−'} ${formatEuros(Math.abs(delta))}`;
}

const EARNINGS_LABEL: Record<AdultKey, string> = {
  demandeur: 'Salaire net par mois de la personne',
  conjoint: 'Salaire net par mois du conjoint ou de la conjointe',
};

type Field = { id: string; label: string; hint: string };

/** The fields of the what-if for these answers: each adult's earnings, the rent if rented. */
function fieldsOf(answers: Answers): Field[] {
  const fields: Field[] = adultsOf(answers).map((who) => {
    const salary = valueOf(answers, `${who}.salaire_net`);
    return {
      id: who,
      label: EARNINGS_LABEL[who],
      hint:
        typeof salary === 'number'
          ? `Aujourd’hui ${formatEuros(salary)}. Par exemple 900.`
          : 'Aujourd’hui sans salaire. Par exemple 900 pour un travail.',
    };
  });
  const rent = valueOf(answers, 'menage.loyer');
  if (typeof rent === 'number') {
    fields.push({
      id: 'loyer',
      label: 'Loyer par mois',
      hint: `Aujourd’hui ${formatEuros(rent)}.`,
    });
  }
  return fields;
}

/** "Et si…": other earnings for each adult, another rent; the amounts now and then, per benefit. */
export function WhatIfPanel({ answers, period, today, views }: Props) {
  const fields = fieldsOf(answers);
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<{ summary: string; views: BenefitView[] } | null>(null);

  const compare = (event: FormEvent) => {
    event.preventDefault();
    const changes: WhatIfChanges = { earnings: {} };
    const problems: Record<string, string> = {};
    const said: string[] = [];
    for (const field of fields) {
      const text = raw[field.id]?.trim() ?? '';
      if (text === '') continue;
      const parsed = parseAnswer(
        { id: field.id, section: 'activite', kind: 'money', question: '' },
        text,
        today,
      );
      if (!parsed.ok || typeof parsed.value !== 'number') {
        problems[field.id] = parsed.ok ? 'Un montant en euros est attendu.' : parsed.error;
        continue;
      }
      if (field.id === 'loyer') changes.rent = parsed.value;
      else changes.earnings![field.id as AdultKey] = parsed.value;
      said.push(`${field.label.toLowerCase()} ${formatEuros(parsed.value)}`);
    }
    if (said.length === 0 && Object.keys(problems).length === 0) {
      problems[fields[0]!.id] = 'Indiquez au moins un montant à changer.';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return setOther(null);
    const outcome = runBilan(withChanges(answers, changes), period);
    if (!outcome.ok) {
      setErrors({ [fields[0]!.id]: outcome.issues.join(' ') });
      return setOther(null);
    }
    setOther({ summary: said.join(', '), views: outcome.views });
  };

  return (
    <section aria-labelledby="et-si" className={fr.cx('fr-mb-6w', 'fr-p-3w')} data-what-if>
      <h2 id="et-si" className="fr-h4">
        Et si la situation change ?
      </h2>
      <p>
        Un travail repris, un salaire qui change, un autre loyer : indiquez les nouveaux montants.
        Laissez vide ce qui ne change pas.
      </p>
      <form onSubmit={compare} noValidate>
        {fields.map((field) => (
          <Input
            key={field.id}
            label={field.label}
            hintText={field.hint}
            state={errors[field.id] ? 'error' : 'default'}
            stateRelatedMessage={errors[field.id]}
            nativeInputProps={{
              name: `et-si-${field.id}`,
              inputMode: 'decimal',
              autoComplete: 'off',
              value: raw[field.id] ?? '',
              onChange: (event) => setRaw({ ...raw, [field.id]: event.target.value }),
            }}
          />
        ))}
        <Button type="submit" priority="secondary">
          Comparer
        </Button>
      </form>
      {other && (
        <div className={fr.cx('fr-table', 'fr-mt-3w')} role="region" aria-live="polite">
          {/* On a phone the table scrolls sideways: focusable, so the keyboard can scroll it. */}
          <table tabIndex={0}>
            <caption>Aides aujourd’hui et avec : {other.summary}</caption>
            <thead>
              <tr>
                <th scope="col">Aide</th>
                <th scope="col">Aujourd’hui</th>
                <th scope="col">Avec ces changements</th>
                <th scope="col">Différence par mois</th>
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
                  <td data-difference={(shown(other.views[k]!) - shown(view)).toFixed(2)}>
                    {differenceLabel(shown(view), shown(other.views[k]!))}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total des aides versées chaque mois</th>
                <td>{formatEuros(totalMonthly(views))}</td>
                <td>{formatEuros(totalMonthly(other.views))}</td>
                <td>{differenceLabel(totalMonthly(views), totalMonthly(other.views))}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
