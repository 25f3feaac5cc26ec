import { monthStart, type Month } from './periods.ts';

/** Where a legal value comes from: a Légifrance article, a décret, an arrêté, a circulaire CNAF. */
export interface LegalSource {
  title: string;
  url: string;
}

/** One value of a parameter, in force from a date until the next value. */
export interface DatedValue<T = number> {
  /** First day the value applies, `'YYYY-MM-DD'`. */
  from: string;
  value: T;
  source: LegalSource;
}

/** The unit a parameter is expressed in, so an explanation can print it. */
export type ParameterUnit =
  | 'EUR/mois'
  | 'EUR/an'
  | 'EUR'
  | 'taux'
  | 'ans'
  | 'mois'
  | 'heures'
  | 'nombre'
  | 'SMIC horaire'
  | 'BMAF';

/**
 * A legal number: dated values, each with its source. Modelled on OpenFisca's parameter files;
 * `openfisca` keeps the OpenFisca-France key so a diff stays easy.
 */
export interface Parameter<T = number> {
  description: string;
  unit: ParameterUnit;
  openfisca?: string;
  values: DatedValue<T>[];
}

/** The dated value in force at the start of `month`; throws when the month precedes every value. */
export function entryAt<T>(parameter: Parameter<T>, month: Month): DatedValue<T> {
  const instant = monthStart(month);
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.values) {
    if (entry.from <= instant) found = entry;
    else break;
  }
  if (!found) throw new Error(`Paramètre « ${parameter.description} » sans valeur au ${instant}.`);
  return found;
}

/** The value in force at the start of `month`. */
export function valueAt<T>(parameter: Parameter<T>, month: Month): T {
  return entryAt(parameter, month).value;
}

/** A parameter value as used in a computation, for the trace. */
export interface UsedParameter {
  name: string;
  value: number | string;
  unit: ParameterUnit;
  source: LegalSource;
}

/** Describes the use of `parameter` at `month` under a readable name, for the trace. */
export function used(name: string, parameter: Parameter<number>, month: Month): UsedParameter {
  const entry = entryAt(parameter, month);
  return { name, value: entry.value, unit: parameter.unit, source: entry.source };
}
