import { simulate } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import type { Answers } from './answers.ts';
import {
  amountLabel,
  benefitViews,
  formatEuros,
  inReadingOrder,
  readingOrder,
  totalMonthly,
} from './benefit-results.ts';
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
    expect(views.map((view) => [view.id, view.amount, view.status !== 'non_eligible'])).toEqual(
      engine.benefits.map((benefit) => [benefit.id, benefit.amount, benefit.eligible]),
    );
    expect(views.length).toBeGreaterThan(3);
    const monthlyMoney = engine.benefits.filter(
      (b) => b.eligible && b.periodicity === 'mensuelle' && b.id !== 'css',
    );
    expect(totalMonthly(views)).toBeCloseTo(
      monthlyMoney.reduce((sum, b) => sum + b.amount, 0),
      2,
    );
  });

  it('say per month or per year, and what the CSS costs', () => {
    const view = (id: string) => outcome(worker).views.find((v) => v.id === id)!;
    expect(amountLabel(view('ppa'))).toMatch(/ € par mois$/);
    expect(amountLabel({ ...view('cheque_energie'), amount: 150 })).toBe('150,00 € par an');
    expect(amountLabel({ ...view('ars'), amount: 400 })).toBe('400,00 € pour l’année scolaire');
    expect(amountLabel({ ...view('css'), amount: 0 })).toBe(
      'Complémentaire santé solidaire gratuite',
    );
    expect(amountLabel({ ...view('css'), amount: 12 })).toBe('Participation de 12,00 € par mois');
  });

  it('leave the CSS and yearly amounts out of the monthly total', () => {
    const views = outcome(worker).views.map((v) => ({
      ...v,
      status: 'eligible' as const,
      amount: 100,
    }));
    const monthly = views.filter((v) => v.periodicity === 'mensuelle' && v.id !== 'css');
    expect(monthly.length).toBeLessThan(views.length - 2);
    expect(totalMonthly(views)).toBe(100 * monthly.length);
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
    expect(
      benefitViews(estimated.result, { estimated: false }).some((v) => v.status === 'eligible'),
    ).toBe(true);
  });

  it('give each benefit its claim entry, and its trace when the engine has one', () => {
    const { views, result } = outcome(worker);
    for (const view of views) {
      expect(view.claim.onlineProcedure.url).toMatch(/^https:\/\//);
      expect(view.trace).toBe(result.trace.find((node) => node.variable === view.id));
    }
    for (const id of ['rsa', 'ppa', 'aide_logement']) {
      expect(views.find((v) => v.id === id)?.trace?.children.length).toBeGreaterThan(0);
    }
  });

  it('change with the what-if salary', () => {
    const now = outcome(worker).views;
    const then = outcome(withJob(worker, 1500)).views;
    expect(then.find((v) => v.id === 'ppa')?.amount).not.toBe(
      now.find((v) => v.id === 'ppa')?.amount,
    );
  });

  it('put the probable rights first (largest monthly first, yearly apart), then « à vérifier », then refusals', () => {
    const retiree = buildAnswers({
      'demandeur.date_naissance': { value: '1951-03-01' },
      'demandeur.activite': { value: 'retraite' },
      'demandeur.retraite_nette': { value: 700 },
      'menage.depcom': { value: '69123' },
      'menage.loyer': { value: 450 },
    });
    const { views } = outcome(retiree);
    const order = readingOrder(views);
    expect(order.monthly[0]?.id).toBe('aspa');
    expect(inReadingOrder(views)[0]?.id).toBe('aspa');
    const amounts = order.monthly.filter((v) => v.id !== 'css').map((v) => v.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(order.yearly.every((v) => v.periodicity === 'annuelle')).toBe(true);
    expect(order.refused.every((v) => v.status === 'non_eligible')).toBe(true);
    expect(
      inReadingOrder(views)
        .map((v) => v.id)
        .sort(),
    ).toEqual(views.map((v) => v.id).sort());
    const ranks = inReadingOrder(views).map((v) =>
      ['eligible', 'a_verifier', 'non_eligible'].indexOf(v.status),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('name the housing aid the engine found: APL, ALF or ALS', () => {
    const housing = (answers: Answers) =>
      outcome(answers).views.find((v) => v.id === 'aide_logement')!;
    expect(housing(worker).name).toBe('Allocation de logement sociale (ALS)');
    expect(
      housing({ ...worker, 'menage.statut_occupation_logement': { value: 'locataire_hlm' } }).name,
    ).toBe('Aide personnalisée au logement (APL)');
    expect(
      housing({
        ...worker,
        'foyer.enfants': { value: 1 },
        'enfant1.date_naissance': { value: '2018-01-01' },
      }).name,
    ).toBe('Allocation de logement familiale (ALF)');
  });

  it('mark a right « à vérifier » when a 5 % rise of income would close it', () => {
    // Around the prime d'activité's exit: found by walking the salary up until it closes.
    let salary = 1500;
    while (outcome(withJob(worker, salary)).result.primeActivite.eligible) salary += 10;
    const justBelow = outcome(withJob(worker, salary - 40));
    const ppa = justBelow.views.find((v) => v.id === 'ppa')!;
    expect(ppa.status).toBe('a_verifier');
    expect(ppa.check).toBe('plafond');
    expect(ppa.summary).toContain('tout près du plafond');
    const farBelow = outcome(withJob(worker, 1000)).views.find((v) => v.id === 'ppa')!;
    expect(farBelow.status).toBe('eligible');
  });

  it('write euros the French way, with plain spaces', () => {
    expect(formatEuros(1234.5)).toBe('1 234,50 €');
  });
});
