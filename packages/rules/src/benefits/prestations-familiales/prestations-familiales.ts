import { groupByMonth, valueAt } from '../../parameters.ts';
import { monthlyAt, type Population, R } from '../../population.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { prestationsFamilialesParameters as pf } from './prestations-familiales-parameters.ts';
import { rsaParameters as rsaP } from '../rsa/rsa-parameters.ts';
import { roundHalfEven } from '../../shared/tax-allowances.ts';
import { NO_CHILD, tracePrestationsFamiliales } from './prestations-familiales-trace.ts';

const pfAt = groupByMonth(pf);

/**
 * The family benefits that RSA and the prime d'activité count as resources: allocations
 * familiales (L521-1 CSS, modulated by resources since 2015), complément familial (L522-1),
 * allocation de soutien familial (L523-1) and the PAJE allocation de base (L531-3), for the
 * month of `s`. Their full claim logic (catalogue, reasons) belongs to the family-benefits issue;
 * here they are computed as amounts, the way the oracle's OpenFisca-France does.
 */
export function computePrestationsFamiliales(
  pop: Population,
  s: MonthState,
  pfIndividual: Float64Array,
  tracer?: Tracer,
): void {
  const m = s.month;
  const P = pfAt(m);
  const bmaf = valueAt(common.bmaf, m);
  const afAgeMajoration = P.afAgeMajoration;
  const afForfaitAge = P.afAgeForfaitaire;
  const cfAgeMin = P.cfAgeMin;
  const cfAgeMax = P.cfAgeMax;
  const pajeAge = P.pajeAgeLimite;
  const asfPerChild = bmaf * P.asfTaux;
  const asfForfaitPerChild = bmaf * valueAt(rsaP.forfaitAsfTaux, m);
  const cfAmount = bmaf * P.cfTaux;
  const cfMajoreAmount = bmaf * P.cfTauxMajore;
  const pajeFull = bmaf * P.pajeTaux;

  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    const first = pop.firstPerson[f]!;
    const last = first + pop.personCount[f]!;
    // Family benefits need a child: state columns start at zero, so childless familles are done.
    if (pop.personCount[f] === s.nbParents[f]) {
      if (tracer?.index === f && s.offset === 0) tracePrestationsFamiliales(tracer, s, NO_CHILD);
      continue;
    }
    const nbEnf = s.afNbEnf[f]!;
    const isolated = s.nbParents[f] === 1;
    const resources = s.pfResources[f]!;

    // Counts over the children of the famille.
    let eldest = -1;
    let forfaitChildren = 0;
    let cfChildren = 0;
    let cfEligibleChildren = 0;
    let cfResources = 0;
    let asfChildren = 0;
    let pajeChild = false;
    let youngest = Infinity;
    let alimony = 0;
    for (let i = first; i < last; i++) {
      alimony += monthlyAt(pop, R.pensionsAlimentaires, i, s.offset);
      if (pop.role[i] !== 2) {
        cfResources += pfIndividual[i]!;
        continue;
      }
      const age = s.age[i]!;
      const autonomous = s.autonomous[i] === 1;
      if (s.pfChild[i] && age <= afForfaitAge && age > eldest) eldest = age;
      if (age === afForfaitAge && !autonomous) forfaitChildren++;
      const cfChild = age >= 0 && age < cfAgeMax && !autonomous;
      if (cfChild) {
        cfChildren++;
        cfResources += pfIndividual[i]!;
        if (age >= cfAgeMin) cfEligibleChildren++;
      }
      if (age >= 0 && age < afForfaitAge && !autonomous) asfChildren++;
      if (age < pajeAge && !autonomous) pajeChild = true;
      if (age >= 0 && age < youngest) youngest = age;
    }

    // Allocations familiales: base, age supplement, 20-year flat allowance, modulated by resources.
    const modulation = afModulation(P, resources, nbEnf);
    const afRate =
      nbEnf >= P.afNbEnfantsMin
        ? P.afTauxDeuxEnfants + Math.max(nbEnf - 2, 0) * P.afTauxParEnfantSupp
        : 0;
    const afBase = roundHalfEven(bmaf * afRate, 2) * modulation;
    let afMajoration = 0;
    if (afBase > 0) {
      for (let i = first; i < last; i++) {
        if (pop.role[i] !== 2 || !s.pfChild[i]) continue;
        const age = s.age[i]!;
        const opening = afMajorationOpening(pop, i, afAgeMajoration);
        const isEldestOfTwo = nbEnf === 2 && age === eldest;
        if (age >= opening && !isEldestOfTwo) afMajoration += bmaf * P.afTauxMajoration;
      }
      afMajoration *= modulation;
    }
    const forfaitModulation = afModulation(P, resources, nbEnf + forfaitChildren);
    const afForfait =
      nbEnf + forfaitChildren >= 3
        ? forfaitChildren * roundHalfEven(bmaf * P.afTauxForfaitaire, 2) * forfaitModulation
        : 0;
    const excess = afExcess(P, resources, nbEnf);
    const afDegressive = excess > 0 ? Math.max(0, afBase + afMajoration - excess) : 0;
    const forfaitDegressive = excess > 0 ? Math.max(0, afForfait - excess) : 0;
    s.afBase[f] = afBase;
    s.af[f] = afBase + afMajoration + afForfait + afDegressive + forfaitDegressive;

    // PAJE allocation de base (child under 3), full or half rate under resource ceilings.
    const biactiveOrIsolated = isolated || s.pfBiactivity[f] === 1;
    const childFactor =
      1 +
      P.pajeMajorationDeuxPremiers * Math.min(nbEnf, 2) +
      P.pajeMajorationSuivants * Math.max(nbEnf - 2, 0);
    const pajeCeilingFull =
      P.pajePlafondPlein * childFactor + (biactiveOrIsolated ? P.pajeMajorationBiactifsPlein : 0);
    const pajeCeilingPartial =
      P.pajePlafondPartiel * childFactor +
      (biactiveOrIsolated ? P.pajeMajorationBiactifsPartiel : 0);
    let paje = 0;
    if (pajeChild) {
      if (resources <= pajeCeilingFull) paje = pajeFull;
      else if (resources <= pajeCeilingPartial) paje = pajeFull / 2;
    }
    s.paje[f] = paje;

    // Complément familial: three children aged 3 or more, under a resource ceiling.
    let cfNonMajore = 0;
    let cfMajore = 0;
    let cfCeiling = 0;
    if (cfEligibleChildren >= P.cfNbEnfantsMin) {
      const ceiling =
        P.cfPlafond *
          (1 +
            P.cfMajorationDeuxPremiers * Math.min(cfChildren, 2) +
            P.cfMajorationSuivants * Math.max(cfChildren - 2, 0)) +
        (biactiveOrIsolated ? P.cfMajorationBiactifsIsoles : 0);
      cfCeiling = ceiling;
      if (cfResources <= ceiling) cfNonMajore = cfAmount;
      else if (cfResources <= ceiling + 12 * cfAmount)
        cfNonMajore = (ceiling + 12 * cfAmount - cfResources) / 12;
      if (cfResources <= ceiling * P.cfPlafondMajore) cfMajore = cfMajoreAmount;
    }
    s.cfNonMajore[f] = cfNonMajore;
    s.cf[f] = paje > 0 ? 0 : roundHalfEven(Math.max(cfNonMajore, cfMajore), 2);

    // ASF: a single parent, per child, minus the alimony received.
    const asfAmount = Math.max(asfChildren * asfPerChild - alimony, 0);
    const asf = isolated && asfAmount > P.asfSeuil ? asfAmount : 0;
    s.asf[f] = asf;
    s.rsaForfaitAsf[f] = Math.min(asf, asfChildren * asfForfaitPerChild);
    if (tracer?.index === f && s.offset === 0)
      tracePrestationsFamiliales(tracer, s, {
        children: pop.personCount[f]! - s.nbParents[f]!,
        nbEnf,
        resources,
        afBase,
        afMajoration,
        afForfait,
        afDegressive: afDegressive + forfaitDegressive,
        cfEligibleChildren,
        cfResources,
        cfCeiling,
        cfNonMajore,
        cfMajore,
        isolated,
        asfChildren,
        asfGross: asfChildren * asfPerChild,
        alimony,
        pajeChild,
        youngest: Number.isFinite(youngest) ? youngest : -1,
        pajeCeilingFull,
        pajeCeilingPartial,
      });
  }
}

