// The answers of a bilan, keyed by question id. A question id is `<who>.<variable>`: `who` is a
// person of the household (demandeur, conjoint, enfant1…), the ménage or the foyer (the household's
// make-up), and `variable` is the engine's OpenFisca input variable, or a make-up question.

/** What a person answers to one question. */
export type AnswerValue = string | number | boolean;

/**
 * One answer. `estimated` marks "je ne sais pas": `value` is then the estimate put in its place,
 * and every result that could depend on it is shown as "à vérifier".
 */
export type Answer = { value: AnswerValue; estimated?: true };

export type Answers = Readonly<Record<string, Answer>>;

/** The people a bilan can describe: one or two adults and up to `MAX_CHILDREN` children. */
export type AdultKey = 'demandeur' | 'conjoint';

/** Children a bilan can describe (more is rare in the field and can be added later). */
export const MAX_CHILDREN = 6;

/** `enfant1` … `enfantN` */
export function childKey(index: number): string {
  return `enfant${index + 1}`;
}

/** The value of an answer, or undefined when the question was not answered. */
export function valueOf(answers: Answers, id: string): AnswerValue | undefined {
  return answers[id]?.value;
}

export function numberOf(answers: Answers, id: string): number {
  const value = valueOf(answers, id);
  return typeof value === 'number' ? value : 0;
}

/** Whether the household has two adults. */
export function isCouple(answers: Answers): boolean {
  return valueOf(answers, 'foyer.couple') === true;
}

export function childCount(answers: Answers): number {
  return Math.min(MAX_CHILDREN, Math.max(0, Math.trunc(numberOf(answers, 'foyer.enfants'))));
}

export function adultsOf(answers: Answers): AdultKey[] {
  return isCouple(answers) ? ['demandeur', 'conjoint'] : ['demandeur'];
}

/** Whether any answer was replaced by an estimate ("je ne sais pas"). */
export function hasEstimates(answers: Answers): boolean {
  return Object.values(answers).some((answer) => answer.estimated === true);
}
