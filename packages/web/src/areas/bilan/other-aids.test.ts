import { describe, expect, it } from 'vitest';
import { buildAnswers } from '../../../test/bilan-answers.ts';
import type { Answers } from './answers.ts';
import { ageAt, otherAidFacts, otherAidsFor } from './other-aids.ts';
import { runBilan } from './run-bilan.ts';

function pointed(answers: Answers): string[] {
  const outcome = runBilan(answers, '2026-06');
  if (!outcome.ok) throw new Error(outcome.issues.join(' '));
  return otherAidsFor(answers, outcome.views, outcome.period).map((aid) => aid.id);
}

describe('other aids pointed to by the answers', () => {
  it('counts ages in whole years at the month of the bilan', () => {
    expect(ageAt('1951-06-01', '2026-06')).toBe(75);
    expect(ageAt('1951-06-02', '2026-06')).toBe(74);
    expect(ageAt('1951-07-01', '2026-06')).toBe(74);
  });

  it('names the APA and the FSL to a retiree of 75 who rents on a small pension', () => {
    const retiree = buildAnswers({
      'demandeur.date_naissance': { value: '1951-03-01' },
      'demandeur.activite': { value: 'retraite' },
      'demandeur.retraite_nette': { value: 700 },
    });
    expect(pointed(retiree)).toEqual(['apa', 'fsl', 'protections_cheque_energie', 'aides_locales']);
  });

  it('names the ASS and the prime de Noël to a jobseeker, school grants to parents of pupils', () => {
    const jobseeker = buildAnswers({
      'demandeur.activite': { value: 'chomeur' },
      'demandeur.chomage_net': { value: 900 },
      'foyer.enfants': { value: 1 },
      'enfant1.date_naissance': { value: '2013-09-01' },
    });
    const ids = pointed(jobseeker);
    expect(ids).toContain('ass');
    expect(ids).toContain('prime_noel');
    expect(ids).toContain('bourse_college');
    expect(ids).not.toContain('bourse_lycee');
    expect(ids).not.toContain('apa');
  });

  it('reads the open benefits from the results, not the refusals', () => {
    const answers = buildAnswers();
    const outcome = runBilan(answers, '2026-06');
    if (!outcome.ok) throw new Error();
    const facts = otherAidFacts(answers, outcome.views, outcome.period);
    expect(facts.openBenefits).toContain('rsa');
    expect(facts.openBenefits).not.toContain('aspa');
    expect(facts).toMatchObject({ activities: ['inactif'], adultAges: [38], tenant: true });
  });
});