type PfScales = ReturnType<typeof pfAt>;

/** First modulation ceiling of the allocations familiales for this number of children (D521-1 CSS). */
function afCeiling1(P: PfScales, children: number): number {
  return P.afPlafondTranche1 + Math.max(children, 0) * P.afPlafondParEnfant;
}

/** Second modulation ceiling. */
function afCeiling2(P: PfScales, children: number): number {
  return P.afPlafondTranche2 + Math.max(children, 0) * P.afPlafondParEnfant;
}

/** Share of the allocations familiales paid at this level of resources (D521-1 CSS). */
function afModulation(P: PfScales, resources: number, children: number): number {
  if (resources <= afCeiling1(P, children)) return 1;
  if (resources <= afCeiling2(P, children)) return P.afModulationTranche2;
  return P.afModulationTranche3;
}

/** Monthly excess over the ceiling just crossed, which the complément dégressif smooths (D521-2 CSS). */
function afExcess(P: PfScales, resources: number, children: number): number {
  const over2 = Math.max(0, resources - afCeiling2(P, children));
  const over1 = Math.max(0, resources - afCeiling1(P, children));
  return (over2 > 0 ? over2 : over1) / 12;
}

/**
 * Age opening the AF majoration for child i: the age in force (`ageInForce`), except for children
 * born before March 2012, who keep the former opening age of 14 (décret 2008-409).
 */
export function afMajorationOpening(pop: Population, i: number, ageInForce: number): number {
  const bornBefore2012March =
    pop.birthYear[i]! < 2012 || (pop.birthYear[i] === 2012 && pop.birthMonth[i]! < 3);
  return bornBefore2012March ? 14 : ageInForce;
}
