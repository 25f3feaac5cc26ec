import { Housing, isTenant } from '../entities.ts';
import { valueAt, type Parameter } from '../parameters.ts';
import type { Population } from '../population.ts';
import type { MonthState } from '../month-state.ts';
import { commonParameters as common } from '../../parameters/common.ts';
import { aidesLogementParameters as al } from '../../parameters/aides-logement.ts';
import { handicapVieillesseParameters as hv } from '../../parameters/handicap-vieillesse.ts';
import { roundHalfEven } from './tax-allowances.ts';

/** Why a famille gets no housing aid, in plain French (index = reason code). */
export const aidesLogementReasons = [
  '',
  "Les aides au logement calculées ici concernent les locataires ; les propriétaires et les personnes hébergées gratuitement n'y ont pas droit.",
  'Les ressources du foyer sont trop élevées par rapport au loyer.',
  'Le montant calculé est inférieur au seuil de versement.',
] as const;

/** Which housing aid a famille gets: APL in a conventionné dwelling, else ALF with dependants, else ALS. */
export const HousingAidType = { none: 0, apl: 1, als: 2, alf: 3 } as const;

type Zone = 1 | 2 | 3;
function byZone<T>(zone: number, z1: T, z2: T, z3: T): T {
  return zone === 1 ? z1 : zone === 3 ? z3 : z2;
}

function ceilingParameters(zone: number): [Parameter, Parameter, Parameter, Parameter] {
  return byZone<[Parameter, Parameter, Parameter, Parameter]>(
    zone,
    [al.plafondSeulZone1, al.plafondCoupleZone1, al.plafondUnePacZone1, al.plafondPacSuppZone1],
    [al.plafondSeulZone2, al.plafondCoupleZone2, al.plafondUnePacZone2, al.plafondPacSuppZone2],
    [al.plafondSeulZone3, al.plafondCoupleZone3, al.plafondUnePacZone3, al.plafondPacSuppZone3],
  );
}

/** Loyer plafond for a composition in a zone (D823-16 CCH, arrêté du 27 septembre 2019 art. 8). */
function rentCeiling(m: number, zone: number, couple: boolean, pac: number): number {
  const [single, pair, onePac, perPac] = ceilingParameters(zone);
  if (pac > 0) return valueAt(onePac, m) + (pac - 1) * valueAt(perPac, m);
  return valueAt(couple ? pair : single, m);
}

/**
 * Number of persons à charge for housing aid (R823-4 CCH): children under 21 without financial
 * autonomy, and disabled adults of the famille whose resources stay under 1.25 ASPA.
 */
function countDependants(
  pop: Population,
  s: MonthState,
  f: number,
  pfIndividual: Float64Array,
): number {
  const m = s.month;
  const ageMax = valueAt(al.ageLimitePac, m);
  const adultCeiling = 1.25 * valueAt(hv.aspaPlafondSeul, (Math.floor(m / 12) - 2) * 12 + 11);
  const first = pop.firstPerson[f]!;
  const last = first + pop.personCount[f]!;
  let n = 0;
  for (let i = first; i < last; i++) {
    if (pop.role[i] !== 2) continue;
    const age = s.age[i]!;
    if (age >= 0 && age <= ageMax - 1 && s.autonomous[i] === 0) n++;
    else if (pop.incapacity[i]! > 0.8 && age >= ageMax && pfIndividual[i]! <= adultCeiling) n++;
  }
  return n;
}

/** R0, the yearly resource allowance of the personal participation (D823-17 CCH). */
function r0(m: number, couple: boolean, pac: number): number {
  const byPac = [
    al.r0Seul,
    al.r01Pac,
    al.r02Pac,
    al.r03Pac,
    al.r04Pac,
    al.r05Pac,
    al.r06Pac,
  ] as const;
  if (pac === 0) return valueAt(couple ? al.r0Couple : al.r0Seul, m);
  return valueAt(byPac[Math.min(pac, 6)]!, m) + Math.max(pac - 6, 0) * valueAt(al.r0PacSupp, m);
}

