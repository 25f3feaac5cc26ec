import { freshColumns, type Columns } from '../../columns.ts';
import { Housing, Marital, Role } from '../../entities.ts';
import { byMonth, groupByMonth } from '../../parameters.ts';
import { yearNMinus2, type Month } from '../../periods.ts';
import { Extra, yearlyAt, type Population, Y } from '../../population.ts';
import { microLiberatoire, microRates, microTaxable } from '../../shared/micro-resources.ts';
import { chequeEnergieParameters as ce, rfrParameters } from './cheque-energie-parameters.ts';
import type { Tracer } from '../../trace.ts';
import { traceChequeEnergie } from './cheque-energie-trace.ts';
import {
  elderlyAllowance,
  pensionsAfterAllowance,
  salariesAfterDeduction,
  taxAllowances,
} from '../../shared/tax-allowances.ts';

const ceAt = groupByMonth(ce);
const rfrAt = groupByMonth(rfrParameters);

/** Chèque énergie of each famille's dwelling for the year of M. */
export interface ChequeEnergieColumns {
  /** Annual amount in euros. */
  amount: Float64Array;
  /** Revenu fiscal de référence of year N-2 (given, or computed from the taxable incomes). */
  rfr: Float64Array;
  /** Consumption units of the dwelling. */
  units: Float64Array;
  /** First reason of ineligibility, see `chequeEnergieReasons`. */
  reason: Uint8Array;
}

/** Why a household gets no chèque énergie, by code. */
export const chequeEnergieReasons = [
  '',
  'Le chèque énergie est attribué au logement dont on est locataire ou propriétaire, pas à une personne hébergée.',
  'Le revenu fiscal de référence par unité de consommation dépasse le plafond.',
] as const;

/** Allocates zeroed chèque énergie columns for n familles. */
export function allocateChequeEnergie(
  n: number,
  columns: Columns = freshColumns,
): ChequeEnergieColumns {
  return {
    amount: columns.f64(n),
    rfr: columns.f64(n),
    units: columns.f64(n),
    reason: columns.u8(n),
  };
}

const HOUSED = new Set<number>([
  Housing.locataire_hlm,
  Housing.locataire_vide,
  Housing.locataire_meuble,
  Housing.proprietaire,
  Housing.primo_accedant,
]);

/**
 * Chèque énergie (L124-1 code de l'énergie) for the year of M: a household renting or owning its
 * home, whose revenu fiscal de référence of year N-2 per consumption unit (1, 0.5 for the second
 * person, 0.3 for each other) is under the ceiling, gets the amount of its band. The RFR is the
 * one given for the famille's foyers fiscaux (`Population.rfr`), or else computed from the taxable
 * incomes (`revenuFiscalDeReference`).
 */
export function computeChequeEnergie(
  pop: Population,
  out: ChequeEnergieColumns,
  tracer?: Tracer,
): void {
  const m = pop.month;
  const P = ceAt(m);
  const rfrScales = rfrScalesAt(m);
  const scaleOneUnit = [P.uneUc1, P.uneUc2, P.uneUc3, P.uneUc4];
  const scaleUnderTwo = [P.deuxUc1, P.deuxUc2, P.deuxUc3, P.deuxUc4];
  const scaleTwoPlus = [P.plusUc1, P.plusUc2, P.plusUc3, P.plusUc4];
  for (let f = 0; f < pop.nFamilies; f++) {
    const given = pop.rfr[f]!;
    const rfr = Number.isNaN(given) ? rfrOf(pop, f, rfrScales) : given;
    const n = pop.personCount[f]!;
    const units = P.ucPremiere + (n > 1 ? P.ucDeuxieme : 0) + (n > 2 ? P.ucAutres * (n - 2) : 0);
    out.rfr[f] = rfr;
    out.units[f] = units;
    // The dwelling occupied on 1 January of the year (R124-1 code de l'énergie).
    const january = pop.housingJanuary[f]!;
    const housed = HOUSED.has(january > 0 ? january - 1 : pop.housing[f]!);
    const perUnit = rfr / units;
    if (!housed) out.reason[f] = 1;
    else if (perUnit >= P.plafond) out.reason[f] = 2;
    else {
      const band = perUnit < P.seuil1 ? 0 : perUnit < P.seuil2 ? 1 : perUnit < P.seuil3 ? 2 : 3;
      const scale = units <= 1 ? scaleOneUnit : units < 2 ? scaleUnderTwo : scaleTwoPlus;
      out.amount[f] = scale[band]!;
    }
    if (tracer?.index === f)
      traceChequeEnergie(tracer, pop, out, { housed, given: !Number.isNaN(given), perUnit });
  }
}

