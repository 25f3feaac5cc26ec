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
 * How often the law revalues a parameter: every year on the same day (`'04-01'` for 1 April), so
 * `znr parameters check` can tell when a value is due and a result computed after that date can
 * say it uses last year's value.
 */
export interface Revaluation {
  every: 'year';
  /** Month and day of the revaluation, `'MM-DD'`. */
  on: string;
}

/**
 * A legal number: dated values, each with its source. Modelled on OpenFisca's parameter files;
 * `openfisca` keeps the OpenFisca-France key so a diff stays easy.
 */
export interface Parameter<T = number> {
  description: string;
  unit: ParameterUnit;
  openfisca?: string;
  /** Declared when the law revalues it on a known rhythm. */
  revaluation?: Revaluation;
  /**
   * Under a named parameter set, the last value kept (its `from`): later values are ignored, so
   * `openfisca-176` reproduces the stale values of the oracle's reference.
   */
  overlays?: Partial<Record<ParameterSetName, string>>;
  values: DatedValue<T>[];
}

/**
 * The legal values a computation uses: `loi` (the law of the day, every value entered) or a named
 * overlay. `openfisca-176` keeps the values OpenFisca-France 176.0.7 uses where it was not
 * revalued (CSS ceilings of 1 April 2024, ASI ceilings of 1 April 2025, housing-aid R0 of
 * 1 January 2025), so the oracle compares like with like.
 */
export const PARAMETER_SETS = ['loi', 'openfisca-176'] as const;
export type ParameterSetName = (typeof PARAMETER_SETS)[number];

// The engine is synchronous: a computation sets the set for its duration (`withParameterSet`),
// and every cache below is kept per set so the two never mix.
let activeSet: ParameterSetName = 'loi';

/** The parameter set computations currently use. */
export function activeParameterSet(): ParameterSetName {
  return activeSet;
}

/** Runs `compute` (synchronous) with `set`, then restores the previous set. */
export function withParameterSet<T>(set: ParameterSetName, compute: () => T): T {
  const previous = activeSet;
  activeSet = set;
  try {
    return compute();
  } finally {
    activeSet = previous;
  }
}

const entryCaches: Record<
  ParameterSetName,
  WeakMap<Parameter<unknown>, Map<Month, DatedValue<unknown>>>
> = { loi: new WeakMap(), 'openfisca-176': new WeakMap() };

/** The dated value in force at the start of `month`; throws when the month precedes every value. */
export function entryAt<T>(parameter: Parameter<T>, month: Month): DatedValue<T> {
  const entryCache = entryCaches[activeSet];
  let byMonth = entryCache.get(parameter);
  if (!byMonth) {
    byMonth = new Map();
    entryCache.set(parameter, byMonth);
  }
  const cached = byMonth.get(month);
  if (cached) return cached as DatedValue<T>;
  const entry = findEntry(parameter, month);
  byMonth.set(month, entry);
  return entry;
}

function findEntry<T>(parameter: Parameter<T>, month: Month): DatedValue<T> {
  const instant = monthStart(month);
  const lastKept = parameter.overlays?.[activeSet];
  const until = lastKept !== undefined && lastKept < instant ? lastKept : instant;
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.values) {
    if (entry.from <= until) found = entry;
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
  /** First day the value applies (`'YYYY-MM-DD'`): the value in force at the step's month. */
  from: string;
}

/** Describes the use of `parameter` at `month` under a readable name, for the trace. */
export function used(name: string, parameter: Parameter<number>, month: Month): UsedParameter {
  const entry = entryAt(parameter, month);
  return { name, value: entry.value, unit: parameter.unit, source: entry.source, from: entry.from };
}

/**
 * Memoises, per month, the parameters a formula reads, so that loops over millions of
 * households read plain numbers.
 */
export function byMonth<T>(build: (month: Month) => T): (month: Month) => T {
  const caches: Record<ParameterSetName, Map<Month, T>> = {
    loi: new Map(),
    'openfisca-176': new Map(),
  };
  return (month) => {
    const cache = caches[activeSet];
    let value = cache.get(month);
    if (value === undefined) {
      value = build(month);
      cache.set(month, value);
    }
    return value;
  };
}

/** The values of a group of parameters at a month, as a record of plain numbers. */
export function valuesAt<T extends Record<string, Parameter>>(
  group: T,
  month: Month,
): { [K in keyof T]: number } {
  // Built in one go (not key by key) so V8 keeps the record in fast mode: formulas read it in
  // their innermost loops.
  return Object.fromEntries(
    Object.entries(group).map(([key, parameter]) => [key, valueAt(parameter, month)]),
  ) as { [K in keyof T]: number };
}

/** A memoised `valuesAt` for one group: `const rsaAt = groupByMonth(rsaParameters)`. */
export function groupByMonth<T extends Record<string, Parameter>>(
  group: T,
): (month: Month) => { [K in keyof T]: number } {
  return byMonth((month) => valuesAt(group, month));
}
