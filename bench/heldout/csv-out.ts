import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/** Writes rows as UTF-8 CSV, `\n` line ends, RFC 4180 quotes where a field needs them. */
export async function writeCsv(path: string, rows: ReadonlyArray<Record<string, string>>) {
  const out = createWriteStream(path);
  const header = Object.keys(rows[0] ?? {});
  const field = (value: string) =>
    /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  out.write(`${header.join(',')}\n`);
  for (const row of rows) {
    if (!out.write(`${header.map((name) => field(row[name] ?? '')).join(',')}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out.end();
  await finished(out);
}