/** Tf, the family rate of the personal participation (D823-17 CCH). */
function familyRate(m: number, couple: boolean, pac: number): number {
  const byPac = [
    al.tfSeul,
    al.tf1Pac,
    al.tf2Pac,
    al.tf3Pac,
    al.tf4Pac,
    al.tf5Pac,
    al.tf6Pac,
  ] as const;
  if (pac === 0) return valueAt(couple ? al.tfCouple : al.tfSeul, m);
  return valueAt(byPac[Math.min(pac, 6)]!, m) + Math.max(pac - 6, 0) * valueAt(al.tfPacSupp, m);
}

/** Tl, the rent rate: the rent compared with the zone-2 ceiling of the same composition. */
function rentRate(m: number, rent: number, couple: boolean, pac: number): number {
  const ratio = rent / rentCeiling(m, 2, couple, pac);
  const threshold1 = valueAt(al.tlSeuil1, m);
  const threshold2 = valueAt(al.tlSeuil2, m);
  const rate2 = valueAt(al.tlTaux2, m);
  if (ratio >= threshold2)
    return valueAt(al.tlTaux3, m) * (ratio - threshold2) + rate2 * (threshold2 - threshold1);
  return Math.max(0, rate2 * (ratio - threshold1));
}

/** Réduction de loyer de solidarité of an HLM tenant under the resource ceiling (L442-2-1 CCH). */
function rls(
  m: number,
  zone: number,
  couple: boolean,
  pac: number,
  monthlyResources: number,
): number {
  const z = zone as Zone;
  const ceilings = {
    1: [
      al.rlsPlafondSeulZone1,
      al.rlsPlafondCoupleZone1,
      al.rlsPlafond1PacZone1,
      al.rlsPlafond2PacZone1,
      al.rlsPlafond3PacZone1,
      al.rlsPlafond4PacZone1,
      al.rlsPlafond5PacZone1,
      al.rlsPlafond6PacZone1,
      al.rlsPlafondPacSuppZone1,
    ],
    2: [
      al.rlsPlafondSeulZone2,
      al.rlsPlafondCoupleZone2,
      al.rlsPlafond1PacZone2,
      al.rlsPlafond2PacZone2,
      al.rlsPlafond3PacZone2,
      al.rlsPlafond4PacZone2,
      al.rlsPlafond5PacZone2,
      al.rlsPlafond6PacZone2,
      al.rlsPlafondPacSuppZone2,
    ],
    3: [
      al.rlsPlafondSeulZone3,
      al.rlsPlafondCoupleZone3,
      al.rlsPlafond1PacZone3,
      al.rlsPlafond2PacZone3,
      al.rlsPlafond3PacZone3,
      al.rlsPlafond4PacZone3,
      al.rlsPlafond5PacZone3,
      al.rlsPlafond6PacZone3,
      al.rlsPlafondPacSuppZone3,
    ],
  }[z];
  const amounts = {
    1: [al.rlsSeulZone1, al.rlsCoupleZone1, al.rlsUnePacZone1, al.rlsPacSuppZone1],
    2: [al.rlsSeulZone2, al.rlsCoupleZone2, al.rlsUnePacZone2, al.rlsPacSuppZone2],
    3: [al.rlsSeulZone3, al.rlsCoupleZone3, al.rlsUnePacZone3, al.rlsPacSuppZone3],
  }[z];
  const ceiling =
    pac === 0
      ? valueAt(ceilings[couple ? 1 : 0]!, m)
      : pac <= 6
        ? valueAt(ceilings[pac + 1]!, m)
        : valueAt(ceilings[7]!, m) + (pac - 6) * valueAt(ceilings[8]!, m);
  if (!(monthlyResources < ceiling)) return 0;
  if (pac === 0) return valueAt(amounts[couple ? 1 : 0]!, m);
  return valueAt(amounts[2]!, m) + (pac - 1) * valueAt(amounts[3]!, m);
}

/**
 * Aides personnelles au logement of tenants for the month of `s` (L821-1 s., D823-16 s. CCH):
 * rent retained up to the ceiling of the zone and composition, plus the flat charges, minus the
 * personal participation P0 + Tp × (R − R0); degressive above a high rent, minus the 5 € flat
 * reduction, the RLS share for HLM tenants and CRDS; nothing under the payment threshold.
 * Owners and people housed free get nothing here (accession aid is not modelled).
 */
