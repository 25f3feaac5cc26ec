import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputVariables } from '@znr/rules';
import { runSimulate } from '../src/commands/run-simulate.ts';

const VISIBLE = '/work/shared/oracle/visible.jsonl';
// Every variable of the engine, under OpenFisca's names.
const VARIABLES: readonly string[] = outputVariables;

interface OracleLine {
  id: string;
  period: string;
  situation: unknown;
  expected: Record<string, unknown>;
}

describe('znr simulate', () => {
  it('reports an invalid line with its id and reason and computes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const good = {
      individus: { a: { date_naissance: { ETERNITY: '1980-01-01' } } },
      familles: { f: { parents: ['a'] } },
      menages: {
        m: {
          personne_de_reference: ['a'],
          statut_occupation_logement: { '2026-06': 'loge_gratuitement' },
        },
      },
    };
    const bad = {
      individus: {
        a: { date_naissance: { ETERNITY: '1980-01-01' }, salaire_mystere: { '2026-06': 3 } },
      },
      familles: { f: { parents: ['a'] } },
    };
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'ok', period: '2026-06', situation: good }),
        JSON.stringify({ id: 'ko', period: '2026-06', situation: bad }),
        '{pas du json',
      ].join('\n'),
    );
    const messages: string[] = [];
    const counts = await runSimulate(input, output, (m) => messages.push(m));
    expect(counts).toEqual({ written: 1, rejected: 2 });
    expect(messages[0]).toContain(
      'ko : individus.a.salaire_mystere : variable non prise en charge',
    );
    expect(messages[1]).toContain('ligne 3 : JSON invalide');
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; results: Record<string, unknown> });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.results.rsa).toBe(573.49);
    expect(Object.keys(lines[0]!.results).sort()).toEqual([...VARIABLES].sort());
  });

  it('writes, on the result line, the warnings of an income given only as net', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const pension = { '2024': 8400, '2025': 8400, '2026': 8400 };
    const retiree = (amounts: Record<string, unknown>) => ({
      individus: { a: { date_naissance: { ETERNITY: '1955-01-01' }, ...amounts } },
      familles: { f: { parents: ['a'] } },
      menages: {
        m: {
          personne_de_reference: ['a'],
          statut_occupation_logement: { '2026-06': 'proprietaire' },
        },
      },
    });
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: 'net',
          period: '2026-06',
          situation: retiree({ retraite_nette: pension }),
        }),
        JSON.stringify({
          id: 'tous',
          period: '2026-06',
          situation: retiree({
            retraite_nette: pension,
            retraite_imposable: pension,
            retraite_brute: pension,
          }),
        }),
      ].join('\n'),
    );
    await runSimulate(input, output, () => {});
    const [net, all] = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; results: { aspa: number }; warnings?: string[] });
    expect(net!.results.aspa).toBeCloseTo(343.59, 1);
    expect(all!.results.aspa).toBe(net!.results.aspa);
    expect(net!.warnings).toEqual([
      expect.stringContaining('individus.a : montants retraite_imposable et retraite_brute'),
      expect.stringContaining('valeurs légales non revalorisées'),
    ]);
    expect(all!.warnings).toEqual([expect.stringContaining('css.plafondBase')]);
  });

  it.skipIf(!existsSync(VISIBLE))(
    'agrees with OpenFisca-France on at least 99 % of the visible oracle, per variable',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'oracle-'));
      const cases = readFileSync(VISIBLE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as OracleLine);
      const input = join(dir, 'in.jsonl');
      const output = join(dir, 'out.jsonl');
      writeFileSync(
        input,
        cases
          .map(({ id, period, situation }) => JSON.stringify({ id, period, situation }))
          .join('\n'),
      );
      await runSimulate(input, output);
      const got = new Map(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((l) => {
            const r = JSON.parse(l) as { id: string; results: Record<string, unknown> };
            return [r.id, r.results] as const;
          }),
      );
      for (const variable of VARIABLES) {
        const agreeing = cases.filter((c) => {
          const want = c.expected[variable];
          const mine = got.get(c.id)?.[variable];
          return typeof want === 'number'
            ? typeof mine === 'number' && Math.abs(mine - want) <= 1
            : (mine ?? null) === want;
        }).length;
        expect(agreeing / cases.length, variable).toBeGreaterThanOrEqual(0.99);
      }
    },
  );
});
