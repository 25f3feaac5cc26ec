import { Housing, isTenant } from '../../entities.ts';
import { valueAt } from '../../parameters.ts';
import type { Population } from '../../population.ts';
import type { MonthState } from '../../month-state.ts';
import type { Tracer } from '../../trace.ts';
import { commonParameters as common } from '../../../parameters/common.ts';
import { roundHalfEven } from '../../shared/tax-allowances.ts';
import { NOT_TENANT, traceAidesLogement } from './aides-logement-trace.ts';
import { accessionAid, accessionEligible, accessionScales } from './aides-logement-accession.ts';
import {
  familyRate,
  housingAidScales,
  r0,
  rentCeiling,
  rentRate,
  rls,
  zoneScales,
  type HousingAidScales,
} from './aides-logement-scales.ts';

/** Why a famille gets no housing aid, in plain French (index = reason code). */
export const aidesLogementReasons = [
  '',
  "Les aides au logement concernent les locataires et les accédants à la propriété qui remboursent un prêt ; les propriétaires sans prêt et les personnes hébergées gratuitement n'y ont pas droit.",
  'Les ressources du foyer sont trop élevées par rapport au loyer.',
  'Le montant calculé est inférieur au seuil de versement.',
  "Un prêt signé depuis le 1er janvier 2018 n'ouvre plus droit à l'aide au logement en accession à la propriété (sauf prêt conventionné signé avant 2020 pour un logement ancien en zone 3).",
] as const;

/** Which housing aid a famille gets: APL in a conventionné dwelling, else ALF with dependants, else ALS. */
export const HousingAidType = { none: 0, apl: 1, als: 2, alf: 3 } as const;

/**
 * Number of persons à charge for housing aid (R823-4 CCH): children under 21 without financial
 * autonomy, and disabled adults of the famille whose resources stay under 1.25 ASPA.
 */
function countDependants(
  pop: Population,
  s: MonthState,
  f: number,
  pfIndividual: Float64Array,
  a: HousingAidScales,
): number {
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let n = 0;
  for (let i = first; i < last; i++) {
    if (pop.role[i] !== 2) continue;
    const age = s.age[i]!;
    if (age >= 0 && age <= a.ageLimitePac - 1 && s.autonomous[i] === 0) n++;
    else if (
      pop.incapacity[i]! > 0.8 &&
      age >= a.ageLimitePac &&
      pfIndividual[i]! <= a.adultDependantCeiling
    )
      n++;
  }
  return n;
}

/**
 * Aides personnelles au logement of tenants for the month of `s` (L821-1 s., D823-16 s. CCH):
 * rent retained up to the ceiling of the zone and composition, plus the flat charges, minus the
 * personal participation P0 + Tp × (R − R0); degressive above a high rent, minus the 5 € flat
 * reduction, the RLS share for HLM tenants and CRDS; nothing under the payment threshold.
 * Home buyers repaying an eligible loan get the accession aid (`computeAccession`); owners
 * without a loan and people housed free get nothing.
 */
