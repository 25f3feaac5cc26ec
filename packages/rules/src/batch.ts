import { computeAah } from './benefits/handicap-vieillesse/aah.ts';
import { computeAidesLogement } from './benefits/aides-logement/aides-logement.ts';
import { computeAidesLogementResources } from './benefits/aides-logement/aides-logement-resources.ts';
import { computeAspaAsi } from './benefits/handicap-vieillesse/aspa-asi.ts';
import {
  allocateChequeEnergie,
  computeChequeEnergie,
  type ChequeEnergieColumns,
} from './benefits/cheque-energie/cheque-energie.ts';
import { computeArs } from './benefits/ars/ars.ts';
import { allocateCss, computeCss, type CssColumns } from './benefits/css/css.ts';
import { computeCssPastYear, cssPastFamilies } from './benefits/css/css-past-months.ts';
import { computeFamilyResources } from './shared/family-resources.ts';
import { computePrestationsFamiliales } from './benefits/prestations-familiales/prestations-familiales.ts';
import {
  computePrimeActivite,
  computePrimeActiviteMonth,
  markPrimeActiviteMonth,
} from './benefits/prime-activite/prime-activite.ts';
import { computeRsa, markRsaLastMonth } from './benefits/rsa/rsa.ts';
import {
  computeRsaComposition,
  computeRsaIndividualResources,
} from './benefits/rsa/rsa-resources.ts';
import { birthEpochDays, disabledFamilies, newMonthState, type MonthState } from './month-state.ts';
import { freshColumns, type ColumnPool, type Columns } from './columns.ts';
import { yearNMinus2 } from './periods.ts';
import { EVALUATED_MONTHS, saveDwelling, useDwellingOf, type Population } from './population.ts';
import { allocateBenefit, type BenefitColumns } from './results.ts';
import { Tracer, type TraceNode } from './trace.ts';

/**
 * RSA, prime d'activité and housing aid of a batch for month M, one row per famille, with the
 * months evaluated to compute them.
 */
export interface CoreBatchResult {
  rsa: BenefitColumns;
  primeActivite: BenefitColumns;
  aidesLogement: BenefitColumns;
  /** `HousingAidType` code of the housing aid paid. */
  aideLogementType: Uint8Array;
  /** The population computed (its famille → individus layout reads the individual columns). */
  population: Population;
  /**
   * The evaluated months, for debugging and explanations (index 3 is M); month M holds the
   * family benefits, AAH, ASI and ASPA.
   */
  states: MonthState[];
  /** Year N-2 resources of each individu for the family benefits of month M. */
  pfIndividual: Float64Array;
  /** Birth dates as days since 1970-01-01. */
  birthDays: Float64Array;
  /** Trace of the famille asked for with `traceIndex`. */
  trace?: TraceNode[];
}

/** Every benefit of a batch for month M, one row per famille. */
export interface BatchResult extends CoreBatchResult {
  /** Complémentaire santé solidaire. */
  css: CssColumns;
  /** Allocation de rentrée scolaire of the school year starting in the year of M (annual). */
  ars: BenefitColumns;
  /** Chèque énergie of the year of M. */
  chequeEnergie: ChequeEnergieColumns;
}

/** Options of a batch computation. */
export interface BatchOptions {
  /** Row (famille) whose computation is traced; no trace when absent. */
  traceIndex?: number;
  /**
   * Memory reused from batch to batch (the result is only valid until the next batch computed
   * with the same pool); new columns when absent.
   */
  pool?: ColumnPool;
  /**
   * Computes the Complémentaire santé solidaire's past months month by month for every famille,
   * not only those that need it (tests compare both ways).
   */
  allPastMonths?: boolean;
}

/**
 * Computes every benefit for every famille of a population. The same formulas serve one
 * household (a population of one) and a microsimulation of millions.
 */
export function computeBatch(pop: Population, options: BatchOptions = {}): BatchResult {
  return completeBatch(computeCoreBatch(pop, options), options);
}

/**
 * Computes RSA, prime d'activité and housing aid for every famille of a population. Months
 * M-3 … M are evaluated in order, each with the benefits the others depend on (family benefits,
 * AAH, ASI, ASPA count as resources; housing aid sets the forfait logement).
 */