/**
 * Revenu fiscal de référence of year N-2 of the famille's foyers fiscaux, summed: salaries and
 * unemployment benefit after the 10 % deduction, pensions, invalidity pensions and alimony after
 * the 10 % allowance, minus the allowance for a declarant aged 65 (art. 157 bis CGI). A couple
 * neither married nor pacsé files two returns, the children on the demandeur's.
 */
export function revenuFiscalDeReference(pop: Population, f: number): number {
  return rfrOf(pop, f, rfrScalesAt(pop.month));
}

/** What the RFR of year N-2 reads, once per month M: the year, its tax allowances, the 65+ allowance. */
const rfrScalesAt = byMonth((m: Month) => {
  const year = yearNMinus2(m);
  return {
    year,
    tax: taxAllowances(year * 12 + 11),
    A: rfrAt(year * 12),
    micro: microRates(year * 12),
  };
});

function rfrOf(pop: Population, f: number, scales: ReturnType<typeof rfrScalesAt>): number {
  const { year, tax, A, micro } = scales;
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let joint = false;
  for (let i = first; i < last; i++)
    if (pop.marital[i] === Marital.marie || pop.marital[i] === Marital.pacse) joint = true;
  let total = 0;
  // Foyer 0: the demandeur, the children (and the conjoint when joint); foyer 1: the conjoint.
  for (let foyer = 0; foyer < (joint ? 1 : 2); foyer++) {
    let income = 0;
    let liberatoire = 0;
    let declarantAge = -1; // the eldest declarant's age on 1 January
    for (let i = first; i < last; i++) {
      const inFoyer = pop.role[i] === Role.conjoint ? joint || foyer === 1 : foyer === 0;
      if (!inFoyer) continue;
      const declarant = pop.role[i] !== Role.enfant;
      if (declarant) declarantAge = Math.max(declarantAge, year - pop.birthYear[i]! - 1);
      const pay =
        yearlyAt(pop, Y.salaireImposableN2, i, 3) + yearlyAt(pop, Y.chomageImposableN2, i, 3);
      const pensions =
        yearlyAt(pop, Y.retraiteImposableN2, i, 3) +
        yearlyAt(pop, Y.pensionsInvaliditeN2, i, 3) +
        yearlyAt(pop, Y.pensionsAlimentairesN2, i, 3);
      income += salariesAfterDeduction(pay, tax) + pensionsAfterAllowance(pensions, tax);
      // Micro-entrepreneur: taxable micro profit, and the profit taxed at the flat rate of the
      // « versement libératoire » (in the RFR, art. 1417 IV CGI).
      if (pop.extra[i]! & Extra.micro) {
        income += microTaxable(pop, i, year, micro);
        liberatoire += microLiberatoire(pop, i, year, micro);
      }
    }
    if (declarantAge < 0) continue;
    // OpenFisca grants the allowance once per foyer when either declarant is 65 (its boolean sum
    // is an "or"); the law doubles it when both are (docs/divergences.md).
    total += Math.max(0, income - elderlyAllowance(income, declarantAge, A)) + liberatoire;
  }
  return total;
}
