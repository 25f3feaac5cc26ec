// Reads what was typed or chosen on one screen into an answer, or says in French what is wrong.
import type { AnswerValue } from './answers.ts';
import type { Step } from './steps.ts';

export type ParsedAnswer = { ok: true; value: AnswerValue } | { ok: false; error: string };

const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** French decimal numbers: "1 234,56", "900", "900.5". */
function parseAmount(raw: string): number | undefined {
  const cleaned = raw.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * Parses the raw value of a screen (`today` as `YYYY-MM-DD` bounds birth dates). Radio choices
 * arrive as their value; booleans as "oui" / "non".
 */
export function parseAnswer(step: Step, raw: string, today: string): ParsedAnswer {
  const value = raw.trim();
  if (value === '') {
    return {
      ok: false,
      error:
        step.kind === 'commune'
          ? 'Choisissez la commune dans la liste.'
          : 'Répondez à la question pour continuer.',
    };
  }
  switch (step.kind) {
    case 'money': {
      const amount = parseAmount(value);
      return amount === undefined
        ? { ok: false, error: 'Indiquez un montant en euros, par exemple 850 ou 850,50.' }
        : { ok: true, value: amount };
    }
    case 'percent': {
      const rate = parseAmount(value);
      return rate === undefined || rate > 100
        ? { ok: false, error: 'Indiquez un pourcentage entre 0 et 100, par exemple 80.' }
        : { ok: true, value: rate };
    }
    case 'count': {
      const count = Number(value);
      return Number.isInteger(count) && count >= 0 && count <= 6
        ? { ok: true, value: count }
        : { ok: false, error: 'Indiquez un nombre entier entre 0 et 6.' };
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        return { ok: false, error: 'Indiquez une date complète : jour, mois et année.' };
      }
      if (value > today || value < '1900-01-01') {
        return { ok: false, error: 'La date doit être passée et postérieure à 1900.' };
      }
      return { ok: true, value };
    case 'commune':
      return COMMUNE_CODE.test(value.toUpperCase())
        ? { ok: true, value: value.toUpperCase() }
        : {
            ok: false,
            error: 'Le code de la commune a 5 caractères, par exemple 69259 pour Vénissieux.',
          };
    case 'boolean':
      return value === 'oui' || value === 'non'
        ? { ok: true, value: value === 'oui' }
        : { ok: false, error: 'Choisissez oui ou non.' };
    case 'enum':
      return step.items?.some((item) => item.value === value)
        ? { ok: true, value }
        : { ok: false, error: 'Choisissez une des réponses proposées.' };
  }
}

/** The raw form of a stored answer, to show it again when coming back to a screen. */
export function rawOf(step: Step, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (step.kind === 'boolean') return value === true ? 'oui' : 'non';
  if (step.kind === 'money' && typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}