export function computeCoreBatch(pop: Population, options: BatchOptions = {}): CoreBatchResult {
  const tracer = options.traceIndex === undefined ? undefined : new Tracer(options.traceIndex);
  options.pool?.reset();
  const columns: Columns = options.pool ?? freshColumns;
  const birthDays = birthEpochDays(pop, columns);
  const states: MonthState[] = [];
  const aahHistory: Float64Array[] = [];
  const noAsi = columns.f64(pop.nPersons);
  const type = columns.u8(pop.nFamilies);
  const pfIndividuals: Float64Array[] = [];
  const aidesLogement = allocateBenefit(pop.nFamilies, columns);
  const disabled = disabledFamilies(pop, columns.u8(pop.nFamilies));
  // A famille that moved in the window is housed, each month, where it lived that month.
  const dwellingOfM = saveDwelling(pop);
  for (let k = 0; k < EVALUATED_MONTHS; k++) {
    const offset = EVALUATED_MONTHS - 1 - k;
    useDwellingOf(pop, k, dwellingOfM);
    // Months before M compute only the familles they matter for: those whose AAH or ASI may be
    // paid (counted by RSA), and those whose monthly prime d'activité may be positive.
    let active: Uint8Array | undefined;
    if (offset > 0) {
      active = columns.u8(pop.nFamilies);
      active.set(disabled);
      markPrimeActiviteMonth(pop, pop.month - offset, offset, active);
      // M-1 also for the familles whose RSA of M-1 may neutralise their housing aid of M.
      if (offset === 1) markRsaLastMonth(pop, active);
      if (tracer) active[tracer.index] = 1;
    }
    const s = newMonthState(pop, k, columns, birthDays, active);
    states.push(s);
    aahHistory.push(s.aah);
    const pfIndividual = columns.f64(pop.nPersons);
    // Family benefits read year N-2: an earlier month shares the individual resources of the
    // familles it computed with the next month of the same income year.
    const previous = states[k - 1];
    const sameYear =
      previous && offset > 0 && yearNMinus2(previous.month) === yearNMinus2(s.month)
        ? { individual: pfIndividuals[k - 1]!, active: previous.active }
        : undefined;
    computeFamilyResources(pop, s, pfIndividual, sameYear);
    pfIndividuals.push(pfIndividual);
    computePrestationsFamiliales(pop, s, pfIndividual, tracer);
    // The AAH does not add to last month's ASI; that ASI counts the AAH of the quarter.
    computeAah(pop, s, k > 0 ? states[k - 1]!.asi : noAsi, tracer);
    computeAspaAsi(pop, s, aahHistory, tracer);
    if (k === 0) computeAah(pop, s, s.asi);
    computeRsaIndividualResources(pop, s);
    computeRsaComposition(pop, s);
    // Month M: the RSA of M-1 neutralises the parents' earnings for housing aid (R822-17 CCH).
    // It is computed for the familles evaluated in M-1, with the housing aid of M-1 taken
    // without that neutralisation, as OpenFisca cuts the RSA ↔ housing aid recursion there.
    let rsaLastMonth: Float64Array | undefined;
    if (k === EVALUATED_MONTHS - 1) {
      const lastMonth = allocateBenefit(pop.nFamilies, columns);
      computeRsa(pop, states, lastMonth, undefined, k - 1);
      rsaLastMonth = lastMonth.amount;
    }
    computeAidesLogementResources(pop, s, rsaLastMonth);
    computeAidesLogement(pop, s, pfIndividual, type, aidesLogement.reason, tracer);
    if (k < EVALUATED_MONTHS - 1) computePrimeActiviteMonth(pop, s);
  }
  const rsa = allocateBenefit(pop.nFamilies, columns);
  const primeActivite = allocateBenefit(pop.nFamilies, columns);
  computeRsa(pop, states, rsa, tracer);
  computePrimeActivite(pop, states, primeActivite, tracer);
  const last = states[EVALUATED_MONTHS - 1]!;
  paid(last.aideLogement, aidesLogement);
  return {
    rsa,
    primeActivite,
    aidesLogement,
    aideLogementType: type,
    population: pop,
    states,
    pfIndividual: pfIndividuals[EVALUATED_MONTHS - 1]!,
    birthDays,
    trace: tracer?.roots,
  };
}

/** Copies a benefit's monthly amounts into its result columns, eligible when paid. */
function paid(amounts: Float64Array, out: BenefitColumns): void {
  for (let f = 0; f < amounts.length; f++) {
    out.amount[f] = amounts[f]!;
    out.eligible[f] = amounts[f]! > 0 ? 1 : 0;
  }
}

/**
 * Adds the benefits nothing else depends on — Complémentaire santé solidaire, allocation de
 * rentrée scolaire, chèque énergie — to the result of `computeCoreBatch` (with the same options).
 */
export function completeBatch(core: CoreBatchResult, options: BatchOptions = {}): BatchResult {
  const pop = core.population;
  const columns: Columns = options.pool ?? freshColumns;
  const last = core.states[EVALUATED_MONTHS - 1]!;
  const tracer = options.traceIndex === undefined ? undefined : new Tracer(options.traceIndex);
  const css = allocateCss(pop.nFamilies, columns);
  // The benefits of the twelve months before M, month by month, for the familles that need it.
  const exact = columns.u8(pop.nFamilies);
  const past =
    options.allPastMonths === true
      ? (exact.fill(1), computeCssPastYear(pop, exact, columns, true))
      : cssPastFamilies(pop, last.age, core.birthDays, core.rsa.amount, exact) > 0
        ? computeCssPastYear(pop, exact, columns)
        : undefined;
  computeCss(pop, last, core.rsa.amount, css, columns, tracer, past);
  const ars = allocateBenefit(pop.nFamilies, columns);
  computeArs(pop, last, core.birthDays, ars, tracer);
  const chequeEnergie = allocateChequeEnergie(pop.nFamilies, columns);
  computeChequeEnergie(pop, chequeEnergie, tracer);
  // Field by field rather than a spread: the result keeps one shape batch after batch.
  return {
    rsa: core.rsa,
    primeActivite: core.primeActivite,
    aidesLogement: core.aidesLogement,
    aideLogementType: core.aideLogementType,
    population: pop,
    states: core.states,
    pfIndividual: core.pfIndividual,
    birthDays: core.birthDays,
    trace: tracer && core.trace ? [...core.trace, ...tracer.roots] : core.trace,
    css,
    ars,
    chequeEnergie,
  };
}
