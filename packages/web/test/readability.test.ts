import { describe, expect, it } from 'vitest';
import { frenchSyllables, kandelMoles, sentenceCount } from './readability.ts';

describe('frenchSyllables', () => {
  it('counts the syllables a reader says', () => {
    expect(frenchSyllables('aide')).toBe(1);
    expect(frenchSyllables('logement')).toBe(3);
    expect(frenchSyllables('revenu')).toBe(3);
    expect(frenchSyllables('solidarité')).toBe(5);
    expect(frenchSyllables('parlent')).toBe(1);
    expect(frenchSyllables('mois')).toBe(1);
    expect(frenchSyllables('350')).toBe(3);
  });
});

describe('kandelMoles', () => {
  it('ranks a plain sentence above an administrative one', () => {
    const plain = 'Vous pouvez avoir une aide pour payer le loyer.';
    const dense =
      'L’éligibilité aux prestations susmentionnées est conditionnée à la vérification préalable des ressources déclarées.';
    expect(kandelMoles(plain)).toBeGreaterThan(70);
    expect(kandelMoles(dense)).toBeLessThan(30);
  });

  it('counts list items and sentences', () => {
    expect(sentenceCount('Un. Deux ! Trois')).toBe(3);
  });
});
