import { EtatLogement, Housing } from '../../entities.ts';
import { byMonth, valueAt } from '../../parameters.ts';
import { epochDays, type Month } from '../../periods.ts';
import type { Population } from '../../population.ts';
import {
  accessionLoanLimits,
  aidesLogementAccessionParameters as acc,
} from './aides-logement-accession-parameters.ts';

function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return epochDays(y!, m!, d!);
}
const ALL_LOANS_BEFORE = dayOf(accessionLoanLimits.allLoansBefore);
const OLD_ZONE3_BEFORE = dayOf(accessionLoanLimits.oldDwellingZone3Before);

/** An old dwelling (« ancien »): bought with or without works, improved or enlarged. */
function isOldDwelling(etat: number): boolean {
  return (
    etat === EtatLogement.acquisition_amelioration ||
    etat === EtatLogement.acquisition_sans_amelioration_logement_existant ||
    etat === EtatLogement.amelioration ||
    etat === EtatLogement.agrandissement_amenagement
  );
}

/**
 * A home buyer still repaying a loan that opens housing aid (L831-1 CCH as amended by the loi de
 * finances pour 2018, art. 126): a loan signed before 2018, or before 2020 when it is conventionné
 * and buys an old dwelling in zone 3. An unknown loan date opens nothing.
 */
export function accessionEligible(pop: Population, f: number): boolean {
  if (pop.housing[f] !== Housing.primo_accedant) return false;
  const day = pop.loanDay[f]!;
  if (day < ALL_LOANS_BEFORE) return true;
  return (
    day < OLD_ZONE3_BEFORE &&
    pop.loanConventionne[f] === 1 &&
    isOldDwelling(pop.etatLogement[f]!) &&
    pop.zone[f] === 3
  );
}

/** The accession numbers of a month, as plain numbers for the loops. */
export interface AccessionScales {
  /** Monthly repayment ceilings by zone (index 0 … 2): single, couple, 1 … 5 dependants, per extra one. */
  ceilings: number[][];
  kPlafond: number;
  kPlafondConventionne: number;
  kCm: number;
  kCmConventionne: number;
  /** Parts N: single, couple, 1 … 4 dependants, per extra one. */
  parts: number[];
  e0Thresholds: number[];
  e0Rates: number[];
  e0Majoration: number;
  floorCoef: number;
}

export const accessionScales = byMonth((m: Month): AccessionScales => {
  const v = (k: keyof typeof acc): number => valueAt(acc[k], m);
  const zone = (z: 1 | 2 | 3): number[] =>
    (['Isole', 'Menage', '1Pac', '2Pac', '3Pac', '4Pac', '5Pac', 'PacSupp'] as const).map((c) =>
      v(`mensualitePlafond${c}Zone${z}`),
    );
  return {
    ceilings: [zone(1), zone(2), zone(3)],
    kPlafond: v('kPlafond'),
    kPlafondConventionne: v('kPlafondConventionne'),
    kCm: v('kCm'),
    kCmConventionne: v('kCmConventionne'),
    parts: [
      v('partsIsole'),
      v('partsMenage'),
      v('parts1Pac'),
      v('parts2Pac'),
      v('parts3Pac'),
      v('parts4Pac'),
      v('partsPacSupp'),
    ],
    e0Thresholds: [0, v('e0Seuil1'), v('e0Seuil2'), v('e0Seuil3'), v('e0Seuil4')],
    e0Rates: [0, v('e0Taux1'), v('e0Taux2'), v('e0Taux3'), v('e0Taux4')],
    e0Majoration: v('e0Majoration'),
    floorCoef: v('plancherRessourcesCoef'),
  };
});

/** The monthly repayment ceiling L of a composition in a zone (D842-6 CCH, arrêté art. 33). */
export function repaymentCeiling(
  a: AccessionScales,
  zone: number,
  couple: boolean,
  pac: number,
): number {
  const c = a.ceilings[zone === 1 ? 0 : zone === 3 ? 2 : 1]!;
  if (pac === 0) return couple ? c[1]! : c[0]!;
  return c[Math.min(pac, 5) + 1]! + Math.max(pac - 5, 0) * c[7]!;
}

/** The number of parts N of a composition. */
function parts(a: AccessionScales, couple: boolean, pac: number): number {
  const p = a.parts;
  if (pac === 0) return couple ? p[1]! : p[0]!;
  return p[Math.min(pac, 4) + 1]! + Math.max(pac - 4, 0) * p[6]!;
}

/** Progressive scale of the minimal equivalent rent, applied to the resources per part. */
function e0Scale(a: AccessionScales, x: number): number {
  let total = 0;
  const t = a.e0Thresholds;
  for (let k = 0; k < t.length; k++) {
    if (x <= t[k]!) break;
    const top = k + 1 < t.length ? Math.min(x, t[k + 1]!) : x;
    total += a.e0Rates[k]! * (top - t[k]!);
  }
  return total;
}

/** The parts of an accession aid, for the month's columns and the trace. */
export interface AccessionAid {
  /** Repayment retained: the repayment up to the ceiling. */
  retained: number;
  ceiling: number;
  /** Minimal repayment L0 left to the household. */
  minimal: number;
  /** Amount K × (L + C − L0) before the payment threshold, negative when K is. */
  amount: number;
}

/**
 * Housing aid of an eligible home buyer before the payment threshold: K × (L + C − L0), L the
 * repayment up to its ceiling, C the flat charges, L0 the minimal repayment grown with the
 * resources R per part N, K = plafond − R / (CM × N), with the higher plafond and CM of a
 * conventionné loan.
 */
export function accessionAid(
  a: AccessionScales,
  zone: number,
  couple: boolean,
  pac: number,
  repayment: number,
  charges: number,
  resources: number,
  conventionne: boolean,
): AccessionAid {
  const ceiling = repaymentCeiling(a, zone, couple, pac);
  const retained = Math.min(ceiling, repayment);
  const n = parts(a, couple, pac);
  const plafond = conventionne ? a.kPlafondConventionne : a.kPlafond;
  const cm = conventionne ? a.kCmConventionne : a.kCm;
  const k = Math.min(plafond, plafond - resources / (cm * n));
  const minimal = (e0Scale(a, resources / n) * n + a.e0Majoration) / 12;
  const amount = retained > 0 ? k * Math.max(0, retained + charges - minimal) : 0;
  return { retained, ceiling, minimal, amount };
}
