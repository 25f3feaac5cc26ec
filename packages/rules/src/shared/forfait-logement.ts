import { Housing } from '../entities.ts';
import type { Population } from '../population.ts';

/**
 * Forfait logement of RSA (R262-9 CASF) and prime d'activité (R844-3 CSS): a share of the
 * montant forfaitaire deducted when housing costs are covered — by housing aid (up to the aid
 * received), by owning the dwelling without a loan, or by being housed free of charge.
 *
 * @param baseAmount the montant forfaitaire for the famille's size, capped at three persons
 * @param rate the share for that size (12 %, 16 %, 16.5 %)
 */
export function forfaitLogement(
  pop: Population,
  f: number,
  aideLogement: number,
  baseAmount: number,
  rate: number,
): number {
  const flat = baseAmount * rate;
  const housing = pop.housing[f]!;
  const ownerWithoutRent =
    (housing === Housing.proprietaire || housing === Housing.primo_accedant) && pop.rent[f] === 0;
  const housedFree = housing === Housing.loge_gratuitement;
  const inKind = ownerWithoutRent || housedFree ? flat : 0;
  const fromAid = aideLogement > 0 ? Math.min(aideLogement, flat) : 0;
  return Math.max(fromAid, inKind);
}
