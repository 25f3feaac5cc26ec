// The bilan as a JSON file the professional keeps (until case files exist) and can open again.
// Only the answers are read back: amounts are always recomputed by the engine of the day.
import type { Answers, AnswerValue } from './answers.ts';
import type { BenefitView } from './benefit-results.ts';
import type { BilanOutcome } from './run-bilan.ts';

export const BILAN_FILE_VERSION = 1;

/** The exported record: answers, the situation sent to the engine, and the results shown. */
export function bilanFile(
  answers: Answers,
  outcome: Extract<BilanOutcome, { ok: true }>,
  date: Date,
): string {
  const record = {
    version: BILAN_FILE_VERSION,
    date: date.toISOString(),
    period: outcome.period,
    answers,
    situation: outcome.situation,
    results: resultsOf(outcome.views),
  };
  return JSON.stringify(record, null, 2);
}

/** The results as kept in the file and in the case file: status, amount and reasons per benefit. */
export function resultsOf(views: readonly BenefitView[]) {
  return views.map(({ id, status, amount, reasons }) => ({ id, status, amount, reasons }));
}

export type ReadBilan = { ok: true; answers: Answers } | { ok: false; error: string };

const ANSWER_ID = /^(foyer|menage|demandeur|conjoint|enfant[1-6])\.[a-z_]+$/;

function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Reads an exported bilan; the error says in French what is wrong with the file. */
export function readBilanFile(text: string): ReadBilan {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Ce fichier n’est pas un bilan exporté (JSON illisible).' };
  }
  if (typeof record !== 'object' || record === null || !('answers' in record)) {
    return { ok: false, error: 'Ce fichier n’est pas un bilan exporté (réponses absentes).' };
  }
  const { version, answers } = record as { version?: unknown; answers: unknown };
  if (version !== BILAN_FILE_VERSION) {
    return { ok: false, error: `Version du fichier non prise en charge : ${String(version)}.` };
  }
  if (typeof answers !== 'object' || answers === null) {
    return { ok: false, error: 'Les réponses du fichier sont illisibles.' };
  }
  const read: Record<string, { value: AnswerValue; estimated?: true }> = {};
  for (const [id, answer] of Object.entries(answers)) {
    const value: unknown = (answer as { value?: unknown } | null)?.value;
    if (!ANSWER_ID.test(id) || !isAnswerValue(value)) {
      return { ok: false, error: `Réponse « ${id} » illisible dans le fichier.` };
    }
    const estimated = (answer as { estimated?: unknown }).estimated === true;
    read[id] = estimated ? { value, estimated: true } : { value };
  }
  return { ok: true, answers: read };
}
