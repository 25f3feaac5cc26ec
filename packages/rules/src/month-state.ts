import { Activite } from './entities.ts';
import type { Columns } from './columns.ts';
import { epochDays, type Month } from './periods.ts';
import { EVALUATED_MONTHS, Extra, monthlySum, R, WINDOW, type Population } from './population.ts';
import { valueAt } from './parameters.ts';
import { commonParameters as common } from '../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './benefits/prestations-familiales/prestations-familiales-parameters.ts';

/**
 * Everything computed for one evaluated month k (0 = M-3 … 3 = M) of a batch: the
 * composition of each famille that month, then each benefit's columns, filled in the order of
 * `computeMonth`. Benefits of an earlier month stay available to later ones (the prime
 * d'activité averages the three months before M; RSA counts the AAH of the last quarter).
 */
export interface MonthState {
  k: number;
  month: Month;
  /** Months between this month and M (3 for M-3 … 0 for M). */
  offset: number;
  /**
   * Familles computed this month. Month M computes every famille; an earlier month only those
   * it can matter for (`pastMonthFamilies`).
   */
  active: Uint8Array;

  // individus
  /** `Activite` code of each individu this month. */
  activite: Uint8Array;
  age: Int32Array;
  ageInMonths: Int32Array;
  /** Earns more than 55 % of the SMIC over the six previous months (autonomie financière). */
  autonomous: Uint8Array;
  /** Enfant à charge au sens des prestations familiales. */
  pfChild: Uint8Array;
  student: Uint8Array;
  aah: Float64Array;
  asi: Float64Array;
  /** Enfant à charge au sens du RSA (and of the prime d'activité). */
  rsaChild: Uint8Array;
  /** RSA monthly earnings and other resources of each individu (average of the quarter). */
  rsaActivity: Float64Array;
  rsaOther: Float64Array;

  // familles
  nbParents: Uint8Array;
  /** An expected child (a child of the famille born within six months): the law's pregnancy. */
  pregnancy: Uint8Array;
  maries: Uint8Array;
  afNbEnf: Int32Array;
  pfResources: Float64Array;
  pfBiactivity: Uint8Array;
  afBase: Float64Array;
  af: Float64Array;
  cfNonMajore: Float64Array;
  cf: Float64Array;
  asf: Float64Array;
  rsaForfaitAsf: Float64Array;
  paje: Float64Array;
  aspa: Float64Array;
  rsaNbEnfants: Int32Array;
  rsaMajoreEligible: Uint8Array;
  alNbPac: Int32Array;
  alResources: Float64Array;
  alLoyerPlafond: Float64Array;
  alLoyerRetenu: Float64Array;
  alCharges: Float64Array;
  alParticipation: Float64Array;
  rls: Float64Array;
  /** Housing aid after CRDS, rounded to the cent (OpenFisca `aide_logement`). */
  aideLogement: Float64Array;
  ppaFictive: Float64Array;
  /** Parts of the monthly prime d'activité, kept for its explanation. */
  ppaFlat: Float64Array;
  ppaBonus: Float64Array;
  ppaEarned: Float64Array;
  ppaOther: Float64Array;
  ppaForfaitLogement: Float64Array;
}

/**
 * Builds the state of evaluated month k with the composition of every famille that month.
 * `birthDays` are the individus' birth dates as days since 1970-01-01 (`birthEpochDays`);
 * `active`, the familles to compute (every famille when absent).
 */
export function newMonthState(
  pop: Population,
  k: number,
  columns: Columns,
  birthDays: Float64Array,
  active?: Uint8Array,
): MonthState {
  const offset = EVALUATED_MONTHS - 1 - k;
  const month = pop.month - offset;
  const nP = pop.nPersons;
  const nF = pop.nFamilies;
  // All the month's columns share one zeroed buffer: one allocation instead of fifty.
  const arena = new Arena(columns.u8(32 * nP + 176 * nF + 8 * nP + 12 * nF + 4 * nP + 5 * nF));
  const s: MonthState = {
    k,
    month,
    offset,
    active: active ?? columns.u8(nF).fill(1),
    activite:
      // Months before M-3 (the CSS year) are not kept: they take the activity of M.
      pop.activiteVaries && k >= 0 && k < EVALUATED_MONTHS - 1
        ? pop.activiteBefore.subarray(k * nP, (k + 1) * nP)
        : pop.activite,
    aah: arena.f64(nP),
    asi: arena.f64(nP),
    rsaActivity: arena.f64(nP),
    rsaOther: arena.f64(nP),
    pfResources: arena.f64(nF),
    afBase: arena.f64(nF),
    af: arena.f64(nF),
    cfNonMajore: arena.f64(nF),
    cf: arena.f64(nF),
    asf: arena.f64(nF),
    rsaForfaitAsf: arena.f64(nF),
    paje: arena.f64(nF),
    aspa: arena.f64(nF),
    alResources: arena.f64(nF),
    alLoyerPlafond: arena.f64(nF),
    alLoyerRetenu: arena.f64(nF),
    alCharges: arena.f64(nF),
    alParticipation: arena.f64(nF),
    rls: arena.f64(nF),
    aideLogement: arena.f64(nF),
    ppaFictive: arena.f64(nF),
    ppaFlat: arena.f64(nF),
    ppaBonus: arena.f64(nF),
    ppaEarned: arena.f64(nF),
    ppaOther: arena.f64(nF),
    ppaForfaitLogement: arena.f64(nF),
    age: arena.i32(nP),
    ageInMonths: arena.i32(nP),
    afNbEnf: arena.i32(nF),
    rsaNbEnfants: arena.i32(nF),
    alNbPac: arena.i32(nF),
    autonomous: arena.u8(nP),
    pfChild: arena.u8(nP),
    student: arena.u8(nP),
    rsaChild: arena.u8(nP),
    nbParents: arena.u8(nF),
    pregnancy: arena.u8(nF),
    maries: arena.u8(nF),
    pfBiactivity: arena.u8(nF),
    rsaMajoreEligible: arena.u8(nF),
  };
  fillComposition(pop, s, birthDays);
  return s;
}

