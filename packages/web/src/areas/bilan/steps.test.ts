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
      'demandeur.salaire_net',
      'demandeur.handicap',
      'demandeur.pensions_alimentaires_percues',
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
    expect(unknown).toEqual(['demandeur.pensions_alimentaires_percues']);
  });
});
