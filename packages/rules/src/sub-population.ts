import {
  allocatePopulation,
  MONTHLY_RESOURCES,
  WINDOW,
  YEARLY_RESOURCES,
  YEARLY_SLOTS,
  type Population,
} from './population.ts';
import type { Columns } from './columns.ts';

type Column = Float64Array | Int32Array | Uint8Array;

/**
 * Which columns of a population are famille columns and which individu columns, found once on a
 * probe of one famille and two individus, so a column added to `Population` is copied without
 * listing it here.
 */
const layout = (() => {
  const probe = allocatePopulation(0, 1, 2) as unknown as Record<string, unknown>;
  const family: string[] = [];
  const person: string[] = [];
  for (const [key, value] of Object.entries(probe)) {
    if (key === 'monthlyData' || key === 'yearlyData' || !ArrayBuffer.isView(value)) continue;
    const length = (value as Column).length;
    if (length === 1) family.push(key);
    else if (length === 2) person.push(key);
  }
  return { family, person };
})();

/**
 * The familles of `pop` marked in `selected`, with their individus, as a compact population of
 * their own: past months are then computed for them only, at the cost of their number.
 * `familyIndex[g]` is the famille of `pop` behind famille g; `personIndex[j]`, the individu.
 */
export function subPopulation(
  pop: Population,
  selected: Uint8Array,
  columns: Columns,
): { sub: Population; familyIndex: Int32Array; personIndex: Int32Array } {
  let nF = 0;
  let nP = 0;
  for (let f = 0; f < pop.nFamilies; f++) {
    if (!selected[f]) continue;
    nF++;
    nP += pop.personCount[f]!;
  }
  const sub = allocatePopulation(pop.month, nF, nP, columns);
  const familyIndex = columns.i32(nF);
  const personIndex = columns.i32(nP);
  for (let f = 0, g = 0, j = 0; f < pop.nFamilies; f++) {
    if (!selected[f]) continue;
    familyIndex[g] = f;
    const first = pop.firstPerson[f]!;
    for (let i = first; i < first + pop.personCount[f]!; i++) personIndex[j++] = i;
    g++;
  }
  const from = pop as unknown as Record<string, Column>;
  const to = sub as unknown as Record<string, Column>;
  for (const key of layout.family) {
    const a = from[key]!;
    const b = to[key]!;
    for (let g = 0; g < nF; g++) b[g] = a[familyIndex[g]!]!;
  }
  for (const key of layout.person) {
    const a = from[key]!;
    const b = to[key]!;
    for (let j = 0; j < nP; j++) b[j] = a[personIndex[j]!]!;
  }
  // Individus keep their famille's new index, and each famille its first individu.
  for (let g = 0, j = 0; g < nF; g++) {
    sub.firstPerson[g] = j;
    for (let c = 0; c < sub.personCount[g]!; c++) sub.famille[j++] = g;
  }
  copyRows(
    pop.monthlyData,
    sub.monthlyData,
    MONTHLY_RESOURCES.length * WINDOW,
    pop.nPersons,
    personIndex,
  );
  copyRows(
    pop.yearlyData,
    sub.yearlyData,
    YEARLY_RESOURCES.length * YEARLY_SLOTS,
    pop.nPersons,
    personIndex,
  );
  return { sub, familyIndex, personIndex };
}

/** Copies the selected individus of each row of a `rows × n` column block. */
function copyRows(
  from: Float64Array,
  to: Float64Array,
  rows: number,
  n: number,
  personIndex: Int32Array,
): void {
  const m = personIndex.length;
  for (let row = 0; row < rows; row++) {
    const a = row * n;
    const b = row * m;
    for (let j = 0; j < m; j++) to[b + j] = from[a + personIndex[j]!]!;
  }
}
