import { freshColumns, type Columns } from '../../columns.ts';
import { Activite, Housing } from '../../entities.ts';
import { groupByMonth, valueAt } from '../../parameters.ts';
import { Extra, monthlyAt, monthlySum, monthlySums, R, type Population } from '../../population.ts';
import { capitalIncomeSum, savingsRates } from '../../shared/capital-resources.ts';
import { autoEntrepreneurProfit, microProfit, microRates } from '../../shared/micro-resources.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { cssParameters as css } from './css-parameters.ts';
import { handicapVieillesseParameters as hv } from '../handicap-vieillesse/handicap-vieillesse-parameters.ts';
import { rsaParameters as rsaP } from '../rsa/rsa-parameters.ts';
import { traceCss } from './css-trace.ts';
import type { CssPastYear } from './css-past-months.ts';

const cssAt = groupByMonth(css);

/** Complémentaire santé solidaire of each famille for month M. */
export interface CssColumns {
  /** 1: CSS without participation (OpenFisca `cmu_c`). */
  free: Uint8Array;
  /** Monthly participation owed when CSS comes with a participation, else 0. */
  participation: Float64Array;
  /** Annual resources of the twelve months before M, forfait logement included. */
  resources: Float64Array;
  /** Annual ceiling of the free CSS (the one with participation is 35 % higher). */
  ceiling: Float64Array;
  /** First reason of ineligibility, see `cssReasons`. */
  reason: Uint8Array;
}

/** Why a famille gets no CSS, by code. */
export const cssReasons = [
  '',
  'Une personne de moins de 25 ans, sans enfant, à charge de ses parents ou recevant une pension alimentaire relève de la CSS de ses parents.',
  'Les ressources des douze derniers mois dépassent le plafond de la CSS avec participation.',
] as const;

/** Allocates zeroed CSS columns for n familles. */
export function allocateCss(n: number, columns: Columns = freshColumns): CssColumns {
  return {
    free: columns.u8(n),
    participation: columns.f64(n),
    resources: columns.f64(n),
    ceiling: columns.f64(n),
    reason: columns.u8(n),
  };
}

/** How the benefits of the twelve months before M relate to their amount in M. */
interface PreviousYear {
  /** Σ BMAF(m) / BMAF(M): family benefits follow the BMAF. */
  bmafRatio: number;
  /** AAH maximum of M minus that of each month m (revaluations). */
  aahShift: number[];
  aspaShiftSingle: number[];
  aspaShiftCouple: number[];
}

function previousYear(m: number): PreviousYear {
  const bmaf = valueAt(common.bmaf, m);
  const year: PreviousYear = {
    bmafRatio: 0,
    aahShift: [],
    aspaShiftSingle: [],
    aspaShiftCouple: [],
  };
  for (let d = 1; d <= 12; d++) {
    year.bmafRatio += valueAt(common.bmaf, m - d) / bmaf;
    year.aahShift.push(valueAt(hv.aahMontant, m) - valueAt(hv.aahMontant, m - d));
    year.aspaShiftSingle.push(valueAt(hv.aspaMontantSeul, m) - valueAt(hv.aspaMontantSeul, m - d));
    year.aspaShiftCouple.push(
      valueAt(hv.aspaMontantCouple, m) - valueAt(hv.aspaMontantCouple, m - d),
    );
  }
  return year;
}

/**
 * Complémentaire santé solidaire (L861-1 CSS): free when the famille's resources of the twelve
 * months before M, forfait logement included, stay under the ceiling for its size (or when it
 * receives RSA); with a monthly participation by age up to 35 % above it. The benefits of those
 * twelve months (family benefits, AAH, ASI, ASPA, after their CSS allowances) are those computed
 * month by month in `past` for the familles it marks (`cssPastFamilies`); for the others, whose
 * situation does not change, they are derived from their amount in M: family benefits follow the
 * BMAF. The majoration pour la vie autonome is counted from M.
 */
