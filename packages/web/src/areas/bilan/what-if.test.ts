import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import type { Answers } from './answers.ts';
import { runBilan } from './run-bilan.ts';
import { differenceLabel } from './what-if-panel.tsx';
import { withChanges } from './what-if.ts';

const couple = buildAnswers({
  'foyer.couple': { value: true },
  'conjoint.date_naissance': { value: '1987-06-01' },
  'conjoint.activite': { value: 'inactif' },
  'conjoint.handicap': { value: false },
  'conjoint.pensions_alimentaires_percues': { value: 0 },
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 1100 },
});

function amount(answers: Answers, id: string): number {
  const outcome = runBilan(answers, '2026-06');
  if (!outcome.ok) throw new Error(outcome.issues.join(' '));
  const view = outcome.views.find((v) => v.id === id)!;
  return view.status === 'non_eligible' ? 0 : view.amount;
}

describe('what-if', () => {
  it('lets the second adult take a job, and the prime d’activité follows', () => {
    const changed = withChanges(couple, { earnings: { conjoint: 800 } });
    expect(changed['conjoint.activite']).toEqual({ value: 'actif' });
    expect(changed['conjoint.salaire_net']).toEqual({ value: 800 });
    expect(changed['demandeur.salaire_net']).toEqual({ value: 1100 });
    expect(amount(changed, 'ppa')).not.toBe(amount(couple, 'ppa'));
  });

  it('changes the rent, and the housing aid follows', () => {
    // 450 € is above the rent ceiling of the zone: a rent under it lowers the aid.
    const cheaper = withChanges(couple, { rent: 250 });
    expect(cheaper['menage.loyer']).toEqual({ value: 250 });
    expect(amount(cheaper, 'aide_logement')).toBeLessThan(amount(couple, 'aide_logement'));
  });

  it('leaves a rent alone where none was answered, and an adult without pay at 0', () => {
    const owner = buildAnswers({ 'menage.statut_occupation_logement': { value: 'proprietaire' } });
    const withoutRent = Object.fromEntries(
      Object.entries(owner).filter(([id]) => id !== 'menage.loyer'),
    );
    expect(withChanges(withoutRent, { rent: 500, earnings: { demandeur: 0 } })).toEqual(
      withoutRent,
    );
  });

  it('says each difference in words', () => {
    expect(differenceLabel(100, 220.5)).toBe('+ 120,50 €');
    expect(differenceLabel(300, 254.5)).toBe('− 45,50 €');
    expect(differenceLabel(10, 10)).toBe('Pas de changement');
  });
});
