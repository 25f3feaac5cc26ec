import { byMonth, valueAt, type Parameter } from '../../parameters.ts';
import type { Month } from '../../periods.ts';
import { aidesLogementParameters as al } from './aides-logement-parameters.ts';
import { handicapVieillesseParameters as hv } from '../handicap-vieillesse/handicap-vieillesse-parameters.ts';

/** The scales of one zone: rent ceilings, degressivity and RLS, read once per month. */
export interface ZoneScales {
  ceilingSingle: number;
  ceilingCouple: number;
  ceilingOnePac: number;
  ceilingPerPac: number;
  degressive: number;
  removal: number;
  /** RLS monthly resource ceilings: single, couple, 1 … 6 dependants, per extra dependant. */
  rlsCeilings: number[];
  /** RLS amounts: single, couple, one dependant, per extra dependant. */
  rlsAmounts: number[];
}

/** Every housing-aid number of a month, as plain numbers for the loops. */
export interface HousingAidScales {
  zones: [ZoneScales, ZoneScales, ZoneScales];
  coefColocation: number;
  coefChambre: number;
  chargesBase: number;
  chargesParPac: number;
  chargesColocIsole: number;
  chargesColocCouple: number;
  chargesColocParPac: number;
  /** R0 by number of dependants 0 … 6 (index 0: single), `r0Couple`, `r0PacSupp`. */
  r0: number[];
  r0Couple: number;
  r0PacSupp: number;
  /** Tf by number of dependants 0 … 6 (index 0: single), `tfCouple`, `tfPacSupp`. */
  tf: number[];
  tfCouple: number;
  tfPacSupp: number;
  tlSeuil1: number;
  tlSeuil2: number;
  tlTaux2: number;
  tlTaux3: number;
  p0Taux: number;
  p0Forfait: number;
  minoration: number;
  seuilApl: number;
  seuilAl: number;
  rlsFraction: number;
  ageLimitePac: number;
  /** Resource ceiling of an adult dependant: 1.25 ASPA of the end of year N-2. */
  adultDependantCeiling: number;
}

function zone(m: Month, p: Parameter[]): ZoneScales {
  const v = p.map((x) => valueAt(x, m));
  return {
    ceilingSingle: v[0]!,
    ceilingCouple: v[1]!,
    ceilingOnePac: v[2]!,
    ceilingPerPac: v[3]!,
    degressive: v[4]!,
    removal: v[5]!,
    rlsCeilings: v.slice(6, 15),
    rlsAmounts: v.slice(15, 19),
  };
}

/** The housing-aid scales in force in month m. */
export const housingAidScales = byMonth((m: Month): HousingAidScales => ({
  zones: [
    zone(m, [
      al.plafondSeulZone1,
      al.plafondCoupleZone1,
      al.plafondUnePacZone1,
      al.plafondPacSuppZone1,
      al.degressiviteZone1,
      al.suppressionZone1,
      al.rlsPlafondSeulZone1,
      al.rlsPlafondCoupleZone1,
      al.rlsPlafond1PacZone1,
      al.rlsPlafond2PacZone1,
      al.rlsPlafond3PacZone1,
      al.rlsPlafond4PacZone1,
      al.rlsPlafond5PacZone1,
      al.rlsPlafond6PacZone1,
      al.rlsPlafondPacSuppZone1,
      al.rlsSeulZone1,
      al.rlsCoupleZone1,
      al.rlsUnePacZone1,
      al.rlsPacSuppZone1,
    ]),
    zone(m, [
      al.plafondSeulZone2,
      al.plafondCoupleZone2,
      al.plafondUnePacZone2,
      al.plafondPacSuppZone2,
      al.degressiviteZone2,
      al.suppressionZone2,
      al.rlsPlafondSeulZone2,
      al.rlsPlafondCoupleZone2,
      al.rlsPlafond1PacZone2,
      al.rlsPlafond2PacZone2,
      al.rlsPlafond3PacZone2,
      al.rlsPlafond4PacZone2,
      al.rlsPlafond5PacZone2,
      al.rlsPlafond6PacZone2,
      al.rlsPlafondPacSuppZone2,
      al.rlsSeulZone2,
      al.rlsCoupleZone2,
      al.rlsUnePacZone2,
      al.rlsPacSuppZone2,
    ]),
    zone(m, [
      al.plafondSeulZone3,
      al.plafondCoupleZone3,
      al.plafondUnePacZone3,
      al.plafondPacSuppZone3,
      al.degressiviteZone3,
      al.suppressionZone3,
      al.rlsPlafondSeulZone3,
      al.rlsPlafondCoupleZone3,
      al.rlsPlafond1PacZone3,
      al.rlsPlafond2PacZone3,
      al.rlsPlafond3PacZone3,
      al.rlsPlafond4PacZone3,
      al.rlsPlafond5PacZone3,
      al.rlsPlafond6PacZone3,
      al.rlsPlafondPacSuppZone3,
      al.rlsSeulZone3,
      al.rlsCoupleZone3,
      al.rlsUnePacZone3,
      al.rlsPacSuppZone3,
    ]),
  ],
  coefColocation: valueAt(al.coefColocation, m),
  coefChambre: valueAt(al.coefChambre, m),
  chargesBase: valueAt(al.chargesBase, m),
  chargesParPac: valueAt(al.chargesParPac, m),
  chargesColocIsole: valueAt(al.chargesColocIsole, m),
  chargesColocCouple: valueAt(al.chargesColocCouple, m),
  chargesColocParPac: valueAt(al.chargesColocParPac, m),
  r0: [al.r0Seul, al.r01Pac, al.r02Pac, al.r03Pac, al.r04Pac, al.r05Pac, al.r06Pac].map((p) =>
    valueAt(p, m),
  ),
  r0Couple: valueAt(al.r0Couple, m),
  r0PacSupp: valueAt(al.r0PacSupp, m),
  tf: [al.tfSeul, al.tf1Pac, al.tf2Pac, al.tf3Pac, al.tf4Pac, al.tf5Pac, al.tf6Pac].map((p) =>
    valueAt(p, m),
  ),
  tfCouple: valueAt(al.tfCouple, m),
  tfPacSupp: valueAt(al.tfPacSupp, m),
  tlSeuil1: valueAt(al.tlSeuil1, m),
  tlSeuil2: valueAt(al.tlSeuil2, m),
  tlTaux2: valueAt(al.tlTaux2, m),
  tlTaux3: valueAt(al.tlTaux3, m),
  p0Taux: valueAt(al.p0Taux, m),
  p0Forfait: valueAt(al.p0Forfait, m),
  minoration: valueAt(al.minorationForfaitaire, m),
  seuilApl: valueAt(al.seuilVersementApl, m),
  seuilAl: valueAt(al.seuilVersementAl, m),
  rlsFraction: valueAt(al.rlsFractionBaisseAide, m),
  ageLimitePac: valueAt(al.ageLimitePac, m),
  adultDependantCeiling: 1.25 * valueAt(hv.aspaPlafondSeul, (Math.floor(m / 12) - 2) * 12 + 11),
}));

