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

  it('sends what lives that change bring, and the engine counts it', () => {
    const run = (answers: Answers) =>
      simulate(buildSituation(answers, '2026-06', applicable(answers)), '2026-06');
    const inactive: Answers = {
      ...singleParent,
      'demandeur.activite': { value: 'inactif' },
      'demandeur.micro_entreprise': { value: 'non' },
    };
    // A separation of less than 18 months: the famille's variable (the engine's majoration of the
    // RSA reads it; its formula is the rules' work, tested there).
    const separated: Answers = { ...inactive, 'famille.rsa_isolement_recent': { value: true } };
    const built = buildSituation(separated, '2026-06', applicable(separated));
    expect(built.familles?.famille?.rsa_isolement_recent).toMatchObject({ '2026-06': true });
    expect(() => run(separated)).not.toThrow();
    // Savings as a range: its middle on the livret A, which lowers the RSA.
    const saver: Answers = { ...inactive, 'demandeur.livret_a': { value: 'plus_50000' } };
    const saverSituation = buildSituation(saver, '2026-06', applicable(saver));
    expect(saverSituation.individus.demandeur?.livret_a).toMatchObject({ '2026-06': 75000 });
    expect(run(saver).rsa.amount).toBeLessThan(run(inactive).rsa.amount);
    // The make-up question on a micro-enterprise is not an engine variable; the turnover is.
    const micro: Answers = {
      ...singleParent,
      'demandeur.micro_entreprise': { value: 'services' },
      'demandeur.rpns_auto_entrepreneur_CA_bic': { value: 800 },
    };
    const microSituation = buildSituation(micro, '2026-06', applicable(micro));
    expect(microSituation.individus.demandeur?.micro_entreprise).toBeUndefined();
    expect(microSituation.individus.demandeur?.rpns_auto_entrepreneur_CA_bic).toMatchObject({
      '2026-06': 800,
    });
    expect(run(micro).primeActivite.amount).not.toBe(run(singleParent).primeActivite.amount);
  });

  it('writes a home buyer’s loan as the engine reads it, the conventionné date from the loan', () => {
    const buyer: Answers = {
      ...singleParent,
      'menage.statut_occupation_logement': { value: 'primo_accedant' },
      'menage.loyer': { value: 600 },
      'menage.aide_logement_date_pret': { value: '2018-03-31' },
      'menage.etat_logement': { value: 'acquisition_sans_amelioration_logement_existant' },
      'menage.aide_logement_est_pret_conventionne': { value: true },
    };
    const menage = buildSituation(buyer, '2026-06', applicable(buyer)).menages!.menage!;
    expect(menage.aide_logement_date_pret).toEqual({ ETERNITY: '2018-03-31' });
    expect(menage.aide_logement_date_pret_conventionne).toEqual({ ETERNITY: '2018-03-31' });
    expect(menage.aide_logement_est_pret_conventionne).toEqual({ ETERNITY: true });
    expect(menage.etat_logement).toMatchObject({
      '2026-06': 'acquisition_sans_amelioration_logement_existant',
    });
    expect(menage.coloc).toBeUndefined();
    // Read by the engine without complaint.
    expect(() =>
      simulate(buildSituation(buyer, '2026-06', applicable(buyer)), '2026-06'),
    ).not.toThrow();
  });

  it('writes a marriage of less than 18 months as a change of statut marital', () => {
    const couple: Answers = {
      ...singleParent,
      'foyer.couple': { value: true },
      'demandeur.statut_marital': { value: 'pacse' },
      'foyer.couple_recent': { value: true },
      'foyer.date_couple': { value: '2025-09-09' },
      'conjoint.date_naissance': { value: '1991-04-18' },
      'conjoint.activite': { value: 'inactif' },
      'conjoint.handicap': { value: false },
    };
    expect(applicable(couple).has('foyer.date_couple')).toBe(true);
    const built = buildSituation(couple, '2026-06', applicable(couple));
    for (const who of ['demandeur', 'conjoint']) {
      expect(built.individus[who]?.statut_marital).toMatchObject({
        '2025-08': 'celibataire',
        '2025-09': 'pacse',
        '2026-06': 'pacse',
      });
    }
    expect(() => simulate(built, '2026-06')).not.toThrow();
    // Married for longer: the question of the date is not asked, the status stays.
    const longer: Answers = { ...couple, 'foyer.couple_recent': { value: false } };
    expect(applicable(longer).has('foyer.date_couple')).toBe(false);
    const stable = buildSituation(longer, '2026-06', applicable(longer));
    expect(stable.individus.demandeur?.statut_marital).toMatchObject({ '2024-01': 'pacse' });
  });
});
