// `npm run bench:simulate`: `npx znr simulate` end to end, as a separate process, on a file of
// OpenFisca situations (JSON Lines): start-up, reading, parsing, validation, conversion to
// columns, every benefit, the result lines written. The file is generated first, untimed, in a
// temporary folder (HOUSEHOLDS lines, 1,000,000 by default; MONTHLY=1 for the 48 monthly periods
// of the oracle's lines). The peak memory is the process's high-water mark (VmHWM, Linux).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import { situationLines } from './simulate-generator.ts';

const ZNR = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli', 'bin', 'znr.js');

/** Processor seconds a process has used (user + system; 0 once it has ended). */
function cpuSeconds(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The high-water mark of a process's resident memory, in kB (0 once it has ended). */
function peakKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const households = Number(process.env.HOUSEHOLDS ?? 1_000_000);
const monthly = process.env.MONTHLY === '1';
const dir = mkdtempSync(join(tmpdir(), 'bench-simulate-'));
const input = join(dir, 'situations.jsonl');
const output = join(dir, 'results.jsonl');

try {
  const generateStart = process.hrtime.bigint();
  const file = createWriteStream(input);
  const lines = situationLines(20261207, monthly);
  for (let start = 0; start < households; start += 10_000) {
    const end = Math.min(households, start + 10_000);
    const chunk: string[] = [];
    for (let k = start; k < end; k++) chunk.push(lines.next(k));
    if (!file.write(chunk.join('\n') + '\n')) await once(file, 'drain');
  }
  file.end();
  await finished(file);
  const generateSeconds = Number(process.hrtime.bigint() - generateStart) / 1e9;
  process.stderr.write(`${households} situations générées en ${generateSeconds.toFixed(1)} s\n`);

  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [ZNR, 'simulate', '--input', input, '--output', output], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let rejected = 0;
  child.stderr.on('data', (data: Buffer) => {
    for (const byte of data) if (byte === 10) rejected++;
  });
  let peak = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, peakKb(child.pid!));
    cpu = Math.max(cpu, cpuSeconds(child.pid!));
  }, 100);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`znr simulate a échoué (code ${code})`);
  let written = 0;
  for (const byte of readFileSync(output)) if (byte === 10) written++;
  const lines_ = [
    ['households', written],
    ['rejected', rejected],
    ['input_mb', Math.round(statSync(input).size / 1e6)],
    ['wall_seconds', seconds.toFixed(2)],
    ['households_per_second', Math.round(written / seconds)],
    ['peak_rss_mb', Math.round(peak / 1024)],
    // On a shared machine the wall time grows with the load; the processor time does not.
    ['cpu_seconds', cpu.toFixed(1)],
    ['households_per_cpu_second', Math.round(written / cpu)],
  ] as const;
  for (const [name, value] of lines_) process.stdout.write(`${name}: ${value}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
