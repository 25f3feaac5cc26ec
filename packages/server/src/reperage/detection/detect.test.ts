import { computeBatch, simulate, situationsToPopulation } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import { detect, urgencyOf, waterExcess } from './detect.ts';
import { populationOf, situationOf } from './engine-estimate.ts';
import { mergeCluster, type ClusterMember } from './merge-cluster.ts';
import { defaultSettings, detectionRules } from './rules.ts';

const MONTH = '2026-06';
const may = new Date('2026-05-01T00:00:00Z');
const april = new Date('2026-04-01T00:00:00Z');

const member = (
  recordId: string,
  partner: string,
  attributes: ClusterMember['attributes'],
  score = 1,
  importedAt = may,
): ClusterMember => ({ recordId, partner, importedAt, score, attributes });

const byRule = (candidates: ReturnType<typeof detect>, ruleId: string) =>
  candidates.filter((c) => c.ruleId === ruleId);

describe('mergeCluster', () => {
  it('keeps the best-linked source, "received" anywhere and the largest debt', () => {
    const merged = mergeCluster(7, [
      member('r2', 'CAF', { loyer_mensuel: 480, aide_logement_percue: 0, dette_loyer: 300 }, 0.8),
      member('r1', 'Bailleur', { loyer_mensuel: 500, dette_loyer: 900, css: '' }, 0.95),
      member('r3', 'CPAM', { aide_logement_percue: 'oui', css: 'non' }, 0.9),
    ]);
    // loyer: Bailleur has the best score (0.95) → 500, not the CAF's 480.
    expect(merged.attributes.loyer_mensuel).toBe(500);
    expect(merged.origin.loyer_mensuel).toBe('Bailleur');
    // aide au logement: the CAF says 0, the CPAM says « oui » → received wins.
    expect(merged.attributes.aide_logement_percue).toBe('oui');
    // dette: max(300, 900) = 900; an empty css from the Bailleur is "unknown", the CPAM's « non » stays.
    expect(merged.attributes.dette_loyer).toBe(900);
    expect(merged.attributes.css).toBe('non');
    // confidence: the lowest score of the three members.
    expect(merged.confidence).toBe(0.8);
    expect(merged.recordIds).toEqual(['r1', 'r3', 'r2']);
  });

  it('breaks a score tie with the most recent import', () => {
    const merged = mergeCluster(1, [
      member('a', 'Ancien', { nb_personnes_foyer: 2 }, 0.9, april),
      member('b', 'Récent', { nb_personnes_foyer: 3 }, 0.9, may),
    ]);
    expect(merged.attributes.nb_personnes_foyer).toBe(3);
    expect(mergeCluster(2, [member('x', 'Seul', {}, 0.4)]).confidence).toBe(1);
  });
});

describe('populationOf', () => {
  it('gives the engine the same columns as the OpenFisca situations, amount for amount', () => {
    const people = [
      {
        age: 34,
        salaire_net_mensuel: 1100,
        revenus_mensuels_foyer: 1900,
        nb_personnes_foyer: 4,
        nb_enfants: 2,
        statut_occupation: 'locataire',
        loyer_mensuel: 640,
        code_insee: '69259',
      },
      {
        age: 71,
        pension_mensuelle: 700,
        revenus_mensuels_foyer: 700,
        statut_occupation: 'heberge',
      },
      {
        age: 45,
        revenus_mensuels_foyer: 300,
        aah_percue: 400,
        statut_occupation: 'proprietaire',
        code_insee: '75056',
      },
      { age: 29, salaire_net_mensuel: 1500, nb_personnes_foyer: 2, nb_enfants: 1 },
    ].map((attributes, k) => mergeCluster(k, [member(`p${k}`, 'CAF', attributes)]));
    const direct = computeBatch(populationOf(people, MONTH));
    const viaSituations = computeBatch(
      situationsToPopulation(
        people.map((p) => situationOf(p.attributes, MONTH)),
        MONTH,
      ).population,
    );
    for (const benefit of ['rsa', 'primeActivite', 'aidesLogement'] as const) {
      expect([...direct[benefit].amount]).toEqual([...viaSituations[benefit].amount]);
    }
    expect([...direct.chequeEnergie.amount]).toEqual([...viaSituations.chequeEnergie.amount]);
    expect([...direct.css.reason]).toEqual([...viaSituations.css.reason]);
    expect([...direct.states[3]!.aspa]).toEqual([...viaSituations.states[3]!.aspa]);
    // Not all zero: the comparison says something.
    expect(direct.aidesLogement.amount.some((a) => a > 0)).toBe(true);
    expect(direct.states[3]!.aspa.some((a) => a > 0)).toBe(true);
  });
});

