import { describe, expect, it } from 'vitest';
import { SeenIds } from './seen-ids.ts';

describe('SeenIds', () => {
  it('flags every repeated id and no new one among 200,000 ids, growing as it fills', () => {
    const seen = new SeenIds();
    let flagged = 0;
    for (let i = 0; i < 200_000; i++) if (seen.add(`L${i}`)) flagged++;
    expect(flagged).toBe(0);
    for (const id of ['L0', 'L4095', 'L199999', 'L123456']) expect(seen.add(id)).toBe(true);
    expect(seen.add('L200000')).toBe(false);
    expect(seen.add('l0')).toBe(false);
  });
});
