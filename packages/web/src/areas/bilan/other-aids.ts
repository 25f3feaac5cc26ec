// « Ce que vous pouvez aussi demander »: the aids the engine does not compute that the answers
// point to. The catalogue and its rules are the engine's (@znr/rules other-aids); this file only
// reads the answers and the results into the facts those rules read.
import { otherAidsCatalogue, pointedOtherAids } from '@znr/rules';
import type { OtherAidEntry, OtherAidFacts } from '@znr/rules';
import { adultsOf, childCount, childKey, valueOf, type Answers } from './answers.ts';
import type { BenefitView } from './benefit-results.ts';

/** Age in whole years on the first day of the month `period` (`YYYY-MM`). */
export function ageAt(birth: string, period: string): number | undefined {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const [py, pm] = period.split('-').map(Number) as [number, number];
  if (!y || !m || !py || !pm) return undefined;
  return py - y - (pm < m || (pm === m && 1 < (d ?? 1)) ? 1 : 0);
}

function agesOf(answers: Answers, people: readonly string[], period: string): number[] {
  return people.flatMap((who) => {
    const birth = valueOf(answers, `${who}.date_naissance`);
    const age = typeof birth === 'string' ? ageAt(birth, period) : undefined;
    return age === undefined ? [] : [age];
  });
}

export function otherAidFacts(
  answers: Answers,
  views: readonly BenefitView[],
  period: string,
): OtherAidFacts {
  const adults = adultsOf(answers);
  const children = Array.from({ length: childCount(answers) }, (_, k) => childKey(k));
  return {
    activities: adults.map((who) => String(valueOf(answers, `${who}.activite`) ?? '')),
    adultAges: agesOf(answers, adults, period),
    childAges: agesOf(answers, children, period),
    handicap: adults.some((who) => valueOf(answers, `${who}.handicap`) === true),
    tenant: String(valueOf(answers, 'menage.statut_occupation_logement') ?? '').startsWith(
      'locataire',
    ),
    openBenefits: views.filter((view) => view.status !== 'non_eligible').map((view) => view.id),
  };
}

/** The aids to name for these answers and results, in the catalogue's order. */
export function otherAidsFor(
  answers: Answers,
  views: readonly BenefitView[],
  period: string,
): OtherAidEntry[] {
  return pointedOtherAids(otherAidsCatalogue, otherAidFacts(answers, views, period));
}
