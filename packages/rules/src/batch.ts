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
import { newMonthState, type MonthState } from './month-state.ts';
import { yearNMinus2 } from './periods.ts';
import { EVALUATED_MONTHS, type Population } from './population.ts';
import { allocateBenefit, type BenefitColumns } from './results.ts';
import { Tracer, type TraceNode } from './trace.ts';

/** The benefits of a batch for month M, one row per famille. */
export interface BatchResult {
  rsa: BenefitColumns;
  primeActivite: BenefitColumns;
  aidesLogement: BenefitColumns;
  /** `HousingAidType` code of the housing aid paid. */
  aideLogementType: Uint8Array;
  /** Complémentaire santé solidaire. */
  css: CssColumns;
  /** Allocation de rentrée scolaire of the school year starting in the year of M (annual). */
  ars: BenefitColumns;
  /** Chèque énergie of the year of M. */
  chequeEnergie: ChequeEnergieColumns;
  /** The population computed (its famille → individus layout reads the individual columns). */
  population: Population;
  /** The evaluated months, for debugging and explanations (index 3 is M). */
  states: MonthState[];
  /** Trace of the famille asked for with `traceIndex`. */
  trace?: TraceNode[];
}

/** Options of a batch computation. */
export interface BatchOptions {
  /** Row (famille) whose computation is traced; no trace when absent. */
  traceIndex?: number;
}

/**
 * Computes RSA, prime d'activité and housing aid for every famille of a population. The same
 * formulas serve one household (a population of one) and a microsimulation of millions.
 * Months M-3 … M are evaluated in order, each with the benefits the others depend on
 * (family benefits, AAH, ASI, ASPA count as resources; housing aid sets the forfait logement).
 */
export function computeBatch(pop: Population, options: BatchOptions = {}): BatchResult {
  const tracer = options.traceIndex === undefined ? undefined : new Tracer(options.traceIndex);
  const states: MonthState[] = [];
  const aahHistory: Float64Array[] = [];
  const noAsi = new Float64Array(pop.nPersons);
  const type = new Uint8Array(pop.nFamilies);
  const pfIndividuals: Float64Array[] = [];
  const aidesLogement = allocateBenefit(pop.nFamilies);
  for (let k = 0; k < EVALUATED_MONTHS; k++) {
    const s = newMonthState(pop, k, states[0]?.active);
    states.push(s);
    aahHistory.push(s.aah);
    const pfIndividual = new Float64Array(pop.nPersons);
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
  const rsa = allocateBenefit(pop.nFamilies);
  const primeActivite = allocateBenefit(pop.nFamilies);
  computeRsa(pop, states, rsa, tracer);
  computePrimeActivite(pop, states, primeActivite, tracer);
  const last = states[EVALUATED_MONTHS - 1]!;
  if (tracer) traceAidesLogement(last, tracer);
  for (let f = 0; f < pop.nFamilies; f++) {
    aidesLogement.amount[f] = last.aideLogement[f]!;
    aidesLogement.eligible[f] = last.aideLogement[f]! > 0 ? 1 : 0;
  }
  const css = allocateCss(pop.nFamilies);
  computeCss(pop, last, rsa.amount, css);
  const ars = allocateBenefit(pop.nFamilies);
  computeArs(pop, last, ars.amount, ars.reason);
  for (let f = 0; f < pop.nFamilies; f++) ars.eligible[f] = ars.amount[f]! > 0 ? 1 : 0;
  const chequeEnergie = allocateChequeEnergie(pop.nFamilies);
  computeChequeEnergie(pop, chequeEnergie);
  return {
    rsa,
    primeActivite,
    aidesLogement,
    aideLogementType: type,
    css,
    ars,
    chequeEnergie,
    population: pop,
    states,
    trace: tracer?.roots,
  };
}
