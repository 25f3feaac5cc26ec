import { describe, expect, it } from 'vitest';
import { otherAidsCatalogue } from './other-aids-catalogue.ts';
import {
  otherAidProblems,
  pointedOtherAids,
  type OtherAidEntry,
  type OtherAidFacts,
} from './other-aids.ts';
import { benefitCatalogue } from './benefit-catalogue.ts';

const nobody: OtherAidFacts = {
  activities: ['actif'],
  adultAges: [35],
  childAges: [],
  handicap: false,
  tenant: false,
  openBenefits: [],
};
const pointed = (facts: Partial<OtherAidFacts>) =>
  pointedOtherAids(otherAidsCatalogue, { ...nobody, ...facts }).map((entry) => entry.id);

describe('catalogue of the aids the engine does not compute', () => {
  it.each(otherAidsCatalogue.map((e) => [e.id, e] as const))('%s is complete', (_id, entry) => {
    expect(otherAidProblems(entry)).toEqual([]);
  });

  it('has every aid the bilan must name, once, apart from the engine’s benefits', () => {
    const ids = otherAidsCatalogue.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'ass',
      'prime_noel',
      'bourse_college',
      'bourse_lycee',
      'aeeh',
      'pch',
      'apa',
      'fsl',
      'protections_cheque_energie',
      'tarifs_sociaux',
      'aides_locales',
    ]);
    const engine = new Set(benefitCatalogue.map((entry) => entry.id));
    expect(ids.filter((id) => engine.has(id))).toEqual([]);
  });

  it('names a benefit of the engine only if the engine computes it', () => {
    const engine = new Set(benefitCatalogue.map((entry) => entry.id));
    const named = otherAidsCatalogue.flatMap((entry) =>
      entry.pointedBy.flat().flatMap((c) => (c.kind === 'droit' ? c.benefits : [])),
    );
    expect(named.filter((id) => !engine.has(id))).toEqual([]);
  });

  it('points each situation to its aids', () => {
    expect(pointed({})).toEqual(['aides_locales']);
    expect(pointed({ activities: ['chomeur'] })).toEqual([
      'ass',
      'prime_noel',
      'tarifs_sociaux',
      'aides_locales',
    ]);
    expect(pointed({ openBenefits: ['rsa'] })).toContain('prime_noel');
    expect(pointed({ childAges: [12] })).toEqual(['bourse_college', 'aeeh', 'aides_locales']);
    expect(pointed({ childAges: [16] })).toEqual(['bourse_lycee', 'aeeh', 'aides_locales']);
    expect(pointed({ childAges: [20] })).toEqual(['aides_locales']);
    expect(pointed({ handicap: true })).toContain('pch');
    expect(pointed({ adultAges: [75] })).toContain('apa');
    expect(pointed({ adultAges: [59] })).not.toContain('apa');
    // The FSL needs both: renting, and modest resources.
    expect(pointed({ tenant: true })).not.toContain('fsl');
    expect(pointed({ openBenefits: ['aspa'] })).not.toContain('fsl');
    expect(pointed({ tenant: true, openBenefits: ['aspa'] })).toContain('fsl');
    expect(pointed({ openBenefits: ['cheque_energie'] })).toContain('protections_cheque_energie');
  });

  it('rejects an incomplete entry, naming each field', () => {
    const broken: OtherAidEntry = {
      ...otherAidsCatalogue[0]!,
      decider: '',
      why: 'Sans point',
      servicePublicFiche: '12484',
      pointedBy: [],
    };
    expect(otherAidProblems(broken)).toEqual([
      'decider : texte manquant',
      'why : une phrase complète attendue',
      'servicePublicFiche : identifiant Fnnnn attendu',
      'pointedBy : au moins une situation qui mène à cette aide',
    ]);
  });
});
