import { freshColumns, type Columns } from './columns.ts';
import type { Month } from './periods.ts';

/**
 * Number of monthly values kept per resource, ending with the month simulated. The
 * Complémentaire santé solidaire counts the benefits of each of the twelve months before M
 * (M-12 … M-1, R861-8 CSS); each of those months tests the financial autonomy of a child over
 * its six previous months (R512-2 CSS): nineteen months, M-18 … M.
 */
export const WINDOW = 19;

/** The monthly resources of an individu that formulas read, OpenFisca names in comments. */
export const MONTHLY_RESOURCES = [
  'salaireNet', // salaire_net
  'salaireImposable', // salaire_imposable
  'salaireDeBase', // salaire_de_base (gross)
  'chomageNet', // chomage_net
  'chomageImposable', // chomage_imposable
  'retraiteNette', // retraite_nette
  'retraiteImposable', // retraite_imposable
  'retraiteBrute', // retraite_brute
  'pensionsInvalidite', // pensions_invalidite
  'pensionsAlimentaires', // pensions_alimentaires_percues
  'ass', // ass (allocation de solidarité spécifique paid)
  'livretA', // livret_a (balance)
  'epargneNonImposable', // epargne_revenus_non_imposables (balance)
  'epargneImposable', // epargne_revenus_imposables (balance)
  'revenusCapital', // revenus_capital
  'remunerationApprenti', // remuneration_apprenti
  'caBic', // rpns_auto_entrepreneur_CA_bic (services, versement libératoire)
  'caBnc', // rpns_auto_entrepreneur_CA_bnc
  'caVente', // rpns_auto_entrepreneur_CA_achat_revente
] as const;
export type MonthlyResource = (typeof MONTHLY_RESOURCES)[number];

/** Index of each monthly resource in `Population.monthlyData` (formulas read `R.salaireNet`). */
export const R = Object.fromEntries(MONTHLY_RESOURCES.map((r, k) => [r, k])) as {
  readonly [K in MonthlyResource]: number;
};

/**
 * Resources taken over a year rather than a month, computed once for each month M-12 … M: the
 * housing-aid rolling year and the fiscal years N-1, N-2.
 */
export const YEARLY_RESOURCES = [
  'salaireImposableRolling', // housing aid, M-13 … M-2
  'chomageImposableRolling',
  'retraiteImposableRolling',
  'pensionsAlimentairesN1', // housing aid, year N-1
  'pensionsInvaliditeN2', // housing aid, year N-2
  'salaireImposableN2', // family benefits and AAH, year N-2
  'chomageImposableN2',
  'retraiteImposableN2',
  'pensionsAlimentairesN2',
  'revenusCapitalN2', // prime d'activité, year N-2
] as const;
export type YearlyResource = (typeof YEARLY_RESOURCES)[number];

/** Index of each yearly resource in `Population.yearlyData` (formulas read `Y.salaireImposableN2`). */
export const Y = Object.fromEntries(YEARLY_RESOURCES.map((r, k) => [r, k])) as {
  readonly [K in YearlyResource]: number;
};

/** Number of months evaluated per simulation: M-3, M-2, M-1 (prime d'activité) and M. */
export const EVALUATED_MONTHS = 4;

/**
 * Months before M-3 whose benefits the Complémentaire santé solidaire may need (M-12 … M-4),
 * evaluated only for the familles that need them (`css-past-months.ts`). Their index k runs
 * from -PAST_MONTHS to -1, before the evaluated months 0 … 3.
 */
export const PAST_MONTHS = 9;

/** Number of yearly sums kept per resource: one for each month M-12 … M (`yearlyAt` k = -9 … 3). */
export const YEARLY_SLOTS = PAST_MONTHS + EVALUATED_MONTHS;

/**
 * Yearly tax boxes of a micro-entrepreneur (OpenFisca names), given by year: turnover under the
 * « versement libératoire » (`ebic_*`, `ebnc_impo`) and under the plain micro regime (`mbic_*`,
 * `mbnc_impo`).
 */
