/**
 * One-to-one assignment: keeps, among candidate pairs above `minimumWeight`, the best-scored pair
 * of each record, greedily from the highest weight down, so that no left and no right record is
 * used twice. Greedy assignment is what linkage practice uses when weights are well separated; it
 * differs from the optimal (Hungarian) assignment only on near-ties. Returns pair positions.
 */
export function assignOneToOne(
  left: ArrayLike<number>,
  right: ArrayLike<number>,
  weights: ArrayLike<number>,
  minimumWeight: number,
): number[] {
  const order: number[] = [];
  for (let p = 0; p < weights.length; p++)
    if ((weights[p] ?? -Infinity) >= minimumWeight) order.push(p);
  order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const kept: number[] = [];
  for (const p of order) {
    const i = left[p] ?? -1;
    const j = right[p] ?? -1;
    if (usedLeft.has(i) || usedRight.has(j)) continue;
    usedLeft.add(i);
    usedRight.add(j);
    kept.push(p);
  }
  return kept;
}