export function computeCss(
  pop: Population,
  s: MonthState,
  rsa: Float64Array,
  out: CssColumns,
  columns: Columns = freshColumns,
  tracer?: Tracer,
  past?: CssPastYear,
): void {
  const m = s.month;
  const P = cssAt(m);
  const rsaBase = valueAt(rsaP.montantDeBase, m);
  const rsaP2 = valueAt(rsaP.majorationDeuxiemePersonne, m);
  const rsaP3 = valueAt(rsaP.majorationTroisiemePersonne, m);
  const year = previousYear(m);
  const mva = valueAt(hv.majorationVieAutonome, m);
  const mvaRate = valueAt(hv.aahTauxIncapacite, m);
  const aspaAgeMonths = 12 * valueAt(hv.aspaAgeMinimal, m);
  const participationByAge = (age: number): number =>
    age < 30
      ? P.participationMoins30
      : age <= 49
        ? P.participation30a49
        : age <= 59
          ? P.participation50a59
          : age <= 69
            ? P.participation60a69
            : P.participation70Plus;
  // Resources of each individu over the twelve months before M (R861-8 CSS).
  const yearOf = (r: number): Float64Array => monthlySums(pop, r, 1, 12, columns.f64(pop.nPersons));
  const payYear = yearOf(R.salaireNet);
  const alimonyYear = yearOf(R.pensionsAlimentaires);
  const chomageYear = yearOf(R.chomageNet);
  const retraiteYear = yearOf(R.retraiteNette);
  const invaliditeYear = yearOf(R.pensionsInvalidite);
  const taxablePayYear = yearOf(R.salaireImposable);
  const savings = Array.from({ length: 13 }, (_, j) => savingsRates(m - j));
  const lastYear = Math.floor(m / 12) - 1;

  for (let f = 0; f < pop.nFamilies; f++) {
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    const couple = s.nbParents[f] === 2;
    const exact = past !== undefined && past.exact[f] === 1;
    let dependants = 0;
    let anyAdultAge = false;
    let dependent = false;
    let resources = 0;
    let participation = 0;
    let asiRecipients = 0;
    for (let i = first; i < last; i++) if (pop.role[i] !== 2 && s.asi[i]! > 0) asiRecipients++;
    // Children ranked by age, eldest first: each adds its coefficient to the ceiling.
    let ceilingCoefficient = couple ? 1 + P.coeffP2 : 1;
    let rank = 0;
    for (let i = first; i < last; i++) {
      const age = s.age[i]!;
      const isChild = pop.role[i] === 2;
      participation += participationByAge(age);
      if (age >= P.ageLimitePac) anyAdultAge = true;
      const pac = age >= 0 && age <= P.ageLimitePac;
      if (isChild) {
        if (pac) dependants++;
        rank = 0;
        for (let j = first; j < last; j++) {
          if (j === i || pop.role[j] !== 2) continue;
          const older = s.ageInMonths[j]! > s.ageInMonths[i]!;
          if (older || (s.ageInMonths[j] === s.ageInMonths[i] && j < i)) rank++;
        }
        ceilingCoefficient += couple
          ? rank <= 1
            ? P.coeffP3P4
            : P.coeffP5Plus
          : rank === 0
            ? P.coeffP2
            : rank <= 2
              ? P.coeffP3P4
              : P.coeffP5Plus;
      }
      const alimony = alimonyYear[i]!;
      if (alimony > 0) dependent = true;
      if (isChild && !pac) continue;
      const pay = payYear[i]!;
      let own = pay + alimony;
      own += chomageYear[i]!;
      own += retraiteYear[i]!;
      own += invaliditeYear[i]!;
      const extra = pop.extra[i]!;
      if (extra & Extra.ass) own += monthlySum(pop, R.ass, i, 1, 12);
      if (extra & Extra.capital) own += capitalIncomeSum(pop, i, 1, 12, (j) => savings[j]!);
      // A micro-entrepreneur's profit of the twelve months, and the micro profit of N-1.
      if (extra & Extra.micro) {
        for (let o = 1; o <= 12; o++) own += autoEntrepreneurProfit(pop, i, o, microRates(m - o));
        own += microProfit(pop, i, lastYear, microRates(lastYear * 12));
      }
      // Unemployed with benefits or on ASS: 30 % off the salaries of the year (R861-8).
      const unemployed =
        (pop.activite[i] === Activite.chomeur && monthlyAt(pop, R.chomageNet, i, 0) > 0) ||
        ((extra & Extra.ass) !== 0 && monthlyAt(pop, R.ass, i, 0) > 0);
      if (unemployed) own -= P.abattementChomage * pay;
      const aah = s.aah[i]!;
      // AAH and ASI month by month when computed so, else derived from M.
      if (exact) own += past.person[i]!;
      else if (aah > 0)
        for (const shift of year.aahShift) own += Math.max(aah - shift - P.abattementAah, 0);
      // Majoration pour la vie autonome (L821-1-2 CSS): full AAH rate, own home with housing aid,
      // no earnings over the year.
      if (
        !isChild &&
        pop.incapacity[i]! >= mvaRate &&
        (aah > 0 || s.asi[i]! > 0) &&
        pop.housing[f] !== Housing.locataire_foyer &&
        s.aideLogement[f]! > 0 &&
        taxablePayYear[i] === 0
      )
        own += 12 * mva;
      const asi = s.asi[i]!;
      const asiAllowance =
        aah > 0
          ? 0
          : asiRecipients > 1
            ? P.abattementAsiCouple / 2
            : asi > 0
              ? P.abattementAsiSeul
              : 0;
      if (!exact) own += 12 * Math.max(asi - asiAllowance, 0);
      resources += own;
    }
    const aspa = s.aspa[f]!;
    if (exact) resources += past.family[f]!;
    else if (aspa > 0) {
      let eldest = 0;
      for (let i = first; i < last; i++)
        if (pop.role[i] !== 2) eldest = Math.max(eldest, s.ageInMonths[i]!);
      const allowance = couple ? P.abattementAspaCouple : P.abattementAspaSeul;
      const shifts = couple ? year.aspaShiftCouple : year.aspaShiftSingle;
      for (let d = 1; d <= 12; d++)
        if (eldest - d >= aspaAgeMonths)
          resources += Math.max(aspa - shifts[d - 1]! - allowance, 0);
    }
    if (!exact) resources += year.bmafRatio * (s.af[f]! + s.asf[f]! + s.cf[f]!);

    // Forfait logement: 12 months of a share of the RSA amount for the foyer's size.
    const size = s.nbParents[f]! + dependants;
    const rsaAmount = rsaBase * (1 + (size >= 2 ? rsaP2 : 0) + (size >= 3 ? rsaP3 : 0));
    const housing = pop.housing[f];
    if (housing === Housing.proprietaire || housing === Housing.loge_gratuitement) {
      const rate = size === 1 ? P.forfaitSansAl1 : size === 2 ? P.forfaitSansAl2 : P.forfaitSansAl3;
      resources += 12 * rsaAmount * rate;
    }
    const aid = s.aideLogement[f]!;
    if (aid > 0) {
      const rate = size === 1 ? P.forfaitAvecAl1 : size === 2 ? P.forfaitAvecAl2 : P.forfaitAvecAl3;
      resources += Math.min(12 * aid, 12 * rsaAmount * rate);
    }

    const ceiling = Math.round(P.plafondBase * ceilingCoefficient);
    out.resources[f] = resources;
    out.ceiling[f] = ceiling;
    // A young adult alone, at his parents' charge or receiving alimony, is covered with them.
    const attached = dependants === 0 && !anyAdultAge && dependent;
    if (attached) out.reason[f] = 1;
    else if (resources <= ceiling || rsa[f]! > 0) out.free[f] = 1;
    else if (resources <= ceiling * (1 + P.majorationPlafondParticipation))
      out.participation[f] = participation;
    else out.reason[f] = 2;
    if (tracer?.index === f)
      traceCss(tracer, s, out, { attached, rsa: rsa[f]!, size, participation });
  }
}