export const MICRO_BOXES = [
  'ebic_imps',
  'ebic_impv',
  'ebnc_impo',
  'mbic_imps',
  'mbic_impv',
  'mbnc_impo',
] as const;
export type MicroBox = (typeof MICRO_BOXES)[number];
/** Index of each box in `Population.micro`. */
export const MB = Object.fromEntries(MICRO_BOXES.map((b, k) => [b, k])) as {
  readonly [K in MicroBox]: number;
};
/** Bits of `Population.extra`. */
export const Extra = {
  /** Savings balances or capital income in some month. */
  capital: 1,
  /** Micro-entrepreneur turnover (monthly) or yearly boxes. */
  micro: 2,
  /** Allocation de solidarité spécifique in some month. */
  ass: 4,
  /** Apprentice's pay in some month. */
  apprenti: 8,
} as const;

/** Years kept for the micro boxes: the year of M and the three before. */
export const MICRO_YEARS = 4;

/**
 * N familles and their individus as columns (typed arrays). Individus are stored famille by
 * famille: those of famille f are `firstPerson[f] … firstPerson[f] + personCount[f] - 1`.
 * A single household is a population of one famille.
 */
export interface Population {
  /** The month simulated (M). */
  month: Month;
  nFamilies: number;
  nPersons: number;

  // famille columns (the ménage's data is copied on each famille living in it)
  firstPerson: Int32Array;
  personCount: Int32Array;
  /** Housing-aid zone 1, 2 or 3 (from the commune). */
  zone: Uint8Array;
  /** `Housing` code. */
  housing: Uint8Array;
  /**
   * `Housing` code on 1 January of the year of M plus one (0: not given, the housing of M holds):
   * the chèque énergie judges the dwelling on that day.
   */
  housingJanuary: Uint8Array;
  /**
   * The dwelling of M-3, M-2, M-1 when the famille moved (`housingVaries`): `Housing` code, rent
   * and zone at `[k * nFamilies + f]`, k = 0 … 2. Each month's housing aid and forfait logement
   * read that month's dwelling.
   */
  housingBefore: Uint8Array;
  rentBefore: Float64Array;
  zoneBefore: Uint8Array;
  housingVaries: boolean;
  /** Monthly rent (loyer), excluding charges. */
  rent: Float64Array;
  /** Colocation (shared tenancy). */
  coloc: Uint8Array;
  /** The dwelling is a room (chambre). */
  room: Uint8Array;
  /**
   * Isolement récent (L262-9 CASF: a parent alone for less than 18 months with a child), bit k
   * set for evaluated month k (0 = M-3 … 3 = M).
   */
  isolementRecent: Uint8Array;
  /**
   * Revenu fiscal de référence of year N-2 of the famille's foyers fiscaux when given (summed),
   * NaN when not: the chèque énergie then computes it from the taxable incomes.
   */
  rfr: Float64Array;
  /**
   * Home buyers (accession): the day the loan was signed (days since 1970-01-01; the conventionné
   * loan's date when given), NaN when unknown.
   */
  loanDay: Float64Array;
  /** The loan is conventionné (PAS, PC). */
  loanConventionne: Uint8Array;
  /** `EtatLogement` code of the dwelling bought. */
  etatLogement: Uint8Array;
  /**
   * 1 when a monthly input of a member changes over the window (M-18 … M): the benefits of the
   * months before M cannot then be derived from those of M.
   */
  changing: Uint8Array;

  // individu columns
  famille: Int32Array;
  /** `Role` code. */
  role: Uint8Array;
  birthYear: Int32Array;
  birthMonth: Int32Array;
  birthDay: Int32Array;
  /** `Activite` code in month M. */
  activite: Uint8Array;
  /**
   * `Activite` code in M-3, M-2, M-1 (`activiteBefore[k * nPersons + i]`, k = 0 … 2), read only
   * when `activiteVaries`: otherwise each month has the activity of M.
   */
  activiteBefore: Uint8Array;
  activiteVaries: boolean;
  /** `Marital` code in month M. */
  marital: Uint8Array;
  handicap: Uint8Array;
  /** Incapacity rate as a fraction (0.8 for 80 %). */
  incapacity: Float64Array;
  /** Restriction substantielle et durable d'accès à l'emploi (AAH with 50–79 %). */
  rsdae: Uint8Array;
  /** Student with a grant (boursier), for the housing-aid student flat amount. */
  boursier: Uint8Array;
  /** Start of unemployment as days since 1970-01-01, or NaN when unknown. */
  unemploymentStart: Float64Array;
  /** Apprentice (apprenti), bit k set for evaluated month k (0 = M-3 … 3 = M). */
  apprenti: Uint8Array;
  /**
   * Micro-entrepreneur yearly boxes: `micro[(b * MICRO_YEARS + y) * nPersons + i]` for box b
   * (`MB`) and year y = 0 … 3 (the year of M minus 3 … the year of M).
   */
  micro: Float64Array;
  /**
   * What an individu holds beyond pay and replacement income (`Extra` bits): savings or capital
   * income, micro-entrepreneur turnover. Formulas skip those rules for the others.
   */
  extra: Uint8Array;