describe('detect', () => {
  it('RSA: a person of 30 with no income and no RSA gets the montant forfaitaire', () => {
    const records = [
      mergeCluster(1, [
        member('r', 'CAF', { age: 30, revenus_mensuels_foyer: 0, rsa_percu: 'non' }),
      ]),
    ];
    const [candidate] = byRule(detect(records, MONTH, defaultSettings), 'sans-revenu-sans-rsa');
    // Montant forfaitaire for one person from 2026-04-01: 651.69 €; no housing → no forfait
    // logement; no resource → RSA = 651.69. Priority = 651.69 × 1 (one file) × 1 (no arrears).
    expect(candidate).toMatchObject({ amount: 651.69, priority: 651.69, benefits: ['rsa'] });
  });

  it('ASPA: 70 years old with a 600 € pension and no ASPA', () => {
    const records = [
      mergeCluster(2, [
        member('r', 'CARSAT', { age: 70, pension_mensuelle: 600, aspa_percue: 'non' }),
      ]),
    ];
    const [candidate] = byRule(detect(records, MONTH, defaultSettings), 'senior-sans-aspa');
    // Plafond for one person in 2026: 12 523.14 € a year = 1 043.595 € a month;
    // ASPA = 1 043.595 − 600 = 443.595 → 443.60 €.
    expect(candidate?.amount).toBe(443.6);
  });

  it('an unknown "received" field never makes a candidate', () => {
    const records = [
      // Nobody says whether the ASPA or the RSA is paid: no candidate for those rules.
      mergeCluster(3, [member('r', 'CARSAT', { age: 70, pension_mensuelle: 600 })]),
      mergeCluster(4, [member('s', 'CCAS', { age: 30, revenus_mensuels_foyer: 0 })]),
      // Received somewhere: no candidate either.
      mergeCluster(5, [
        member('t', 'CAF', { age: 30, revenus_mensuels_foyer: 0, rsa_percu: 'non' }),
        member('u', 'CD', { rsa_percu: 560.5 }, 0.9),
      ]),
    ];
    expect(detect(records, MONTH, defaultSettings)).toEqual([]);
  });

  it('arrears, linked across two files, with priority = amount × confidence × urgency', () => {
    const records = [
      mergeCluster(9, [
        member(
          'bail',
          'Bailleur',
          {
            statut_occupation: 'Locataire',
            loyer_mensuel: 500,
            dette_loyer: 1500,
            mois_impayes: 3,
            code_insee: '69123',
          },
          0.9,
        ),
        member(
          'caf',
          'CAF',
          {
            aide_logement_percue: 0,
            salaire_net_mensuel: 1000,
            revenus_mensuels_foyer: 1000,
            prime_activite_percue: 'non',
          },
          0.9,
        ),
      ]),
    ];
    const candidates = detect(records, MONTH, defaultSettings);
    const [housing] = byRule(candidates, 'impaye-sans-aide-logement');
    const [ppa] = byRule(candidates, 'salarie-sans-prime-activite');
    // The amounts are the engine's for the same household computed alone (a batch of one).
    const alone = simulate(situationOf(records[0]!.attributes, MONTH), MONTH);
    expect(housing?.amount).toBeCloseTo(alone.aidesLogement.amount, 2);
    expect(ppa?.amount).toBeCloseTo(alone.primeActivite.amount, 2);
    expect(housing!.amount).toBeGreaterThan(0);
    // urgency = 1 + min(3, 6) / 6 = 1.5; priority = amount × 0.9 × 1.5.
    expect(housing?.urgency).toBe(1.5);
    expect(housing?.priority).toBeCloseTo(housing!.amount * 0.9 * 1.5, 2);
    expect(housing?.codeInsee).toBe('69123');
    expect(housing?.explanation).toContain('dette_loyer = 1500 (Bailleur)');
    expect(housing?.explanation).toContain('2 fichiers reliés');
    // Sorted by decreasing priority.
    expect(candidates.map((c) => c.priority)).toEqual(
      [...candidates.map((c) => c.priority)].sort((a, b) => b - a),
    );
  });

  it('Bouclier eau: the water bill beyond 3 % of income, and a configurable threshold', () => {
    const attributes = { facture_eau_annuelle: 600, revenus_mensuels_foyer: 1000 };
    // 3 % of 12 × 1 000 € = 360 €; 600 − 360 = 240 € a year = 20 € a month.
    expect(waterExcess(attributes, MONTH, defaultSettings)).toBeCloseTo(20, 6);
    // At 5 %: 600 € = 5 % of 12 000 € exactly → not above the threshold → 0.
    expect(waterExcess(attributes, MONTH, { ...defaultSettings, waterShareThreshold: 0.05 })).toBe(
      0,
    );
    const records = [mergeCluster(4, [member('e', 'Régie des eaux', attributes)])];
    const [candidate] = byRule(detect(records, MONTH, defaultSettings), 'facture-eau-bouclier');
    expect(candidate?.amount).toBe(20);
  });

  it('urgency grows a sixth a month of arrears, up to 2', () => {
    expect(urgencyOf({})).toBe(1);
    expect(urgencyOf({ dette_loyer: 400 })).toBeCloseTo(1 + 1 / 6, 10);
    expect(urgencyOf({ dette_loyer: 400, mois_impayes: 12 })).toBe(2);
  });

  it('every rule has a French title, a benefit and conditions', () => {
    const ids = new Set(detectionRules.map((r) => r.id));
    expect(ids.size).toBe(detectionRules.length);
    for (const rule of detectionRules) {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.benefits.length).toBeGreaterThan(0);
      expect(rule.conditions.length).toBeGreaterThan(0);
    }
  });
});
