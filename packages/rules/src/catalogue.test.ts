import { describe, expect, it } from 'vitest';
import { aidesLogementCatalogue } from './benefits/aides-logement/aides-logement-catalogue.ts';
import { primeActiviteCatalogue } from './benefits/prime-activite/prime-activite-catalogue.ts';
import { rsaCatalogue } from './benefits/rsa/rsa-catalogue.ts';
import { catalogueProblems, servicePublicUrl, type CatalogueEntry } from './catalogue.ts';
import { benefitCatalogue } from './benefit-catalogue.ts';
import { outputVariables } from './openfisca/variables.ts';

describe('benefit catalogue', () => {
  it.each(benefitCatalogue.map((e) => [e.id, e] as const))('%s is complete', (_id, entry) => {
    expect(catalogueProblems(entry)).toEqual([]);
  });

  it('has one entry for every benefit the engine computes', () => {
    // Housing-aid kinds and the two CSS outcomes are explained by their benefit's entry.
    const coveredBy: Record<string, string> = {
      apl: 'aide_logement',
      als: 'aide_logement',
      alf: 'aide_logement',
      aide_logement_type: 'aide_logement',
      cmu_c: 'css',
      css_participation_forfaitaire: 'css',
    };
    const ids = benefitCatalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const needed = new Set(outputVariables.map((v) => coveredBy[v] ?? v));
    expect([...needed].filter((v) => !ids.includes(v))).toEqual([]);
    expect(ids.filter((id) => !needed.has(id))).toEqual([]);
  });

  it('names the Service-Public fiches of the brief', () => {
    expect(
      [rsaCatalogue, primeActiviteCatalogue, aidesLogementCatalogue].map(
        (e) => e.servicePublicFiche,
      ),
    ).toEqual(['F19778', 'F2882', 'F12006']);
    expect(servicePublicUrl('F19778')).toBe(
      'https://www.service-public.fr/particuliers/vosdroits/F19778',
    );
  });

  it('rejects an incomplete entry, naming each field', () => {
    const broken: CatalogueEntry = {
      ...rsaCatalogue,
      payer: '',
      documents: [],
      servicePublicFiche: '19778',
      description: '<b>RSA</b>',
    };
    expect(catalogueProblems(broken)).toEqual([
      'description : pas de HTML dans les données',
      'payer : texte manquant',
      'documents : liste vide ou incomplète',
      'servicePublicFiche : identifiant Fnnnn attendu',
      'description : une phrase complète attendue',
    ]);
  });
});
