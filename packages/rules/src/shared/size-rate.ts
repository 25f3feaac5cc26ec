/** The majorations of a montant forfaitaire for the second, third and further persons of a foyer. */
export interface SizeScale {
  majorationDeuxiemePersonne: number;
  majorationTroisiemePersonne: number;
  majorationPersonneSupplementaire: number;
}

/**
 * Montant forfaitaire multiplier for a foyer of `persons` persons with `parents` parents. The RSA
 * (R262-1 CASF) and the prime d'activité (D843-1 CSS) share this shape, each with its own rates:
 * from the fourth person on, a single parent's extra person counts like any further one.
 */
export function sizeRate(scale: SizeScale, persons: number, parents: number): number {
  const second = scale.majorationDeuxiemePersonne;
  const third = scale.majorationTroisiemePersonne;
  const extra = scale.majorationPersonneSupplementaire;
  return (
    1 +
    (persons >= 2 ? second : 0) +
    (persons >= 3 ? third : 0) +
    (persons >= 4 ? (parents === 1 ? extra : third) : 0) +
    Math.max(persons - 4, 0) * extra
  );
}
