import { groupByMonth, valueAt } from '../../parameters.ts';
import type { Month } from '../../periods.ts';
import { Extra, monthlyAt, type Population, R, WINDOW, Y, yearlyAt } from '../../population.ts';
import {
  autoEntrepreneurProfit,
  lastKnownMicroMonthly,
  microRates,
  type MicroRates,
} from '../../shared/micro-resources.ts';
import type { MonthState } from '../../month-state.ts';
import type { BenefitColumns } from '../../results.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { primeActiviteParameters as ppaP } from './prime-activite-parameters.ts';
import { forfaitLogement } from '../../shared/forfait-logement.ts';
import { tracePrimeActivite } from './prime-activite-trace.ts';
import { familyBenefitsCounted } from '../rsa/rsa-resources.ts';
import { sizeRate } from '../../shared/size-rate.ts';

const ppaPAt = groupByMonth(ppaP);

/** Why a famille gets no prime d'activité, in plain French (index = reason code). */
export const primeActiviteReasons = [
  '',
  "Aucun membre du foyer n'a 18 ans ou plus.",
  "Aucun revenu d'activité au cours des trois derniers mois (ou, pour un étudiant ou un apprenti, des revenus inférieurs au seuil chaque mois).",
  'Les ressources du foyer sont trop élevées par rapport à ses revenus d’activité.',
  'Le montant calculé est inférieur au seuil de versement de 15 €.',
] as const;

/**
 * Earnings of individu i `offset` months before M (R844-1 CSS): net pay, an apprentice's pay, a
 * micro-entrepreneur's profit of the month and the last known yearly micro profit by twelfths.
 */
function earningsAt(pop: Population, i: number, offset: number, micro: MicroRates): number {
  let earned = monthlyAt(pop, R.salaireNet, i, offset);
  const extra = pop.extra[i]!;
  if (extra === 0) return earned;
  if (extra & Extra.apprenti) earned += monthlyAt(pop, R.remunerationApprenti, i, offset);
  if (extra & Extra.micro) {
    earned += autoEntrepreneurProfit(pop, i, offset, micro);
    earned += lastKnownMicroMonthly(pop, i, Math.floor((pop.month - offset) / 12), micro);
  }
  return earned;
}

/** Earned income of individu i in the month of `s`, with the AAH of a worker earning enough (L842-8 CSS). */
function earnings(
  pop: Population,
  s: MonthState,
  i: number,
  aahFloor: number,
  micro: MicroRates,
): number {
  const pay = earningsAt(pop, i, s.offset, micro);
  return pay >= aahFloor ? pay + s.aah[i]! : pay;
}

/**
 * The prime d'activité one month would give on its own resources (L842-3 CSS): montant
 * forfaitaire + 59.85 % of earnings + individual bonuses − max(resources + forfait logement,
 * montant forfaitaire). Stored in `s.ppaFictive`.
 */
export function computePrimeActiviteMonth(pop: Population, s: MonthState): void {
  const m = s.month;
  const P = ppaPAt(m);
  const base = P.montantDeBase;
  const smic = valueAt(common.smicHoraire, m);
  const aahFloor = P.seuilAahActivite * smic;
  const bonusStart = P.bonificationSeuil * smic;
  const bonusFull = P.bonificationSeuilMax * smic;
  const bonusMax = Math.round(P.bonificationTauxMax * base * 100) / 100;
  const slope = P.tauxRevenusActivite;
  const ageMin = P.ageMinimum;
  const lonerBase = P.majorationIsolementBase;
  const lonerPerChild = P.majorationIsolementParEnfant;
  const flRates = [P.forfaitLogement1, P.forfaitLogement2, P.forfaitLogement3];
  const micro = microRates(m);
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    // Without earnings this month the computed prime is zero: skip the famille.
    let anyPay = false;
    for (let i = first; i < last; i++) if (earningsAt(pop, i, s.offset, micro) > 0) anyPay = true;
    if (!anyPay) continue;
    let adult = false;
    let earned = 0;
    let other = 0;
    let bonus = 0;
    for (let i = first; i < last; i++) {
      if (s.age[i]! >= ageMin) adult = true;
      const own = earnings(pop, s, i, aahFloor, micro);
      earned += own;
      other +=
        s.asi[i]! +
        (pop.extra[i]! & Extra.ass ? monthlyAt(pop, R.ass, i, s.offset) : 0) +
        // Capital income of year N-2, by twelfths (L842-4, R843-1 CSS).
        yearlyAt(pop, Y.revenusCapitalN2, i, s.k) / 12 +
        monthlyAt(pop, R.chomageNet, i, s.offset) +
        monthlyAt(pop, R.retraiteNette, i, s.offset) +
        monthlyAt(pop, R.pensionsInvalidite, i, s.offset) +
        monthlyAt(pop, R.pensionsAlimentaires, i, s.offset) +
        (earningsAt(pop, i, s.offset, micro) < aahFloor ? s.aah[i]! : 0);
      bonus += Math.min(
        bonusMax,
        Math.max(0, (bonusMax * (own - bonusStart)) / (bonusFull - bonusStart)),
      );
    }
    other += s.aspa[f]! + familyBenefitsCounted(s, f);
    const children = s.rsaNbEnfants[f]!;
    const parents = s.nbParents[f]!;
    const persons = parents + children;
    const flat = s.rsaMajoreEligible[f]
      ? base * (lonerBase + lonerPerChild * children)
      : base * sizeRate(P, persons, parents);
    const capped = Math.min(persons, 3);
    const fl = forfaitLogement(
      pop,
      f,
      s.aideLogement[f]!,
      base * sizeRate(P, capped, 2),
      flRates[capped - 1] ?? 0,
    );
    const fictive = flat + bonus + slope * earned - Math.max(earned + other + fl, flat);
    s.ppaFictive[f] = adult ? Math.max(fictive, 0) : 0;
    s.ppaFlat[f] = flat;
    s.ppaBonus[f] = bonus;
    s.ppaEarned[f] = earned;
    s.ppaOther[f] = other;
    s.ppaForfaitLogement[f] = fl;
  }
}

