import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import {
  explainSituation,
  parseMonth,
  prepareSituation,
  simulateManyWithWarnings,
  withParameterSet,
  type OpenFiscaSituation,
  type ParameterSetName,
  type PreparedSituation,
} from '@znr/rules';

/** Lines converted and computed together: large enough to amortise, small enough to stream. */
const CHUNK = 10_000;

interface Case {
  id: string;
  period: string;
  /** Checked and split into familles once, computed as is. */
  situation: PreparedSituation;
}

/** Options of `znr simulate`. */
export interface SimulateOptions {
  /**
   * Add each variable's explanation (status, reason, steps) to its line. Each case is then traced
   * on its own, after the batch: plain runs never pay for it.
   */
  explain?: boolean;
  /**
   * The legal values used: `openfisca-176` (default: the values of the oracle's reference, since
   * `znr simulate` reads OpenFisca situations to compare with it) or `loi` (the law of the day).
   */
  parameters?: ParameterSetName;
}

/** Reads cases as a stream, computes them chunk by chunk and writes one result line per valid case. */
export async function runSimulate(
  input: string,
  output: string,
  report: (message: string) => void = (message) => console.error(message),
  options: SimulateOptions = {},
): Promise<{ written: number; rejected: number }> {
  const out = createWriteStream(output);
  const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
  let chunk: Case[] = [];
  let written = 0;
  let rejected = 0;
  let lineNumber = 0;
  const flush = async (): Promise<void> => {
    const byPeriod = new Map<string, Case[]>();
    for (const c of chunk) {
      const cases = byPeriod.get(c.period);
      if (cases) cases.push(c);
      else byPeriod.set(c.period, [c]);
    }
    for (const [period, cases] of byPeriod) {
      const set = options.parameters ?? 'openfisca-176';
      const { results, warnings } = withParameterSet(set, () =>
        simulateManyWithWarnings(
          cases.map((c) => c.situation),
          period,
        ),
      );
      // `warnings` only when the adapter assumed something (an income derived from its net).
      const line = (c: Case, k: number): string =>
        JSON.stringify({
          id: c.id,
          results: results[k],
          ...(warnings[k]!.length > 0 ? { warnings: warnings[k] } : {}),
          ...(options.explain
            ? {
                explanations: withParameterSet(
                  set,
                  () => explainSituation(c.situation.situation, period).explanations,
                ),
              }
            : {}),
        });
      const text = cases.map(line).join('\n') + '\n';
      if (!out.write(text)) await once(out, 'drain');
      written += cases.length;
    }
    chunk = [];
  };
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = parseCase(line, lineNumber);
    if (typeof parsed === 'string') {
      report(parsed);
      rejected++;
      continue;
    }
    chunk.push(parsed);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  out.end();
  await finished(out);
  return { written, rejected };
}

/** A valid case, or the French message naming its id (or line) and every problem. */
function parseCase(line: string, lineNumber: number): Case | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return `ligne ${lineNumber} : JSON invalide`;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  const id =
    typeof record.id === 'string' || typeof record.id === 'number'
      ? String(record.id)
      : `ligne ${lineNumber}`;
  const problems: string[] = [];
  if (typeof record.period !== 'string') problems.push('period : période AAAA-MM attendue');
  else {
    try {
      parseMonth(record.period);
    } catch (error) {
      problems.push(`period : ${(error as Error).message}`);
    }
  }
  let prepared: PreparedSituation | undefined;
  if (typeof record.situation !== 'object' || record.situation === null)
    problems.push('situation : objet attendu');
  else {
    const checked = prepareSituation(record.situation as OpenFiscaSituation);
    if (Array.isArray(checked)) problems.push(...checked);
    else prepared = checked;
  }
  if (problems.length > 0 || !prepared) return `${id} : ${problems.join(' ; ')}`;
  return { id: String(record.id), period: record.period as string, situation: prepared };
}