  /** Monthly values: `monthly[r][w * nPersons + i]`, w = 0 … WINDOW-1 for months M-18 … M. */
  monthly: Record<MonthlyResource, Float64Array>;
  /**
   * Yearly sums: `yearly[r][slot * nPersons + i]` for slot = 0 … YEARLY_SLOTS-1, months M-12 … M
   * (read with `yearlyAt`, by evaluated month k = slot - PAST_MONTHS).
   */
  yearly: Record<YearlyResource, Float64Array>;
  /** All monthly columns in one buffer (`monthly[r]` are views on it), indexed by `R`. */
  monthlyData: Float64Array;
  /** All yearly columns in one buffer (`yearly[r]` are views on it), indexed by `Y`. */
  yearlyData: Float64Array;
}

/**
 * Allocates a zero-filled population; adapters and generators then fill the columns. A
 * `ColumnPool` as `columns` reuses the memory of the previous population built with it.
 */
export function allocatePopulation(
  month: Month,
  nFamilies: number,
  nPersons: number,
  columns: Columns = freshColumns,
): Population {
  // One buffer per kind keeps reads in the formulas to a single typed-array access.
  const monthlyData = columns.f64(MONTHLY_RESOURCES.length * WINDOW * nPersons);
  const monthly = {} as Record<MonthlyResource, Float64Array>;
  MONTHLY_RESOURCES.forEach((r, k) => {
    monthly[r] = monthlyData.subarray(k * WINDOW * nPersons, (k + 1) * WINDOW * nPersons);
  });
  const yearlyData = columns.f64(YEARLY_RESOURCES.length * YEARLY_SLOTS * nPersons);
  const yearly = {} as Record<YearlyResource, Float64Array>;
  YEARLY_RESOURCES.forEach((r, k) => {
    yearly[r] = yearlyData.subarray(k * YEARLY_SLOTS * nPersons, (k + 1) * YEARLY_SLOTS * nPersons);
  });
  return {
    month,
    nFamilies,
    nPersons,
    firstPerson: columns.i32(nFamilies),
    personCount: columns.i32(nFamilies),
    zone: columns.u8(nFamilies),
    housing: columns.u8(nFamilies),
    housingJanuary: columns.u8(nFamilies),
    housingBefore: columns.u8((EVALUATED_MONTHS - 1) * nFamilies),
    rentBefore: columns.f64((EVALUATED_MONTHS - 1) * nFamilies),
    zoneBefore: columns.u8((EVALUATED_MONTHS - 1) * nFamilies),
    housingVaries: false,
    rent: columns.f64(nFamilies),
    coloc: columns.u8(nFamilies),
    room: columns.u8(nFamilies),
    isolementRecent: columns.u8(nFamilies),
    rfr: columns.f64(nFamilies).fill(Number.NaN),
    loanDay: columns.f64(nFamilies).fill(Number.NaN),
    loanConventionne: columns.u8(nFamilies),
    etatLogement: columns.u8(nFamilies),
    changing: columns.u8(nFamilies),
    famille: columns.i32(nPersons),
    role: columns.u8(nPersons),
    birthYear: columns.i32(nPersons),
    birthMonth: columns.i32(nPersons),
    birthDay: columns.i32(nPersons),
    activite: columns.u8(nPersons),
    activiteBefore: columns.u8((EVALUATED_MONTHS - 1) * nPersons),
    activiteVaries: false,
    marital: columns.u8(nPersons),
    handicap: columns.u8(nPersons),
    incapacity: columns.f64(nPersons),
    rsdae: columns.u8(nPersons),
    boursier: columns.u8(nPersons),
    unemploymentStart: columns.f64(nPersons).fill(Number.NaN),
    apprenti: columns.u8(nPersons),
    micro: columns.f64(MICRO_BOXES.length * MICRO_YEARS * nPersons),
    extra: columns.u8(nPersons),
    monthly,
    yearly,
    monthlyData,
    yearlyData,
  };
}