/**
 * Marks in `concerned` the familles whose monthly prime d'activité `offset` months before M may
 * be positive: those with earnings that month, unless their earnings alone prove it zero. Call it
 * once the familles with an AAH or ASI are marked: for the others, earnings are the pay. The
 * monthly prime is then at most the largest montant forfaitaire the famille's size allows (the
 * single-parent one only with a child), plus the members' bonuses, minus the share of the pay
 * not kept (1 − 59.85 %) and the month's other resources (benefits, never negative, only add to
 * them, like the forfait logement); when that bound is below −1 € the computed prime is zero
 * whatever the benefits, and the month need not be computed.
 */
export function markPrimeActiviteMonth(
  pop: Population,
  month: Month,
  offset: number,
  concerned: Uint8Array,
): void {
  const P = ppaPAt(month);
  const base = P.montantDeBase;
  const smic = valueAt(common.smicHoraire, month);
  const bonusStart = P.bonificationSeuil * smic;
  const bonusFull = P.bonificationSeuilMax * smic;
  const bonusMax = Math.round(P.bonificationTauxMax * base * 100) / 100;
  const unkept = 1 - P.tauxRevenusActivite;
  const d = pop.monthlyData;
  const row = (r: number): number => (r * WINDOW + WINDOW - 1 - offset) * pop.nPersons;
  const pay = row(R.salaireNet);
  const chomage = row(R.chomageNet);
  const retraite = row(R.retraiteNette);
  const invalidity = row(R.pensionsInvalidite);
  const alimony = row(R.pensionsAlimentaires);
  const micro = microRates(month);
  for (let f = 0; f < pop.nFamilies; f++) {
    if (concerned[f]) continue;
    const first = pop.firstPerson[f]!;
    const count = pop.personCount[f]!;
    let anyPay = false;
    let earned = 0;
    let other = 0;
    let bonus = 0;
    let parents = 0;
    for (let i = first; i < first + count; i++) {
      let own = d[pay + i]!;
      if (pop.extra[i]! !== 0) own = earningsAt(pop, i, offset, micro);
      if (own > 0) anyPay = true;
      earned += own;
      other += d[chomage + i]! + d[retraite + i]! + d[invalidity + i]! + d[alimony + i]!;
      bonus += Math.min(
        bonusMax,
        Math.max(0, (bonusMax * (own - bonusStart)) / (bonusFull - bonusStart)),
      );
      if (pop.role[i] !== 2) parents++;
    }
    if (!anyPay) continue;
    const children = count - parents;
    const loner =
      parents === 1 && children > 0
        ? P.majorationIsolementBase + P.majorationIsolementParEnfant * children
        : 0;
    const flat = base * Math.max(sizeRate(P, count, parents), loner);
    const bound = flat + bonus - unkept * earned - other;
    if (!(unkept > 0 && bound < -1)) concerned[f] = 1;
  }
}

/**
 * Prime d'activité of month M (L842-3 CSS): the average of the three monthly computations of the
 * previous quarter, paid when the famille had earnings (students and apprentices above a floor each
 * month) and the average reaches 15 €.
 */
export function computePrimeActivite(
  pop: Population,
  states: MonthState[],
  out: BenefitColumns,
  tracer?: Tracer,
): void {
  const s = states[3]!;
  const m = s.month;
  const P = ppaPAt(m);
  const threshold = P.montantMinimumVerse;
  const learnerFloor = 169 * valueAt(common.smicHoraire, m) * P.plafondApprenant;
  const micro = [1, 2, 3].map((k) => microRates(m - k));
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let worked = false;
    let adult = false;
    for (let i = first; i < last; i++) {
      if (s.age[i]! >= P.ageMinimum) adult = true;
      if (pop.role[i] === 2) continue;
      // Earnings in the quarter: any for most, above a floor every month for students.
      let any = false;
      let everyMonth = true;
      for (let k = 1; k <= 3; k++) {
        const pay = earningsAt(pop, i, k, micro[k - 1]!);
        if (pay > 0) any = true;
        if (!(pay > learnerFloor)) everyMonth = false;
      }
      // Students and apprentices need earnings above the floor every month (L842-2 CSS).
      const learner = s.student[i] === 1 || (pop.apprenti[i]! & 8) !== 0;
      worked ||= learner ? everyMonth : any;
    }
    const average =
      (states[0]!.ppaFictive[f]! + states[1]!.ppaFictive[f]! + states[2]!.ppaFictive[f]!) / 3;
    const qualifies = worked || s.rsaMajoreEligible[f] === 1;
    const amount = qualifies && average >= threshold ? average : 0;
    out.amount[f] = amount;
    out.eligible[f] = amount > 0 ? 1 : 0;
    out.reason[f] = amount > 0 ? 0 : !adult ? 1 : !qualifies ? 2 : average > 0 ? 4 : 3;
    if (tracer?.index === f)
      tracePrimeActivite(states, amount, tracer, { adult, qualifies, average });
  }
}
