import { allocatePopulation, type Population } from './population.ts';
import type { Columns } from './columns.ts';

type Column = Float64Array | Int32Array | Uint8Array;

/**
 * Which columns of a population are famille columns and which individu columns (with their
 * number of rows: `rows × nPersons` values, e.g. one per month), found once by allocating two
 * probes that differ by one individu — so a column added to `Population` is copied without
 * being listed here.
 */
const layout = (() => {
  const a = allocatePopulation(0, 1, 2) as unknown as Record<string, unknown>;
  const b = allocatePopulation(0, 1, 3) as unknown as Record<string, unknown>;
  const family: [string, number][] = [];
  const person: [string, number][] = [];
  const flags: string[] = [];
  for (const [key, value] of Object.entries(a)) {
    // Population-wide flags (a famille moved, an activity changed) hold for the sub-population.
    if (typeof value === 'boolean') flags.push(key);
    if (!ArrayBuffer.isView(value)) continue;
    const lengthA = (value as Column).length;
    const rows = (b[key] as Column).length - lengthA;
    if (rows > 0) person.push([key, rows]);
    else family.push([key, lengthA]);
  }
  return { family, person, flags };
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
  for (const [key, rows] of layout.family)
    copyRows(from[key]!, to[key]!, rows, pop.nFamilies, familyIndex);
  for (const [key, rows] of layout.person) {
    const a = from[key]!;
    const b = to[key]!;
    // The monthly and yearly blocks are most of the copy: a loop of their own type keeps it fast.
    if (a instanceof Float64Array && b instanceof Float64Array)
      copyFloatRows(a, b, rows, pop.nPersons, personIndex);
    else copyRows(a, b, rows, pop.nPersons, personIndex);
  }
  const flagsFrom = pop as unknown as Record<string, boolean>;
  const flagsTo = sub as unknown as Record<string, boolean>;
  for (const key of layout.flags) flagsTo[key] = flagsFrom[key]!;
  // Individus keep their famille's new index, and each famille its first individu.
  for (let g = 0, j = 0; g < nF; g++) {
    sub.firstPerson[g] = j;
    for (let c = 0; c < sub.personCount[g]!; c++) sub.famille[j++] = g;
  }
  return { sub, familyIndex, personIndex };
}

/** Copies the selected familles or individus of each row of a `rows × n` column block. */
function copyRows(from: Column, to: Column, rows: number, n: number, index: Int32Array): void {
  const m = index.length;
  for (let row = 0; row < rows; row++) {
    const a = row * n;
    const b = row * m;
    for (let j = 0; j < m; j++) to[b + j] = from[a + index[j]!]!;
  }
}

/** `copyRows` for float columns. */
function copyFloatRows(
  from: Float64Array,
  to: Float64Array,
  rows: number,
  n: number,
  index: Int32Array,
): void {
  const m = index.length;
  for (let row = 0; row < rows; row++) {
    const a = row * n;
    const b = row * m;
    for (let j = 0; j < m; j++) to[b + j] = from[a + index[j]!]!;
  }
}
