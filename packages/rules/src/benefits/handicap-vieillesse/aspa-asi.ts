import { groupByMonth, valueAt } from '../../parameters.ts';
import { Extra, monthlyAt, monthlySum, type Population, R } from '../../population.ts';
import { capitalIncomeSum, savingsRates } from '../../shared/capital-resources.ts';
import { selfEmployedQuarter } from '../../shared/micro-resources.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { handicapVieillesseParameters as hv } from './handicap-vieillesse-parameters.ts';
import { traceAspaAsi } from './aspa-asi-trace.ts';

const hvAt = groupByMonth(hv);
type HvScales = ReturnType<typeof hvAt>;

/** ASPA age condition (L815-1 CSS): 65, or the legal retirement age with a 50 % incapacity. */
function aspaEligible(pop: Population, s: MonthState, i: number, P: HvScales): boolean {
  const age = s.age[i]!;
  return (
    age >= P.aspaAgeMinimal ||
    (age >= P.aahAgeRetraite && pop.incapacity[i]! > P.aspaTauxIncapaciteAnticipe)
  );
}

/** ASI condition (L815-24 CSS): an invalidity pension, or a disabled person's retirement pension. */
function asiEligible(pop: Population, s: MonthState, i: number, P: HvScales): boolean {
  if (aspaEligible(pop, s, i, P)) return false;
  const invalidity = monthlyAt(pop, R.pensionsInvalidite, i, s.offset) > 0;
  const retiredDisabled =
    pop.handicap[i] === 1 && monthlyAt(pop, R.retraiteNette, i, s.offset + 1) > 0;
  return invalidity || retiredDisabled;
}

/**
 * Allocation de solidarité aux personnes âgées (famille) and allocation supplémentaire
 * d'invalidité (per individu) for the month of `s`, on the gross resources of the couple over
 * the last quarter (R815-22 CSS). `aahHistory` holds the AAH of the months already evaluated, the
 * first being month k = `historyStart`, so the quarter is exact for M; months before the first
 * evaluated take its AAH, the closest known.
 */
