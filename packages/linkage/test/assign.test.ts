import { describe, expect, it } from 'vitest';
import { assignOneToOne, clusterLinks } from '../src/index.ts';

describe('one-to-one assignment', () => {
  it('gives each record its best partner, best pairs first', () => {
    // Left 0 likes right 0 best, but right 0 is better with left 1; left 0 falls back on right 1.
    const left = [0, 0, 1, 1];
    const right = [0, 1, 0, 1];
    const weights = [10, 8, 12, 1];
    expect(assignOneToOne(left, right, weights, 0).sort()).toEqual([1, 2]);
  });

  it('keeps no pair under the minimum weight', () => {
    expect(assignOneToOne([0, 1], [0, 1], [5, -3], 0)).toEqual([0]);
  });

  it('never uses a record twice', () => {
    const left = [0, 0, 0, 1, 2];
    const right = [0, 1, 2, 0, 0];
    const kept = assignOneToOne(left, right, [9, 8, 7, 9.5, 9.7], 0);
    const usedLeft = kept.map((p) => left[p]);
    const usedRight = kept.map((p) => right[p]);
    expect(new Set(usedLeft).size).toBe(kept.length);
    expect(new Set(usedRight).size).toBe(kept.length);
  });
});

describe('clusters across files', () => {
  it('joins links across three files into people', () => {
    const clusters = clusterLinks([
      { a: { file: 'caf', id: 'C1' }, b: { file: 'bailleur', id: 'L1' } },
      { a: { file: 'bailleur', id: 'L1' }, b: { file: 'ccas', id: 'S1' } },
      { a: { file: 'caf', id: 'C2' }, b: { file: 'ccas', id: 'S2' } },
    ]);
    const sorted = clusters.map((cluster) => cluster.map((ref) => ref.id).sort()).sort();
    expect(sorted).toEqual([
      ['C1', 'L1', 'S1'],
      ['C2', 'S2'],
    ]);
  });

  it('refuses a link that would put two records of one file in one person', () => {
    const clusters = clusterLinks([
      { a: { file: 'caf', id: 'C1' }, b: { file: 'bailleur', id: 'L1' } },
      { a: { file: 'bailleur', id: 'L1' }, b: { file: 'ccas', id: 'S1' } },
      { a: { file: 'ccas', id: 'S1' }, b: { file: 'caf', id: 'C2' } },
    ]);
    expect(clusters.find((cluster) => cluster.some((ref) => ref.id === 'C2'))).toHaveLength(1);
  });
});
