import { computeAah } from './benefits/aah.ts';
import { computeAidesLogement } from './benefits/aides-logement.ts';
import { computeAidesLogementResources } from './benefits/aides-logement-resources.ts';
import { traceAidesLogement } from './benefits/aides-logement-trace.ts';
import { computeAspaAsi } from './benefits/aspa-asi.ts';
import {
  allocateChequeEnergie,
  computeChequeEnergie,
  type ChequeEnergieColumns,
} from './benefits/cheque-energie.ts';
import { computeArs } from './benefits/ars.ts';
import { allocateCss, computeCss, type CssColumns } from './benefits/css.ts';
import { computeFamilyResources } from './benefits/family-resources.ts';
import { computePrestationsFamiliales } from './benefits/prestations-familiales.ts';
import { computePrimeActivite, computePrimeActiviteMonth } from './benefits/prime-activite.ts';
import { computeRsa } from './benefits/rsa.ts';
import { computeRsaComposition, computeRsaIndividualResources } from './benefits/rsa-resources.ts';
import { birthEpochDays, newMonthState, type MonthState } from './month-state.ts';
import { freshColumns, type ColumnPool, type Columns } from './columns.ts';
import { yearNMinus2 } from './periods.ts';
import { EVALUATED_MONTHS, type Population } from './population.ts';
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
  for (let k = 0; k < EVALUATED_MONTHS; k++) {
    const s = newMonthState(pop, k, columns, birthDays, states[0]?.active);
    states.push(s);
    aahHistory.push(s.aah);
    const pfIndividual = columns.f64(pop.nPersons);
    // Family benefits read year N-2: the earlier months (which compute the same familles) share
    // the individual resources of one income year.
    const sameYear =
      k > 0 &&
      k < EVALUATED_MONTHS - 1 &&
      yearNMinus2(states[k - 1]!.month) === yearNMinus2(s.month)
        ? pfIndividuals[k - 1]
        : undefined;
    computeFamilyResources(pop, s, pfIndividual, sameYear);
    pfIndividuals.push(pfIndividual);
    computePrestationsFamiliales(pop, s, pfIndividual);
    // The AAH does not add to last month's ASI; that ASI counts the AAH of the quarter.
    computeAah(pop, s, k > 0 ? states[k - 1]!.asi : noAsi);
    computeAspaAsi(pop, s, aahHistory);
    if (k === 0) computeAah(pop, s, s.asi);
    computeRsaIndividualResources(pop, s);
    computeRsaComposition(pop, s);
    computeAidesLogementResources(pop, s);
    computeAidesLogement(pop, s, pfIndividual, type, aidesLogement.reason);
    if (k < EVALUATED_MONTHS - 1) computePrimeActiviteMonth(pop, s);
  }
  const rsa = allocateBenefit(pop.nFamilies, columns);
  const primeActivite = allocateBenefit(pop.nFamilies, columns);
  computeRsa(pop, states, rsa, tracer);
  computePrimeActivite(pop, states, primeActivite, tracer);
  const last = states[EVALUATED_MONTHS - 1]!;
  if (tracer) traceAidesLogement(last, tracer);
  for (let f = 0; f < pop.nFamilies; f++) {
    aidesLogement.amount[f] = last.aideLogement[f]!;
    aidesLogement.eligible[f] = last.aideLogement[f]! > 0 ? 1 : 0;
  }
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

/**
 * Adds the benefits nothing else depends on — Complémentaire santé solidaire, allocation de
 * rentrée scolaire, chèque énergie — to the result of `computeCoreBatch` (with the same options).
 */
export function completeBatch(core: CoreBatchResult, options: BatchOptions = {}): BatchResult {
  const pop = core.population;
  const columns: Columns = options.pool ?? freshColumns;
  const last = core.states[EVALUATED_MONTHS - 1]!;
  const css = allocateCss(pop.nFamilies, columns);
  computeCss(pop, last, core.rsa.amount, css, columns);
  const ars = allocateBenefit(pop.nFamilies, columns);
  computeArs(pop, last, core.birthDays, ars.amount, ars.reason);
  for (let f = 0; f < pop.nFamilies; f++) ars.eligible[f] = ars.amount[f]! > 0 ? 1 : 0;
  const chequeEnergie = allocateChequeEnergie(pop.nFamilies, columns);
  computeChequeEnergie(pop, chequeEnergie);
  return { ...core, css, ars, chequeEnergie };
}
