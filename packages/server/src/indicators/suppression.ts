// Small-count suppression of a table of counts (docs/indicators.md, "Secret statistique").
//
// Primary: a count from 1 to 4 is suppressed (0 is published: it reveals nobody). Secondary: the
// table is published with its row and column totals, and any row or column (totals included) that
// holds exactly one suppressed cell would let a reader recompute it by subtraction; so, while such
// a line exists, the smallest published cell of that line is suppressed too (totals last, so that
// the margins stay readable). Each line then holds zero or at least two suppressed cells: no
// suppressed cell equals a total minus published cells.

/** Why a value is not published. */
export type Suppression = 'primaire' | 'secondaire';

/** Counts under this are suppressed. */
export const SMALL_COUNT = 5;

/** The suppression of each cell of a table and of its margins. */
export interface SuppressedTable {
  cells: (Suppression | null)[][];
  /** One per row: the row's total over the columns. */
  rowTotals: (Suppression | null)[];
  /** One per column: the column's total over the rows. */
  columnTotals: (Suppression | null)[];
  grandTotal: Suppression | null;
}

/**
 * Suppresses the table `values` (rows × columns of non-negative counts), whose row totals, column
 * totals and grand total are published alongside.
 */
export function suppressTable(values: number[][], threshold = SMALL_COUNT): SuppressedTable {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  // The full grid: the last row holds the column totals, the last column the row totals.
  const grid: number[][] = values.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  grid.push(
    Array.from({ length: columns + 1 }, (_, j) =>
      grid.reduce((sum, row) => sum + (row[j] ?? 0), 0),
    ),
  );
  const flags: (Suppression | null)[][] = grid.map((row) =>
    row.map((v) => (v > 0 && v < threshold ? 'primaire' : null)),
  );
  const lines: [number, number][][] = [
    ...Array.from({ length: rows + 1 }, (_, i) =>
      Array.from({ length: columns + 1 }, (_, j): [number, number] => [i, j]),
    ),
    ...Array.from({ length: columns + 1 }, (_, j) =>
      Array.from({ length: rows + 1 }, (_, i): [number, number] => [i, j]),
    ),
  ];
  const isTotal = ([i, j]: [number, number]) => i === rows || j === columns;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const suppressed = line.filter(([i, j]) => flags[i]?.[j] !== null);
      if (suppressed.length !== 1) continue;
      const candidates = line.filter(([i, j]) => flags[i]?.[j] === null);
      candidates.sort(
        (a, b) =>
          Number(isTotal(a)) - Number(isTotal(b)) ||
          (grid[a[0]]?.[a[1]] ?? 0) - (grid[b[0]]?.[b[1]] ?? 0),
      );
      const [i, j] = candidates[0] as [number, number];
      (flags[i] as (Suppression | null)[])[j] = 'secondaire';
      changed = true;
    }
  }
  return {
    cells: flags.slice(0, rows).map((row) => row.slice(0, columns)),
    rowTotals: flags.slice(0, rows).map((row) => row[columns] ?? null),
    columnTotals: (flags[rows] ?? []).slice(0, columns),
    grandTotal: flags[rows]?.[columns] ?? null,
  };
}