export function computeAidesLogement(
  pop: Population,
  s: MonthState,
  pfIndividual: Float64Array,
  type: Uint8Array,
  reason: Uint8Array,
  tracer?: Tracer,
): void {
  const m = s.month;
  const a = housingAidScales(m);
  const crds = valueAt(common.crds, m);
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!s.active[f]) continue;
    type[f] = HousingAidType.none;
    const traced = tracer?.index === f && s.offset === 0;
    const accession = accessionEligible(pop, f);
    if (!isTenant(pop.housing[f]!) && !accession) {
      reason[f] = pop.housing[f] === Housing.primo_accedant ? 4 : 1;
      if (traced) traceAidesLogement(tracer, pop, s, NOT_TENANT);
      continue;
    }
    if (accession) {
      const before = computeAccession(
        pop,
        s,
        f,
        countDependants(pop, s, f, pfIndividual, a),
        a,
        crds,
        type,
        reason,
      );
      if (traced)
        traceAidesLogement(tracer, pop, s, {
          ...NOT_TENANT,
          accession: true,
          couple: s.nbParents[f] === 2 || s.pregnancy[f] === 1,
          dependants: s.alNbPac[f]!,
          rent: pop.rent[f]!,
          beforeThreshold: before,
          threshold: a.seuilAl,
        });
      continue;
    }
    const pac = countDependants(pop, s, f, pfIndividual, a);
    s.alNbPac[f] = pac;
    // A pregnant single person is assessed on the couple scales, as OpenFisca's al_couple does.
    const couple = s.nbParents[f] === 2 || s.pregnancy[f] === 1;
    const z = zoneScales(a, pop.zone[f]!);
    const housing = pop.housing[f]!;
    const conventionne = housing === Housing.locataire_hlm;
    type[f] = HousingAidType.none;
    s.aideLogement[f] = 0;
    s.rls[f] = 0;

    let ceiling = pop.room[f] ? z.ceilingSingle * a.coefChambre : rentCeiling(z, couple, pac);
    if (pop.coloc[f]) ceiling *= a.coefColocation;
    ceiling = roundHalfEven(ceiling, 2);
    s.alLoyerPlafond[f] = ceiling;
    const furnished = housing === Housing.locataire_meuble;
    const rent = pop.rent[f]!;
    // Furnished dwellings count two thirds of the rent (for APL, only furnished rooms).
    const furnishedShare = furnished && (!conventionne || pop.room[f] === 1) ? 2 / 3 : 1;
    const actualRent = roundHalfEven(rent * furnishedShare);
    const retained = Math.min(actualRent, ceiling);
    s.alLoyerRetenu[f] = retained;
    const charges = pop.coloc[f]
      ? (couple ? a.chargesColocCouple : a.chargesColocIsole) + pac * a.chargesColocParPac
      : a.chargesBase + pac * a.chargesParPac;
    s.alCharges[f] = charges;
    const resources = s.alResources[f]!;
    const participation =
      Math.max(a.p0Taux * (retained + charges), a.p0Forfait) +
      (familyRate(a, couple, pac) + rentRate(a, retained, couple, pac)) *
        Math.max(0, resources - r0(a, couple, pac));
    s.alParticipation[f] = participation;
    reason[f] = 2;

    let amount = Math.max(0, retained + charges - participation);
    if (amount > 0) reason[f] = 3;
    if (!(amount >= (conventionne ? a.seuilApl : a.seuilAl))) amount = 0;

    // Degressivity above a high rent, except when a member is disabled (D823-16 CCH).
    const degressive = roundHalfEven(ceiling * z.degressive, 2);
    const removal = roundHalfEven(ceiling * z.removal, 2);
    let disabled = false;
    for (let i = pop.firstPerson[f]!; i < pop.firstPerson[f]! + pop.personCount[f]!; i++) {
      if (pop.handicap[i]) disabled = true;
    }
    let coefficient = 1;
    if (!disabled) {
      if (actualRent > removal) coefficient = 0;
      else if (actualRent > degressive)
        coefficient = 1 - (actualRent - degressive) / (removal - degressive);
    }
    const gross = Math.max(0, roundHalfEven(amount * coefficient, 2) - a.minoration);
    const reduction = conventionne ? rls(z, couple, pac, resources / 12) : 0;
    s.rls[f] = reduction;
    const afterRls = Math.max(0, gross - reduction * a.rlsFraction);
    const net = roundHalfEven(afterRls - afterRls * crds, 2);
    s.aideLogement[f] = net;
    if (net > 0) reason[f] = 0;
    if (net > 0)
      type[f] = conventionne
        ? HousingAidType.apl
        : pac > 0
          ? HousingAidType.alf
          : HousingAidType.als;
    if (traced)
      traceAidesLogement(tracer, pop, s, {
        tenant: true,
        accession: false,
        conventionne,
        couple,
        dependants: pac,
        rent,
        beforeThreshold: Math.max(0, retained + charges - participation),
        threshold: conventionne ? a.seuilApl : a.seuilAl,
        coefficient,
        degressive,
        removal,
        gross,
        reduction,
      });
  }
}

/**
 * Housing aid of an eligible home buyer (D832-1 s., D842-1 s. CCH): `accessionAid` before the
 * payment threshold, minus the 5 € flat reduction and CRDS; no degressivity, no RLS. Paid as ALS
 * or ALF, as OpenFisca does (docs/divergences.md).
 */
function computeAccession(
  pop: Population,
  s: MonthState,
  f: number,
  pac: number,
  a: HousingAidScales,
  crds: number,
  type: Uint8Array,
  reason: Uint8Array,
): number {
  s.alNbPac[f] = pac;
  const couple = s.nbParents[f] === 2 || s.pregnancy[f] === 1;
  const charges = a.chargesBase + pac * a.chargesParPac;
  const aid = accessionAid(
    accessionScales(s.month),
    pop.zone[f]!,
    couple,
    pac,
    pop.rent[f]!,
    charges,
    s.alResources[f]!,
    pop.loanConventionne[f] === 1,
  );
  s.alLoyerPlafond[f] = aid.ceiling;
  s.alLoyerRetenu[f] = aid.retained;
  s.alCharges[f] = charges;
  s.alParticipation[f] = aid.minimal;
  s.rls[f] = 0;
  reason[f] = aid.amount > 0 ? 3 : 2;
  const amount = aid.amount >= a.seuilAl ? aid.amount : 0;
  const gross = Math.max(0, roundHalfEven(amount, 2) - a.minoration);
  const net = roundHalfEven(gross - gross * crds, 2);
  s.aideLogement[f] = net;
  if (net > 0) {
    reason[f] = 0;
    type[f] = pac > 0 ? HousingAidType.alf : HousingAidType.als;
  }
  return aid.amount;
}