export function computeAspaAsi(
  pop: Population,
  s: MonthState,
  aahHistory: Float64Array[],
  tracer?: Tracer,
  historyStart = 0,
): void {
  const m = s.month;
  const P = hvAt(m);
  const smicMonth =
    valueAt(common.smicHoraire, Math.floor(m / 12) * 12) * valueAt(common.smicHeuresMensuelles, m);
  const asiCeilingSingle = P.asiPlafondSeul;
  const asiCeilingCouple = P.asiPlafondCouple;
  const aspaMaxSingle = P.aspaMontantSeul;
  const aspaMaxCouple = P.aspaMontantCouple;
  const aspaCeilingSingle = P.aspaPlafondSeul;
  const aspaCeilingCouple = P.aspaPlafondCouple;
  const earningsAllowanceSingle = smicMonth * P.aspaAbattementSalairesSeul;
  const earningsAllowanceCouple = smicMonth * P.aspaAbattementSalairesCouple;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    const couple = s.nbParents[f] === 2;
    // Only a famille with someone of pension age, an invalidity pension or a disabled retiree can
    // get either benefit: skip the others before summing any resource.
    let candidate = false;
    for (let i = first; i < last; i++) {
      if (pop.role[i] === 2) continue;
      // Quick reject: under the retirement age, without invalidity pension nor disability.
      const possible =
        s.age[i]! >= P.aahAgeRetraite ||
        pop.handicap[i] === 1 ||
        monthlyAt(pop, R.pensionsInvalidite, i, s.offset) > 0;
      if (possible && (aspaEligible(pop, s, i, P) || asiEligible(pop, s, i, P))) candidate = true;
    }
    if (!candidate) {
      s.aspa[f] = 0;
      if (tracer?.index === f && s.offset === 0) traceAspaAsi(tracer, pop, s, undefined);
      continue;
    }
    let resources = 0;
    let demandeurAspa = false;
    let conjointAspa = false;
    let demandeurAsi = false;
    let conjointAsi = false;
    let demandeur = -1;
    let conjoint = -1;
    for (let i = first; i < last; i++) {
      if (pop.role[i] === 2) continue;
      const aspa = aspaEligible(pop, s, i, P);
      const asi = asiEligible(pop, s, i, P);
      if (pop.role[i] === 0) {
        demandeur = i;
        demandeurAspa = aspa;
        demandeurAsi = asi;
      } else {
        conjoint = i;
        conjointAspa = aspa;
        conjointAsi = asi;
      }
      const o = s.offset + 1;
      let quarter =
        monthlySum(pop, R.chomageNet, i, o, 3) +
        monthlySum(pop, R.pensionsAlimentaires, i, o, 3) +
        monthlySum(pop, R.pensionsInvalidite, i, o, 3) +
        monthlySum(pop, R.retraiteBrute, i, o, 3) +
        monthlySum(pop, R.salaireDeBase, i, o, 3);
      if (pop.extra[i]! & Extra.capital)
        quarter += capitalIncomeSum(pop, i, o, 3, (j) => savingsRates(pop.month - j));
      if (pop.extra[i]! & Extra.micro)
        quarter += selfEmployedQuarter(pop, i, o, Math.floor(s.month / 12) - 1);
      const invalidityPension = monthlyAt(pop, R.pensionsInvalidite, i, s.offset) > 0;
      if (!aspa && !asi && !invalidityPension) {
        for (let j = s.k - 3; j < s.k; j++)
          quarter += (aahHistory[j - historyStart] ?? aahHistory[0]!)[i]!;
      }
      const earningsAllowance = couple ? earningsAllowanceCouple : earningsAllowanceSingle;
      quarter -= Math.min(monthlySum(pop, R.salaireDeBase, i, o, 3), earningsAllowance);
      // The ASS of the month adds to the couple's resources (R815-22 CSS).
      resources += quarter / 3;
      if (pop.extra[i]! & Extra.ass) resources += monthlyAt(pop, R.ass, i, s.offset);
    }
    const nbAllocataires =
      Number(demandeurAspa) + Number(demandeurAsi) + Number(conjointAspa) + Number(conjointAsi);
    const mixed = (demandeurAsi && conjointAspa) || (conjointAsi && demandeurAspa);

    // ASI: the gap to the ceiling, shared between two beneficiaries (D815-24 CSS). When one
    // member gets the ASPA and the other the ASI, OpenFisca pays the couple through the ASPA.
    const asiSingle = nbAllocataires === 1 && (demandeurAsi || conjointAsi);
    const asiBoth = demandeurAsi && conjointAsi;
    const asiCeiling =
      (asiSingle
        ? couple
          ? asiCeilingCouple
          : asiCeilingSingle
        : asiBoth
          ? asiCeilingCouple
          : 0) / 12;
    const asiAmount = Math.max(asiCeiling - resources, 0) * (asiSingle ? 1 : asiBoth ? 0.5 : 0);
    if (demandeur >= 0) s.asi[demandeur] = demandeurAsi ? asiAmount : 0;
    if (conjoint >= 0) s.asi[conjoint] = conjointAsi ? asiAmount : 0;

    // ASPA: the maximum minus what resources exceed the ceiling by (D815-2 CSS).
    const aspaSingle = nbAllocataires === 1 && (demandeurAspa || conjointAspa);
    const aspaBoth = demandeurAspa && conjointAspa;
    let aspa = 0;
    let aspaMaximum = (couple ? aspaMaxCouple : aspaMaxSingle) / 12;
    let aspaCeiling = (couple ? aspaCeilingCouple : aspaCeilingSingle) / 12;
    if (aspaSingle || aspaBoth) {
      aspaMaximum = (aspaBoth ? aspaMaxCouple : aspaMaxSingle) / 12;
      aspaCeiling = (aspaBoth || couple ? aspaCeilingCouple : aspaCeilingSingle) / 12;
      aspa = aspaMaximum - Math.max(resources + aspaMaximum - aspaCeiling, 0);
    } else if (mixed) {
      aspaMaximum = aspaMaxCouple / 24;
      aspaCeiling = aspaCeilingCouple / 12;
      aspa = aspaMaximum - Math.max(resources + aspaMaximum - aspaCeiling, 0) / 2;
    }
    s.aspa[f] = Math.max(aspa, 0);
    if (tracer?.index === f && s.offset === 0)
      traceAspaAsi(tracer, pop, s, {
        resources,
        couple,
        aspaEligible: demandeurAspa || conjointAspa,
        asiEligible: demandeurAsi || conjointAsi,
        aspaMaximum,
        aspaCeiling,
        asiCeiling: asiCeiling || (couple ? asiCeilingCouple : asiCeilingSingle) / 12,
      });
  }
}