/** Value of a monthly resource for individu `i`, `offset` months before M (0 = M). */
export function monthlyAt(pop: Population, r: number, i: number, offset: number): number {
  return pop.monthlyData[(r * WINDOW + WINDOW - 1 - offset) * pop.nPersons + i]!;
}

/** Sum of a monthly resource over `count` months ending `offsetEnd` months before M. */
export function monthlySum(
  pop: Population,
  r: number,
  i: number,
  offsetEnd: number,
  count: number,
): number {
  const column = pop.monthlyData;
  const n = pop.nPersons;
  let index = (r * WINDOW + WINDOW - 1 - offsetEnd) * n + i;
  let sum = 0;
  for (let k = 0; k < count; k++, index -= n) sum += column[index]!;
  return sum;
}

/**
 * `monthlySum` for every individu at once, into `out` (allocated when absent). Reading the
 * column month by month keeps memory access sequential, far faster than one individu at a time
 * over a long window; the months are added in the same order, so the sums are identical. Twelve
 * months (the CSS year) are read in one pass over the individus.
 */
export function monthlySums(
  pop: Population,
  r: number,
  offsetEnd: number,
  count: number,
  out = new Float64Array(pop.nPersons),
): Float64Array {
  const column = pop.monthlyData;
  const n = pop.nPersons;
  const base = (r * WINDOW + WINDOW - 1 - offsetEnd) * n;
  if (count === 12) {
    for (let i = 0, b = base; i < n; i++, b++) {
      let sum = 0;
      sum += column[b]!;
      sum += column[b - n]!;
      sum += column[b - 2 * n]!;
      sum += column[b - 3 * n]!;
      sum += column[b - 4 * n]!;
      sum += column[b - 5 * n]!;
      sum += column[b - 6 * n]!;
      sum += column[b - 7 * n]!;
      sum += column[b - 8 * n]!;
      sum += column[b - 9 * n]!;
      sum += column[b - 10 * n]!;
      sum += column[b - 11 * n]!;
      out[i] = sum;
    }
    return out;
  }
  out.fill(0);
  for (let k = 0; k < count; k++) {
    const row = base - k * n;
    for (let i = 0; i < n; i++) out[i]! += column[row + i]!;
  }
  return out;
}

/**
 * Yearly sum of a resource for individu `i` as seen from evaluated month k (0 = M-3 … 3 = M;
 * -9 … -1 for M-12 … M-4).
 */
export function yearlyAt(pop: Population, r: number, i: number, k: number): number {
  return pop.yearlyData[(r * YEARLY_SLOTS + k + PAST_MONTHS) * pop.nPersons + i]!;
}

/** Micro box b (`MB`) of individu i for the given calendar year (0 outside the years kept). */
export function microAt(pop: Population, b: number, i: number, year: number): number {
  const y = year - (Math.floor(pop.month / 12) - (MICRO_YEARS - 1));
  if (y < 0 || y >= MICRO_YEARS) return 0;
  return pop.micro[(b * MICRO_YEARS + y) * pop.nPersons + i]!;
}

/**
 * Puts the dwelling of evaluated month k (0 = M-3 … 3 = M) in `housing`, `rent` and `zone`, which
 * the formulas read, when the famille moved in the window; `dwellingOfM` holds the dwelling of M
 * (`saveDwelling`). A no-op when nobody moved.
 */
export function useDwellingOf(pop: Population, k: number, dwellingOfM: Dwelling | undefined): void {
  if (!dwellingOfM) return;
  const n = pop.nFamilies;
  if (k === EVALUATED_MONTHS - 1) {
    pop.housing.set(dwellingOfM.housing);
    pop.rent.set(dwellingOfM.rent);
    pop.zone.set(dwellingOfM.zone);
    return;
  }
  pop.housing.set(pop.housingBefore.subarray(k * n, (k + 1) * n));
  pop.rent.set(pop.rentBefore.subarray(k * n, (k + 1) * n));
  pop.zone.set(pop.zoneBefore.subarray(k * n, (k + 1) * n));
}

/** A copy of the dwelling of M. */
export interface Dwelling {
  housing: Uint8Array;
  rent: Float64Array;
  zone: Uint8Array;
}

/** The dwelling of M, kept aside while earlier months are computed; undefined when nobody moved. */
export function saveDwelling(pop: Population): Dwelling | undefined {
  if (!pop.housingVaries) return undefined;
  return { housing: pop.housing.slice(), rent: pop.rent.slice(), zone: pop.zone.slice() };
}