export function computeAidesLogement(
  pop: Population,
  s: MonthState,
  pfIndividual: Float64Array,
  type: Uint8Array,
  reason: Uint8Array,
): void {
  const m = s.month;
  const crds = valueAt(common.crds, m);
  const p0Rate = valueAt(al.p0Taux, m);
  const p0Flat = valueAt(al.p0Forfait, m);
  for (let f = 0; f < pop.nFamilies; f++) {
    const pac = countDependants(pop, s, f, pfIndividual);
    s.alNbPac[f] = pac;
    const couple = s.nbParents[f] === 2;
    const zone = pop.zone[f]!;
    const housing = pop.housing[f]!;
    const conventionne = housing === Housing.locataire_hlm;
    type[f] = HousingAidType.none;
    s.aideLogement[f] = 0;
    s.rls[f] = 0;

    let ceiling =
      pac > 0 || couple ? rentCeiling(m, zone, couple, pac) : rentCeiling(m, zone, false, 0);
    if (pop.room[f]) ceiling = rentCeiling(m, zone, false, 0) * valueAt(al.coefChambre, m);
    if (pop.coloc[f]) ceiling *= valueAt(al.coefColocation, m);
    ceiling = roundHalfEven(ceiling, 2);
    s.alLoyerPlafond[f] = ceiling;
    const furnished = housing === Housing.locataire_meuble;
    const rent = pop.rent[f]!;
    const actualRent = roundHalfEven(
      conventionne ? rent * (furnished && pop.room[f] ? 2 / 3 : 1) : rent * (furnished ? 2 / 3 : 1),
    );
    const retained = Math.min(actualRent, ceiling);
    s.alLoyerRetenu[f] = retained;
    const charges = pop.coloc[f]
      ? valueAt(couple ? al.chargesColocCouple : al.chargesColocIsole, m) +
        pac * valueAt(al.chargesColocParPac, m)
      : valueAt(al.chargesBase, m) + pac * valueAt(al.chargesParPac, m);
    s.alCharges[f] = charges;
    const resources = s.alResources[f]!;
    const participation =
      Math.max(p0Rate * (retained + charges), p0Flat) +
      (familyRate(m, couple, pac) + rentRate(m, retained, couple, pac)) *
        Math.max(0, resources - r0(m, couple, pac));
    s.alParticipation[f] = participation;
    reason[f] = 1;
    if (!isTenant(housing)) continue;
    reason[f] = 2;

    let amount = Math.max(0, retained + charges - participation);
    const threshold = valueAt(conventionne ? al.seuilVersementApl : al.seuilVersementAl, m);
    if (amount > 0) reason[f] = 3;
    if (!(amount >= threshold)) amount = 0;

    // Degressivity above a high rent, except when a member is disabled (D823-16 CCH).
    const degressive = roundHalfEven(
      ceiling *
        valueAt(byZone(zone, al.degressiviteZone1, al.degressiviteZone2, al.degressiviteZone3), m),
      2,
    );
    const removal = roundHalfEven(
      ceiling *
        valueAt(byZone(zone, al.suppressionZone1, al.suppressionZone2, al.suppressionZone3), m),
      2,
    );
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
    const gross = Math.max(
      0,
      roundHalfEven(amount * coefficient, 2) - valueAt(al.minorationForfaitaire, m),
    );
    const reduction = conventionne ? rls(m, zone, couple, pac, resources / 12) : 0;
    s.rls[f] = reduction;
    const afterRls = Math.max(0, gross - reduction * valueAt(al.rlsFractionBaisseAide, m));
    const net = roundHalfEven(afterRls - afterRls * crds, 2);
    s.aideLogement[f] = net;
    if (net > 0) reason[f] = 0;
    if (net > 0)
      type[f] = conventionne
        ? HousingAidType.apl
        : pac > 0
          ? HousingAidType.alf
          : HousingAidType.als;
  }
}
