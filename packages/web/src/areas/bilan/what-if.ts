import { adultsOf, valueOf, type AdultKey, type Answers } from './answers.ts';

/** What the what-if changes: each adult's net monthly earnings, the rent. Absent: unchanged. */
export type WhatIfChanges = {
  earnings?: Partial<Record<AdultKey, number>>;
  rent?: number;
};

/** The same answers, with the demandeur back at work for `netMonthlySalary` euros a month. */
export function withJob(answers: Answers, netMonthlySalary: number): Answers {
  return withChanges(answers, { earnings: { demandeur: netMonthlySalary } });
}

/**
 * The same answers with the changes: an adult given earnings works for that net salary (a salary
 * of 0 keeps the activity answered, without pay); the rent replaces the rent answered.
 */
export function withChanges(answers: Answers, changes: WhatIfChanges): Answers {
  const next: Record<string, Answers[string]> = { ...answers };
  for (const who of adultsOf(answers)) {
    const salary = changes.earnings?.[who];
    if (salary === undefined) continue;
    if (salary > 0 || valueOf(answers, `${who}.activite`) === 'actif') {
      next[`${who}.activite`] = { value: 'actif' };
      next[`${who}.salaire_net`] = { value: salary };
    }
  }
  if (changes.rent !== undefined && valueOf(answers, 'menage.loyer') !== undefined) {
    next['menage.loyer'] = { value: changes.rent };
  }
  return next;
}
