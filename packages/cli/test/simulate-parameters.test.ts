// `znr simulate` computes with the overlay `openfisca-176` by default (the values of the oracle's
// reference) and with the law of the day on `--parameters loi`: on the visible oracle households
// near the CSS ceiling (10 166 € a year for one person in 2024, 10 339 € since 1 April 2025), the
// two differ and the overlay equals the oracle.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '@znr/rules';
import { runSimulate, type SimulateOptions } from '../src/commands/run-simulate.ts';

const VISIBLE = '/work/shared/oracle/visible.jsonl';

interface Line {
  id: string;
  results: Record<string, unknown>;
  explanations?: Record<string, Explanation>;
}

async function simulateLines(input: string, options: SimulateOptions): Promise<Line[]> {
  const output = join(mkdtempSync(join(tmpdir(), 'parameters-')), 'out.jsonl');
  await runSimulate(input, output, () => undefined, options);
  return readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

const RANK = ['non_eligible', 'avec_participation', 'gratuite'];

describe.skipIf(!existsSync(VISIBLE))('znr simulate: law of the day and openfisca-176', () => {
  const oracle = readFileSync(VISIBLE, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; expected: Record<string, unknown> });

  it('differ near the CSS ceiling, and the overlay (the default) equals the oracle there', async () => {
    const overlay = await simulateLines(VISIBLE, {});
    const law = await simulateLines(VISIBLE, { parameters: 'loi' });
    const differing = overlay
      .map((line, k) => ({ id: line.id, overlay: line.results.css, law: law[k]!.results.css }))
      .filter((d) => d.overlay !== d.law);
    expect(differing.length).toBeGreaterThanOrEqual(10);
    const expected = new Map(oracle.map((o) => [o.id, o.expected.css]));
    const agree = (key: 'overlay' | 'law') =>
      differing.filter((d) => d[key] === expected.get(d.id)).length;
    // The overlay reproduces the reference there (12 of 15 households on 7 December 2026); the
    // three it misses (visible-0255, -0403, -0444) are the oracle check's known CSS differences.
    expect(agree('overlay')).toBeGreaterThanOrEqual(differing.length - 3);
    expect(agree('law')).toBeLessThanOrEqual(3);
    // A higher ceiling only moves a household up: not eligible → with participation → free.
    for (const d of differing)
      expect(RANK.indexOf(String(d.law))).toBeGreaterThan(RANK.indexOf(String(d.overlay)));
  }, 120_000);

  it('cites in the explanation the ceiling the computation used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parameters-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      readFileSync(VISIBLE, 'utf8').trim().split('\n').slice(0, 5).join('\n') + '\n',
    );
    const cited = async (options: SimulateOptions) =>
      JSON.stringify(
        (await simulateLines(input, { ...options, explain: true }))[0]!.explanations?.css,
      );
    const overlay = await cited({});
    const law = await cited({ parameters: 'loi' });
    expect(overlay).toContain('10166');
    expect(overlay).not.toContain('10339');
    expect(law).toContain('10339');
  }, 120_000);
});
