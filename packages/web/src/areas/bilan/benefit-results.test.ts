import { simulate } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import type { Answers } from './answers.ts';
import { benefitViews, formatEuros, totalMonthly } from './benefit-results.ts';
import { runBilan } from './run-bilan.ts';
import { withJob } from './what-if.ts';

const worker = buildAnswers({
  'demandeur.date_naissance': { value: '1990-03-01' },
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 1000 },
  'menage.loyer': { value: 500 },
});

function outcome(answers: Answers) {
  const result = runBilan(answers, '2026-06');
  if (!result.ok) throw new Error(result.issues.join(' '));
  return result;
}

describe('benefit views', () => {
  it('show the engine’s amounts and status for each benefit', () => {
    const { views, situation } = outcome(worker);
    const engine = simulate(situation, '2026-06');
    expect(views.map((view) => [view.id, view.amount, view.status !== 'non_eligible'])).toEqual([
      ['rsa', engine.rsa.amount, engine.rsa.eligible],
      ['primeActivite', engine.primeActivite.amount, engine.primeActivite.eligible],
      ['aidesLogement', engine.aidesLogement.amount, engine.aidesLogement.eligible],
    ]);
    expect(totalMonthly(views)).toBeCloseTo(
      engine.primeActivite.amount +
        engine.aidesLogement.amount +
        (engine.rsa.eligible ? engine.rsa.amount : 0),
      2,
    );
  });

  it('mark eligible benefits "à vérifier" when an answer was estimated', () => {
    const estimated = outcome({
      ...worker,
      'demandeur.pensions_alimentaires_percues': { value: 0, estimated: true },
    });
    expect(estimated.views.filter((view) => view.status === 'a_verifier').length).toBeGreaterThan(
      0,
    );
    expect(estimated.views.some((view) => view.status === 'eligible')).toBe(false);
    expect(benefitViews(estimated.result, false).some((v) => v.status === 'eligible')).toBe(true);
  });

  it('give each benefit its claim entry and its trace', () => {
    for (const view of outcome(worker).views) {
      expect(view.claim.onlineProcedure.url).toMatch(/^https:\/\//);
      expect(view.trace?.children.length).toBeGreaterThan(0);
    }
  });

  it('change with the what-if salary', () => {
    const now = outcome(worker).views;
    const then = outcome(withJob(worker, 1500)).views;
    expect(then.find((v) => v.id === 'primeActivite')?.amount).not.toBe(
      now.find((v) => v.id === 'primeActivite')?.amount,
    );
  });

  it('write euros the French way, with plain spaces', () => {
    expect(formatEuros(1234.5)).toBe('1 234,50 €');
  });
});
