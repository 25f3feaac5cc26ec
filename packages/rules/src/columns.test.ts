import { describe, expect, it } from 'vitest';
import { computeBatch, type BatchResult } from './batch.ts';
import { ColumnPool } from './columns.ts';
import { situationsToPopulation } from './openfisca/adapter.ts';
import { situation } from '../test/situations.ts';

const worker = situation({
  parents: [{ birth: '1985-03-01', activite: 'actif', salaireNet: 900 }],
  children: [{ birth: '2019-06-01' }],
  housing: 'locataire_vide',
  rent: 650,
});
const retiredCouple = situation({
  parents: [
    { birth: '1950-01-01', activite: 'retraite', retraiteNette: 700 },
    { birth: '1952-05-01', activite: 'retraite', retraiteNette: 400 },
  ],
  housing: 'locataire_hlm',
  rent: 420,
});
const unemployed = situation({
  parents: [{ birth: '1999-09-09', activite: 'chomeur', chomageNet: 650 }],
  housing: 'locataire_meuble',
  rent: 500,
});

/** Every result column of a batch, copied (pooled columns are overwritten by the next batch). */
function snapshot(b: BatchResult): number[][] {
  const last = b.states[b.states.length - 1]!;
  return [
    b.rsa.amount,
    b.primeActivite.amount,
    b.aidesLogement.amount,
    b.aideLogementType,
    b.css.free,
    b.css.participation,
    b.ars.amount,
    b.chequeEnergie.amount,
    last.af,
    last.aspa,
    last.aah,
  ].map((column) => Array.from(column));
}

describe('column pool', () => {
  it('gives the same results as new columns, batch after batch of other sizes', () => {
    const small = situationsToPopulation([worker], '2026-06').population;
    const large = situationsToPopulation([retiredCouple, unemployed, worker], '2026-06').population;
    const pool = new ColumnPool();
    const pooledLarge = snapshot(computeBatch(large, { pool }));
    const pooledSmall = snapshot(computeBatch(small, { pool }));
    const pooledLargeAgain = snapshot(computeBatch(large, { pool }));
    expect(pooledLarge).toEqual(snapshot(computeBatch(large)));
    expect(pooledSmall).toEqual(snapshot(computeBatch(small)));
    expect(pooledLargeAgain).toEqual(pooledLarge);
    // The worker household is entitled to something: the comparison is not between zeros.
    expect(pooledSmall[1]![0]).toBeGreaterThan(0);
  });

  it('hands out zeroed columns again after reset, in the same memory', () => {
    const pool = new ColumnPool();
    const first = pool.f64(10).fill(7);
    pool.u8(3).fill(1);
    pool.reset();
    const again = pool.f64(8);
    expect(Array.from(again)).toEqual(new Array(8).fill(0));
    expect(again.buffer).toBe(first.buffer);
    expect(Array.from(pool.u8(3))).toEqual([0, 0, 0]);
  });
});