/** Zone scales (zone 1, 2 or 3; anything else reads zone 2). */
export function zoneScales(scales: HousingAidScales, zone: number): ZoneScales {
  return scales.zones[zone === 1 ? 0 : zone === 3 ? 2 : 1];
}

/** Loyer plafond for a composition in a zone (D823-16 CCH, arrêté du 27 septembre 2019 art. 8). */
export function rentCeiling(z: ZoneScales, couple: boolean, pac: number): number {
  if (pac > 0) return z.ceilingOnePac + (pac - 1) * z.ceilingPerPac;
  return couple ? z.ceilingCouple : z.ceilingSingle;
}

/** R0, the yearly resource allowance of the personal participation (D823-17 CCH). */
export function r0(a: HousingAidScales, couple: boolean, pac: number): number {
  if (pac === 0) return couple ? a.r0Couple : a.r0[0]!;
  return a.r0[Math.min(pac, 6)]! + Math.max(pac - 6, 0) * a.r0PacSupp;
}

/** Tf, the family rate of the personal participation (D823-17 CCH). */
export function familyRate(a: HousingAidScales, couple: boolean, pac: number): number {
  if (pac === 0) return couple ? a.tfCouple : a.tf[0]!;
  return a.tf[Math.min(pac, 6)]! + Math.max(pac - 6, 0) * a.tfPacSupp;
}

/** Tl, the rent rate: the rent compared with the zone-2 ceiling of the same composition. */
export function rentRate(a: HousingAidScales, rent: number, couple: boolean, pac: number): number {
  const ratio = rent / rentCeiling(a.zones[1], couple, pac);
  if (ratio >= a.tlSeuil2)
    return a.tlTaux3 * (ratio - a.tlSeuil2) + a.tlTaux2 * (a.tlSeuil2 - a.tlSeuil1);
  return Math.max(0, a.tlTaux2 * (ratio - a.tlSeuil1));
}

/** Réduction de loyer de solidarité of an HLM tenant under the resource ceiling (L442-2-1 CCH). */
export function rls(z: ZoneScales, couple: boolean, pac: number, monthlyResources: number): number {
  const c = z.rlsCeilings;
  const ceiling =
    pac === 0 ? c[couple ? 1 : 0]! : pac <= 6 ? c[pac + 1]! : c[7]! + (pac - 6) * c[8]!;
  if (!(monthlyResources < ceiling)) return 0;
  const r = z.rlsAmounts;
  if (pac === 0) return r[couple ? 1 : 0]!;
  return r[2]! + (pac - 1) * r[3]!;
}