/** Hands out typed arrays from one zeroed buffer, 8-byte columns first so every view stays aligned. */
class Arena {
  private readonly buffer: ArrayBuffer;
  private used: number;

  constructor(bytes: Uint8Array<ArrayBuffer>) {
    this.buffer = bytes.buffer;
    this.used = bytes.byteOffset;
  }

  f64(n: number): Float64Array {
    const view = new Float64Array(this.buffer, this.used, n);
    this.used += 8 * n;
    return view;
  }

  i32(n: number): Int32Array {
    const view = new Int32Array(this.buffer, this.used, n);
    this.used += 4 * n;
    return view;
  }

  u8(n: number): Uint8Array {
    const view = new Uint8Array(this.buffer, this.used, n);
    this.used += n;
    return view;
  }
}

/** Birth dates as days since 1970-01-01, computed once per batch for the four months. */
export function birthEpochDays(pop: Population, columns: Columns): Float64Array {
  const days = columns.f64(pop.nPersons);
  for (let i = 0; i < pop.nPersons; i++) {
    days[i] = epochDays(pop.birthYear[i]!, pop.birthMonth[i]!, pop.birthDay[i]!);
  }
  return days;
}

function epochDay(m: Month): number {
  return Date.UTC(Math.floor(m / 12), m % 12, 1) / 86_400_000;
}

/**
 * Familles whose AAH or ASI may be paid in a month before M (the AAH and ASI of the quarter
 * count for RSA and the ASPA): a disability, or an invalidity pension in the last five months.
 * The same for M-3, M-2 and M-1; zero elsewhere.
 */
export function disabledFamilies(pop: Population, out: Uint8Array): Uint8Array {
  const n = pop.nPersons;
  const d = pop.monthlyData;
  const last = WINDOW - 1;
  const invalidity = R.pensionsInvalidite * WINDOW * n;
  for (let i = 0; i < n; i++) {
    let matters = pop.incapacity[i]! > 0 || pop.handicap[i] === 1;
    for (let w = last - 4; w <= last && !matters; w++) matters = d[invalidity + w * n + i]! > 0;
    if (matters) out[pop.famille[i]!] = 1;
  }
  return out;
}

function fillComposition(pop: Population, s: MonthState, birthDays: Float64Array): void {
  const m = s.month;
  // Autonomie financière: net pay over the six previous months ≥ 55 % of 169 SMIC hours (R512-2 CSS).
  const autonomyFloor = valueAt(pf.plafondRevenuEnfant, m) * valueAt(common.smicHoraire, m) * 169;
  const schoolAge = valueAt(pf.ageIntermediaire, m);
  const childLimit = valueAt(pf.ageLimite, m);
  const firstDay = epochDay(m);
  for (let i = 0; i < pop.nPersons; i++) {
    if (!s.active[pop.famille[i]!]) continue;
    // Days lived + 1 over the mean Gregorian year and month, as OpenFisca counts ages.
    const lived = firstDay - birthDays[i]! + 1;
    const age = Math.floor((lived * 400) / 146_097);
    s.age[i] = age;
    s.ageInMonths[i] = Math.floor((lived * 4800) / 146_097);
    const isChild = pop.role[i] === 2;
    // Only a child's autonomy matters: it decides whether the child is à charge.
    // An apprentice's pay is a rémunération too (R512-2 CSS; OpenFisca reads the salary only).
    const apprentice =
      pop.extra[i]! & Extra.apprenti
        ? monthlySum(pop, R.remunerationApprenti, i, s.offset + 1, 6)
        : 0;
    const autonomous =
      isChild &&
      (monthlySum(pop, R.salaireNet, i, s.offset + 1, 6) + apprentice) / 6 >= autonomyFloor;
    s.autonomous[i] = autonomous ? 1 : 0;
    s.student[i] = s.activite[i] === Activite.etudiant ? 1 : 0;
    const young = age >= 0 && age < schoolAge;
    const teen = age >= schoolAge && age < childLimit && !autonomous;
    s.pfChild[i] = isChild && (young || teen) ? 1 : 0;
    const f = pop.famille[i]!;
    if (!isChild) {
      s.nbParents[f] = s.nbParents[f]! + 1;
      if (pop.marital[i] === 1) s.maries[f] = 1;
    } else {
      if (s.pfChild[i]) s.afNbEnf[f] = s.afNbEnf[f]! + 1;
      const months = s.ageInMonths[i]!;
      if (months < 0 && months > -6) s.pregnancy[f] = 1;
    }
  }
}
