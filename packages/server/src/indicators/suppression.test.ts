import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable } from './suppression.ts';

/** Every line of the table with its totals, as [value, suppressed] pairs. */
function lines(values: number[][]): [number, boolean][][] {
  const table = suppressTable(values);
  const rowTotal = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const columnCount = values[0]?.length ?? 0;
  const columnTotal = (j: number) => values.reduce((sum, row) => sum + (row[j] ?? 0), 0);
  const grand = values.reduce((sum, row) => sum + rowTotal(row), 0);
  const rows: [number, boolean][][] = values.map((row, i) => [
    ...row.map((v, j): [number, boolean] => [v, table.cells[i]?.[j] !== null]),
    [rowTotal(row), table.rowTotals[i] !== null],
  ]);
  rows.push([
    ...Array.from({ length: columnCount }, (_, j): [number, boolean] => [
      columnTotal(j),
      table.columnTotals[j] !== null,
    ]),
    [grand, table.grandTotal !== null],
  ]);
  const columns = Array.from({ length: columnCount + 1 }, (_, j) =>
    rows.map((row) => row[j] as [number, boolean]),
  );
  return [...rows, ...columns];
}

describe('suppressTable', () => {
  it('suppresses 1 to 4, keeps 0 and 5, and hides a second cell in each line', () => {
    // Quartiers × months:      janv. févr. | total
    //   Minguettes               12     3   |  15     3 < 5: primary
    //   Centre                    8    20   |  28
    //   Parilly                   0     7   |   7
    //   total                    20    30   |  50
    // Rows first: Minguettes holds one suppressed cell (3); its smallest other cell is 12 (the
    // total 15 comes last) → secondary. Columns: janv. now holds 12 only; its smallest other cell
    // is 0 (Parilly) → secondary. Févr. holds 3 only; smallest other is 7 (Parilly) → secondary.
    // Second pass: every line holds 0 or 2 suppressed cells. Totals stay published.
    const table = suppressTable([
      [12, 3],
      [8, 20],
      [0, 7],
    ]);
    expect(table.cells).toEqual([
      ['secondaire', 'primaire'],
      [null, null],
      ['secondaire', 'secondaire'],
    ]);
    expect(table.rowTotals).toEqual([null, null, null]);
    expect(table.columnTotals).toEqual([null, null]);
    expect(table.grandTotal).toBeNull();
  });

  it('suppresses a small total, and its only cell with it', () => {
    // One quartier, one month of 2: the cell is primary, and so are its row and column totals
    // (2 as well), and the grand total.
    const table = suppressTable([[2]]);
    expect(table.cells).toEqual([['primaire']]);
    expect(table.rowTotals).toEqual(['primaire']);
    expect(table.grandTotal).toBe('primaire');
  });

  it('never leaves a line with exactly one suppressed cell, and suppresses every small count', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.nat({ max: 30 }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(matrix, (values) => {
        for (const line of lines(values)) {
          const suppressed = line.filter(([, s]) => s).length;
          expect(suppressed === 0 || suppressed >= 2).toBe(true);
          for (const [value, s] of line) if (value > 0 && value < 5) expect(s).toBe(true);
        }
      }),
    );
  });
});
