import { parseMonth, salaryFromNet, simulate } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { buildSituation, referenceMonths } from './situation.ts';
import { stepsFor } from './steps.ts';

const singleParent: Answers = {
  'foyer.couple': { value: false },
  'demandeur.date_naissance': { value: '1990-03-01' },
  'foyer.enfants': { value: 1 },
  'enfant1.date_naissance': { value: '2019-05-01' },
  'demandeur.activite': { value: 'actif' },
  'demandeur.salaire_net': { value: 900 },
  'demandeur.handicap': { value: false },
  'demandeur.pensions_alimentaires_percues': { value: 0, estimated: true },
  'menage.depcom': { value: '69259' },
  'menage.statut_occupation_logement': { value: 'locataire_hlm' },
  'menage.loyer': { value: 520 },
  'menage.coloc': { value: false },
};

const applicable = (answers: Answers) => new Set(stepsFor(answers).map((step) => step.id));

describe('referenceMonths', () => {
  it('runs from January of year N-2 to the month of the bilan', () => {
    const months = referenceMonths('2026-03');
    expect(months[0]).toBe('2024-01');
    expect(months.at(-1)).toBe('2026-03');
    expect(months).toHaveLength(27);
  });
});

describe('buildSituation', () => {
  const situation = buildSituation(singleParent, '2026-06', applicable(singleParent));

  it('writes one famille, ménage and foyer fiscal with the declared people', () => {
    expect(situation.familles).toEqual({
      famille: { parents: ['demandeur'], enfants: ['enfant1'] },
    });
    expect(situation.menages?.menage?.personne_de_reference).toEqual(['demandeur']);
    expect(situation.individus.enfant1).toEqual({ date_naissance: { ETERNITY: '2019-05-01' } });
  });

  it('declares monthly amounts in every reference month, with taxable and gross estimates', () => {
    const demandeur = situation.individus.demandeur!;
    expect(demandeur.salaire_net).toMatchObject({ '2024-01': 900, '2026-06': 900 });
    // The engine's conversion, from the legal rates: about 1.036 × net.
    const taxable = (demandeur.salaire_imposable as Record<string, number>)['2026-06'];
    expect(taxable).toBe(salaryFromNet(900, parseMonth('2026-06')).taxable);
    expect(taxable).toBeCloseTo(932.4, 1);
    expect(demandeur.statut_marital).toMatchObject({ '2026-06': 'celibataire' });
    expect(situation.menages?.menage?.loyer).toMatchObject({ '2025-07': 520 });
  });

  it('leaves out answers that no longer apply', () => {
    const changed: Answers = { ...singleParent, 'demandeur.activite': { value: 'chomeur' } };
    const individu = buildSituation(changed, '2026-06', applicable(changed)).individus.demandeur!;
    expect(individu.salaire_net).toBeUndefined();
  });

  it('is a situation the engine reads', () => {
    const result = simulate(situation, '2026-06');
    expect(result.primeActivite.eligible).toBe(true);
    expect(result.aidesLogement.amount).toBeGreaterThan(0);
  });
});
