// `znr simulate --explain`: every output variable of every line explained from the computation,
// on the visible oracle households (skipped where they are absent) and on a small written case.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kandelMoles, outputVariables, type Explanation } from '@znr/rules';
import { runSimulate } from '../src/commands/run-simulate.ts';

const VISIBLE = '/work/shared/oracle/visible.jsonl';

interface Line {
  id: string;
  results: Record<string, unknown>;
  explanations?: Record<string, Explanation>;
}

async function simulateLines(cases: object[], explain: boolean): Promise<Line[]> {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  writeFileSync(input, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  await runSimulate(input, output, () => undefined, { explain });
  return readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

/** The problems of the explanations of a set of lines (empty when all is well). */
function problems(lines: Line[]): string[] {
  const found: string[] = [];
  const refusals = new Map<string, Set<string>>();
  for (const line of lines) {
    for (const variable of outputVariables) {
      const e = line.explanations?.[variable];
      if (!e) {
        found.push(`${line.id} ${variable} : pas d’explication`);
        continue;
      }
      const want = line.results[variable];
      const top = e.steps[0]?.value;
      const same =
        typeof want === 'number'
          ? typeof top === 'number' && Math.abs(top - want) <= 0.01
          : top === want;
      if (!same) found.push(`${line.id} ${variable} : ${String(top)} au lieu de ${String(want)}`);
      if (e.status === 'non_eligible') {
        if (!e.reason) found.push(`${line.id} ${variable} : refus sans motif`);
        refusals.set(variable, (refusals.get(variable) ?? new Set()).add(e.reason));
      }
      if (e.status === 'eligible' && e.reason)
        found.push(`${line.id} ${variable} : motif d’un droit`);
    }
  }
  for (const [variable, reasons] of refusals)
    if (lines.length > 20 && reasons.size < 2)
      found.push(`${variable} : un seul motif pour tous les refus`);
  return found;
}

describe('znr simulate --explain', () => {
  it('explains each variable of a written case, and plain runs carry no explanation', async () => {
    const situation = {
      individus: { a: { date_naissance: { ETERNITY: '1975-01-01' } } },
      familles: { f: { parents: ['a'] } },
      menages: {
        m: {
          personne_de_reference: ['a'],
          statut_occupation_logement: { '2026-06': 'locataire_vide' },
          loyer: { '2026-06': 450 },
          depcom: { '2026-06': '69123' },
        },
      },
    };
    const [line] = await simulateLines([{ id: 'x', period: '2026-06', situation }], true);
    expect(problems([line!])).toEqual([]);
    expect(line!.explanations!.rsa!.status).toBe('eligible');
    expect(line!.explanations!.rsa!.steps[0]!.value).toBe(line!.results.rsa);
    expect(line!.explanations!.aspa!.status).toBe('non_eligible');
    expect(line!.explanations!.aspa!.reason).toBe(
      'L’ASPA est versée à partir de 65 ans. La personne la plus âgée du foyer a 51 ans. À revoir à cet âge.',
    );
    const [plain] = await simulateLines([{ id: 'x', period: '2026-06', situation }], false);
    expect(plain!.explanations).toBeUndefined();
    expect(plain!.results).toEqual(line!.results);
  });

  it.skipIf(!existsSync(VISIBLE))(
    'explains every variable of every visible household: top step = amount, specific and readable reasons',
    async () => {
      const cases = readFileSync(VISIBLE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const { id, period, situation } = JSON.parse(l) as Record<string, unknown>;
          return { id, period, situation };
        });
      const lines = await simulateLines(cases, true);
      expect(lines).toHaveLength(cases.length);
      expect(problems(lines)).toEqual([]);
      const reasons = new Set(
        lines.flatMap((l) => Object.values(l.explanations ?? {}).map((e) => e.reason)),
      );
      reasons.delete('');
      const hard = [...reasons].filter((r) => kandelMoles(r) < 60);
      expect(hard).toEqual([]);
    },
  );
});
