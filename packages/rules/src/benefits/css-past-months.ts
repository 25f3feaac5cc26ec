import type { Columns } from '../columns.ts';
import { groupByMonth } from '../parameters.ts';
import { ageAt } from '../periods.ts';
import { monthlyAt, PAST_MONTHS, R, type Population } from '../population.ts';
import { birthEpochDays, newMonthState } from '../month-state.ts';
import { subPopulation } from '../sub-population.ts';
import { cssParameters as css } from '../../parameters/css.ts';
import { prestationsFamilialesParameters as pf } from '../../parameters/prestations-familiales.ts';
import { valueAt } from '../parameters.ts';
import { computeAah } from './aah.ts';
import { computeAspaAsi } from './aspa-asi.ts';
import { computeFamilyResources } from './family-resources.ts';
import { computePrestationsFamiliales } from './prestations-familiales.ts';

const cssAt = groupByMonth(css);

/**
 * The benefits the Complémentaire santé solidaire counts over the twelve months before M
 * (R861-8 CSS), computed month by month with each month's own inputs and parameters, for the
 * familles marked in `exact`: family benefits (AF, ASF, CF) and ASPA per famille, AAH and ASI
 * per individu, each after its CSS allowance of that month.
 */
export interface CssPastYear {
  exact: Uint8Array;
  family: Float64Array;
  person: Float64Array;
}

/**
 * Familles whose CSS resources must be computed month by month: those who may receive family
 * benefits over the year (a child of 21 or less a year before M) and whose benefits of the past
 * months cannot be derived from M — a monthly input changes over the window, alimony makes the
 * ASF differential, or a child is born or crosses an age of the family benefits (3, 14, 16, 20,
 * 21) during the year. Familles with a
 * disabled member or a member of 60 or more keep the derivation (AAH, ASI, ASPA; see
 * docs/divergences.md #11). A famille with RSA in M has the free CSS whatever its resources: it
 * is left out.
 */
export function cssPastFamilies(
  pop: Population,
  age: Int32Array,
  rsa: Float64Array,
  out: Uint8Array,
): number {
  const m = pop.month;
  // Ages at which a child's family benefits change: birth, 3 (PAJE, CF), the AF majoration, 16
  // (autonomy test), 20 (AF limit and forfait), 21 (CF limit) — each as of M-12 and of M: a
  // child between the two values of an age changed by law during the year is not derivable.
  const ages = [
    pf.cfAgeMin,
    pf.afAgeMajoration,
    pf.ageIntermediaire,
    pf.ageLimite,
    pf.afAgeForfaitaire,
    pf.cfAgeMax,
  ];
  const low = [0, ...ages.map((p) => Math.min(valueAt(p, m - 12), valueAt(p, m)))];
  const high = [0, ...ages.map((p) => Math.max(valueAt(p, m - 12), valueAt(p, m)))];
  const limit = valueAt(pf.cfAgeMax, m);
  let count = 0;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (rsa[f]! > 0) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    let possible = false;
    let derivable = pop.changing[f] === 0;
    let disabledOrOld = false;
    for (let i = first; i < last; i++) {
      // Alimony makes the ASF differential: it does not follow the BMAF.
      if (monthlyAt(pop, R.pensionsAlimentaires, i, 0) > 0) derivable = false;
      if (pop.incapacity[i]! > 0 || pop.handicap[i] === 1) disabledOrOld = true;
      else if (pop.role[i] !== 2) {
        if (age[i]! >= 60) disabledOrOld = true;
      } else {
        const before = ageAt(m - 12, pop.birthYear[i]!, pop.birthMonth[i]!, pop.birthDay[i]!);
        if (before <= limit) possible = true;
        const after = age[i]!;
        for (let t = 0; t < low.length; t++)
          if (after >= low[t]! && before <= high[t]! && (before < low[t]! || low[t] !== high[t]))
            derivable = false;
      }
    }
    // AAH, ASI and ASPA of the past months stay derived from M (docs/divergences.md #5, #11):
    // computed month by month here, they move away from OpenFisca's.
    if (disabledOrOld) possible = false;
    if (possible && !derivable) {
      out[f] = 1;
      count++;
    }
  }
  return count;
}

/** Computes `CssPastYear` for the familles marked in `exact` (see `cssPastFamilies`). */
export function computeCssPastYear(
  pop: Population,
  exact: Uint8Array,
  columns: Columns,
): CssPastYear {
  const family = columns.f64(pop.nFamilies);
  const person = columns.f64(pop.nPersons);
  const { sub, familyIndex, personIndex } = subPopulation(pop, exact, columns);
  const birthDays = birthEpochDays(sub, columns);
  const history: Float64Array[] = [];
  let previousAsi: Float64Array = columns.f64(sub.nPersons);
  const pfIndividual = columns.f64(sub.nPersons);
  // Months M-12 … M-1: k = -PAST_MONTHS … 2.
  for (let k = -PAST_MONTHS; k < 3; k++) {
    const s = newMonthState(sub, k, columns, birthDays);
    pfIndividual.fill(0);
    computeFamilyResources(sub, s, pfIndividual);
    computePrestationsFamiliales(sub, s, pfIndividual);
    computeAah(sub, s, previousAsi);
    history.push(s.aah);
    computeAspaAsi(sub, s, history, undefined, -PAST_MONTHS);
    // The first month has no ASI before it: its AAH is taken against its own ASI, as for M-3.
    if (k === -PAST_MONTHS) computeAah(sub, s, s.asi);
    previousAsi = s.asi;
    const P = cssAt(s.month);
    for (let g = 0; g < sub.nFamilies; g++) {
      const first = sub.firstPerson[g]!;
      const last = first + sub.personCount[g]!;
      const couple = s.nbParents[g] === 2;
      let asiRecipients = 0;
      for (let j = first; j < last; j++) if (sub.role[j] !== 2 && s.asi[j]! > 0) asiRecipients++;
      for (let j = first; j < last; j++) {
        const aah = s.aah[j]!;
        const asi = s.asi[j]!;
        const asiAllowance =
          aah > 0
            ? 0
            : asiRecipients > 1
              ? P.abattementAsiCouple / 2
              : asi > 0
                ? P.abattementAsiSeul
                : 0;
        const i = personIndex[j]!;
        person[i] =
          person[i]! + Math.max(aah - P.abattementAah, 0) + Math.max(asi - asiAllowance, 0);
      }
      const aspa = s.aspa[g]!;
      const aspaNet =
        aspa > 0 ? Math.max(aspa - (couple ? P.abattementAspaCouple : P.abattementAspaSeul), 0) : 0;
      const f = familyIndex[g]!;
      family[f] = family[f]! + s.af[g]! + s.asf[g]! + s.cf[g]! + aspaNet;
    }
  }
  return { exact, family, person };
}
