import { inputVariables } from '@znr/rules';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers.ts';
import { stepsFor } from './steps.ts';

const ids = (answers: Answers) => stepsFor(answers).map((step) => step.id);

describe('stepsFor', () => {
  it('asks a single person about themselves, their income, health and housing, in that order', () => {
    expect(ids({ 'demandeur.activite': { value: 'actif' } })).toEqual([
      'foyer.couple',
      'demandeur.date_naissance',
      'foyer.enfants',
      'demandeur.activite',
      'demandeur.apprenti',
      'demandeur.salaire_net',
      'demandeur.micro_entreprise',
      'demandeur.handicap',
      'demandeur.pensions_alimentaires_percues',
      'demandeur.livret_a',
      'menage.depcom',
      'menage.statut_occupation_logement',
    ]);
  });

  it('adds the partner, each child, the disability follow-ups and the rent when they apply', () => {
    const steps = ids({
      'foyer.couple': { value: true },
      'foyer.enfants': { value: 2 },
      'conjoint.activite': { value: 'retraite' },
      'conjoint.handicap': { value: true },
      'conjoint.taux_incapacite': { value: 60 },
      'menage.statut_occupation_logement': { value: 'locataire_hlm' },
    });
    expect(steps).toEqual(
      expect.arrayContaining([
        'demandeur.statut_marital',
        'conjoint.date_naissance',
        'enfant1.date_naissance',
        'enfant2.date_naissance',
        'conjoint.retraite_nette',
        'conjoint.taux_incapacite',
        'conjoint.aah_restriction_substantielle_durable_acces_emploi',
        'conjoint.pensions_invalidite',
        'menage.loyer',
        'menage.coloc',
      ]),
    );
    expect(steps).not.toContain('enfant3.date_naissance');
    expect(steps).not.toContain('demandeur.taux_incapacite');
  });

  it('takes the wording of engine variables from the engine, and words it for the partner', () => {
    const steps = stepsFor({ 'foyer.couple': { value: true } });
    const own = steps.find((step) => step.id === 'demandeur.date_naissance');
    const partner = steps.find((step) => step.id === 'conjoint.date_naissance');
    expect(own?.question).toBe(inputVariables.date_naissance?.question);
    expect(partner?.question).toBe(
      `${inputVariables.date_naissance?.label} de votre conjoint ou conjointe`,
    );
  });

  it('gives every question its help', () => {
    const steps = stepsFor({
      'foyer.couple': { value: true },
      'demandeur.handicap': { value: true },
      'demandeur.taux_incapacite': { value: 60 },
      'menage.statut_occupation_logement': { value: 'locataire_vide' },
    });
    // The commune field carries its own hint (name or postal code).
    const without = steps.filter((step) => !step.help && step.kind !== 'commune');
    expect(without.map((step) => step.id)).toEqual([]);
  });

  it('offers "je ne sais pas" only where an estimate makes sense', () => {
    const unknown = stepsFor({})
      .filter((step) => step.unknown)
      .map((step) => step.id);
    expect(unknown).toEqual(['demandeur.pensions_alimentaires_percues', 'demandeur.livret_a']);
  });

  it('asks what lives that change bring only when it can change a result', () => {
    // A parent alone: the separation of less than 18 months (RSA and prime d'activité majorés).
    const parent = { 'foyer.enfants': { value: 1 } };
    expect(ids(parent)).toContain('famille.rsa_isolement_recent');
    expect(ids({ ...parent, 'foyer.couple': { value: true } })).not.toContain(
      'famille.rsa_isolement_recent',
    );
    expect(ids({})).not.toContain('famille.rsa_isolement_recent');
    // The ASS after unemployment benefit; none at work.
    expect(ids({ 'demandeur.activite': { value: 'chomeur' } })).toEqual(
      expect.arrayContaining([
        'demandeur.chomage_net',
        'demandeur.ass',
        'demandeur.micro_entreprise',
      ]),
    );
    expect(ids({ 'demandeur.activite': { value: 'actif' } })).not.toContain('demandeur.ass');
    expect(ids({ 'demandeur.activite': { value: 'retraite' } })).not.toContain(
      'demandeur.micro_entreprise',
    );
    // An apprentice is asked the apprentice's pay instead of a salary; an adult of 40 is not asked.
    const apprentice = ids({
      'demandeur.date_naissance': { value: '2006-01-01' },
      'demandeur.activite': { value: 'actif' },
      'demandeur.apprenti': { value: true },
    });
    expect(apprentice).toContain('demandeur.remuneration_apprenti');
    expect(apprentice).not.toContain('demandeur.salaire_net');
    expect(
      ids({
        'demandeur.date_naissance': { value: '1986-01-01' },
        'demandeur.activite': { value: 'actif' },
      }),
    ).not.toContain('demandeur.apprenti');
    // The turnover of the micro-enterprise's kind.
    expect(
      ids({
        'demandeur.activite': { value: 'actif' },
        'demandeur.micro_entreprise': { value: 'liberal' },
      }),
    ).toContain('demandeur.rpns_auto_entrepreneur_CA_bnc');
    // A home buyer: the loan, not a rent.
    const buyer = ids({ 'menage.statut_occupation_logement': { value: 'primo_accedant' } });
    expect(buyer.slice(-4)).toEqual([
      'menage.loyer',
      'menage.aide_logement_date_pret',
      'menage.etat_logement',
      'menage.aide_logement_est_pret_conventionne',
    ]);
    expect(buyer).not.toContain('menage.coloc');
  });
});
