// Parameters the law revalues on a known rhythm declare it (`revaluation`); when the date of the
// next value has passed and no value is entered, the engine goes on with the last one. Both
// `znr parameters check` and every result computed for such a month say so, in French.
import { parameterFiles } from '../parameters/all.ts';
import type { Parameter } from './parameters.ts';
import { monthStart, type Month } from './periods.ts';

/** A revaluation due and not entered. */
export interface OverdueRevaluation {
  /** `file.name`, e.g. `css.plafondBase`. */
  parameter: string;
  description: string;
  /** First day of the last value entered, `'YYYY-MM-DD'`. */
  lastFrom: string;
  /** When the next value was due, `'YYYY-MM-DD'`. */
  due: string;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** A date in words: `'2025-04-01'` → « 1er avril 2025 ». */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** The first revaluation date after a value's start, for a parameter revalued every year. */
function nextDue(parameter: Parameter, lastFrom: string): string | undefined {
  const on = parameter.revaluation?.on;
  if (!on) return undefined;
  const year = Number(lastFrom.slice(0, 4));
  const sameYear = `${year}-${on}`;
  return sameYear > lastFrom ? sameYear : `${year + 1}-${on}`;
}

/** The revaluations due on or before `date` (`'YYYY-MM-DD'`) whose value is not entered. */
export function overdueRevaluations(date: string): OverdueRevaluation[] {
  const overdue: OverdueRevaluation[] = [];
  for (const [file, parameters] of Object.entries(parameterFiles)) {
    for (const [name, parameter] of Object.entries(parameters)) {
      // The value in force at `date`, and when the one after it was due.
      const entries = parameter.values.filter((v) => v.from <= date);
      const last = entries.at(-1);
      if (!last) continue;
      const due = nextDue(parameter, last.from);
      if (due && due <= date)
        overdue.push({
          parameter: `${file}.${name}`,
          description: parameter.description,
          lastFrom: last.from,
          due,
        });
    }
  }
  return overdue;
}

const byMonth = new Map<Month, string[]>();

/**
 * The French warning of a result computed for `month` when values are applied past their
 * revaluation date (one sentence naming them, empty list when none).
 */
export function revaluationWarnings(month: Month): string[] {
  let warnings = byMonth.get(month);
  if (!warnings) {
    const overdue = overdueRevaluations(monthStart(month));
    warnings =
      overdue.length === 0
        ? []
        : [
            `valeurs légales non revalorisées appliquées faute de nouvelle valeur saisie : ${overdue
              .map((o) => `${o.parameter} (attendue le ${frenchDate(o.due)})`)
              .join(', ')} ; voir « znr parameters check »`,
          ];
    byMonth.set(month, warnings);
  }
  return warnings;
}
