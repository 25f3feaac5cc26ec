import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  IdentityEncoder,
  link,
  linkEncoded,
  normaliseIdentity,
  readIdentities,
  syntheticFiles,
  type LinkedPair,
  type LinkProgress,
  type RawIdentity,
} from '../src/index.ts';

function f1(pairs: readonly LinkedPair[], truth: ReadonlyArray<readonly [string, string]>) {
  const expected = new Set(truth.map(([left, right]) => `${left}|${right}`));
  const correct = pairs.filter((pair) => expected.has(`${pair.leftId}|${pair.rightId}`)).length;
  const precision = correct / Math.max(1, pairs.length);
  const recall = correct / Math.max(1, expected.size);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

describe('linkage of synthetic files', () => {
  const files = syntheticFiles({ left: 4000, right: 1000, seed: 11 });

  it('finds the true pairs, one-to-one, with a fitted model', async () => {
    const result = await link(files.left, files.right);
    const score = f1(result.pairs, files.truth);
    expect(score.recall).toBeGreaterThan(0.95);
    expect(score.precision).toBeGreaterThan(0.8);
    expect(new Set(result.pairs.map((pair) => pair.leftId)).size).toBe(result.pairs.length);
    expect(new Set(result.pairs.map((pair) => pair.rightId)).size).toBe(result.pairs.length);
    expect(result.quality.model.sessions.every((session) => session.converged)).toBe(true);
    expect(result.quality.model.estimatedMatches).toBeGreaterThan(files.truth.length * 0.8);
    expect(result.quality.model.estimatedMatches).toBeLessThan(files.truth.length * 1.25);
  });

  it('still links files without dates of birth (one EM session over all candidate pairs)', async () => {
    const withoutDate = (records: readonly RawIdentity[]) =>
      records.map((record) => ({ ...record, birthDate: undefined }));
    const result = await link(withoutDate(files.left), withoutDate(files.right));
    const score = f1(result.pairs, files.truth);
    expect(result.quality.model.sessions[0]?.name).toBe('toutes les paires candidates');
    expect(score.recall).toBeGreaterThan(0.8);
    expect(score.precision).toBeGreaterThan(0.75);
  });

  it('reports its progress stage by stage, and lets the event loop run while it compares', async () => {
    const seen: LinkProgress[] = [];
    let turns = 0;
    let running = true;
    const spin = (): void => {
      if (!running) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    await link(files.left, files.right, { onProgress: (progress) => seen.push(progress) });
    running = false;
    const stages = seen.map((progress) => progress.stage).filter((s, i, all) => s !== all[i - 1]);
    expect(stages).toEqual(['normalisation', 'blocking', 'comparison', 'training', 'assignment']);
    expect(seen.filter((p) => p.stage === 'normalisation').at(-1)?.done).toBe(5000);
    for (const stage of ['blocking', 'comparison', 'training', 'assignment'] as const) {
      const steps = seen.filter((p) => p.stage === stage);
      expect(steps.map((p) => p.done)).toEqual([...steps.map((p) => p.done)].sort((a, b) => a - b));
      expect(steps.at(-1)?.done).toBe(steps.at(-1)?.total);
    }
    // 100,000 random pairs and the candidates, by steps of 50,000: the loop ran in between.
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('gives the same pairs on two threads (worker threads) as on one', async () => {
    const one = await link(files.left, files.right, { threads: 1 });
    const two = await link(files.left, files.right, { threads: 2 });
    expect(two.quality.candidatePairs).toBe(one.quality.candidatePairs);
    const key = (pair: LinkedPair): string => `${pair.leftId}|${pair.rightId}`;
    expect(two.pairs.map(key).sort()).toEqual(one.pairs.map(key).sort());
  });

  it('reaches nearly the same quality on encodings alone', async () => {
    const encoder = new IdentityEncoder('clé-de-test-de-la-convention-0001');
    const encode = (records: readonly RawIdentity[]) =>
      records.map((raw) => encoder.encode(normaliseIdentity(raw)));
    const result = await linkEncoded(encode(files.left), encode(files.right));
    const score = f1(result.pairs, files.truth);
    expect(score.recall).toBeGreaterThan(0.93);
    expect(score.precision).toBeGreaterThan(0.8);
  });
});

const VISIBLE = '../../../../shared/linkage';
const visible = new URL(VISIBLE, import.meta.url).pathname;

describe.skipIf(!existsSync(`${visible}/truth.csv`))(
  'linkage of the visible CAF × bailleur set',
  () => {
    async function load(file: string): Promise<RawIdentity[]> {
      const records: RawIdentity[] = [];
      for await (const record of readIdentities(`${visible}/${file}`)) records.push(record);
      return records;
    }
    const truth = (): Array<[string, string]> =>
      readFileSync(`${visible}/truth.csv`, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [right = '', left = ''] = line.split(',');
          return [left, right];
        });

    it('reaches F1 ≥ 0.98 in clear', async () => {
      const result = await link(await load('caf.csv'), await load('bailleur.csv'));
      expect(f1(result.pairs, truth()).f1).toBeGreaterThanOrEqual(0.98);
    });

    it('reaches a high F1 on Bloom-filter and keyed-hash encodings alone', async () => {
      const encoder = new IdentityEncoder('clé-de-test-de-la-convention-0002');
      const encode = (records: readonly RawIdentity[]) =>
        records.map((raw) => encoder.encode(normaliseIdentity(raw)));
      const result = await linkEncoded(
        encode(await load('caf.csv')),
        encode(await load('bailleur.csv')),
      );
      expect(f1(result.pairs, truth()).f1).toBeGreaterThanOrEqual(0.97);
    });
  },
);
