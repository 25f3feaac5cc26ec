import { describe, expect, it } from 'vitest';
import { benefitCatalogue } from './benefit-catalogue.ts';
import {
  benefitIds,
  benefitLabels,
  benefitName,
  engineBenefitIds,
  isBenefitId,
  localAidIds,
} from './benefit-vocabulary.ts';

describe('benefit vocabulary', () => {
  it('lists exactly the benefits of the claim catalogue, in its order, then the local aids', () => {
    expect([...engineBenefitIds]).toEqual(benefitCatalogue.map((e) => e.id));
    expect([...benefitIds]).toEqual([...engineBenefitIds, ...localAidIds, 'autre_aide']);
    expect(new Set(benefitIds).size).toBe(benefitIds.length);
  });

  it('names every benefit in French, short and long, never by its id', () => {
    for (const id of benefitIds) {
      const { short, long } = benefitLabels[id];
      expect(short.length, id).toBeGreaterThan(2);
      expect(long.length, id).toBeGreaterThanOrEqual(short.length);
      for (const label of [short, long]) expect(label, id).not.toMatch(/_/);
      // A short name spelling the id is an acronym the long name explains: « RSA ».
      if (short.toLowerCase() === id) expect(long, id).toContain(`(${short})`);
      expect(long.toLowerCase(), id).not.toBe(id);
    }
    expect(benefitLabels.aide_logement.long).toBe(
      benefitCatalogue.find((e) => e.id === 'aide_logement')?.label,
    );
  });

  it('names an id, and anything else « Autre aide »', () => {
    expect(benefitName('aide_logement', 'short')).toBe('Aide au logement');
    expect(benefitName('rsa')).toBe('Revenu de solidarité active (RSA)');
    expect(benefitName('aides_logement')).toBe(benefitLabels.autre_aide.long);
  });

  it('knows the engine ids and nothing else', () => {
    expect(isBenefitId('aide_logement')).toBe(true);
    expect(isBenefitId('bouclier_eau')).toBe(true);
    for (const other of ['aides_logement', 'ASF', '', 'prime_activite', 42, null])
      expect(isBenefitId(other)).toBe(false);
  });
});
