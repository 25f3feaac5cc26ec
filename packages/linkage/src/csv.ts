import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

/** Options of the streamed CSV reader. */
export interface CsvOptions {
  /** Field separator; detected from the header line (`,` `;` or tab) when absent. */
  readonly separator?: string;
  /** `utf-8` or `windows-1252`; detected from the first bytes when absent (a BOM means UTF-8). */
  readonly encoding?: 'utf-8' | 'windows-1252';
}

const SNIFF_BYTES = 64 * 1024;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Reads a CSV file as a stream of rows (arrays of fields), the header row first. Handles `,` `;`
 * and tab separators, UTF-8 or Windows-1252 with or without BOM, RFC 4180 quotes (separators,
 * doubled quotes and line breaks inside quoted fields) and `\n` or `\r\n` line ends. Memory stays
 * bounded by one chunk and one row, whatever the size of the file.
 */
export async function* readCsv(path: string, options: CsvOptions = {}): AsyncGenerator<string[]> {
  yield* parseCsv(createReadStream(path, { highWaterMark: SNIFF_BYTES }), options);
}

/** Same as `readCsv` over any stream of bytes (an upload, a decompressed archive…). */
export async function* parseCsv(
  bytes: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: CsvOptions = {},
): AsyncGenerator<string[]> {
  let decoder: TextDecoder | undefined;
  let separator = options.separator;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let pending = '';
  let first = true;
  for await (const chunk of bytes) {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      decoder ??= new TextDecoder(options.encoding ?? detectEncoding(chunk), { ignoreBOM: false });
      text = decoder.decode(chunk, { stream: true });
    }
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (separator === undefined) {
      pending += text;
      const end = pending.indexOf('\n');
      if (end < 0) continue;
      separator = detectSeparator(pending.slice(0, end));
      text = pending;
      pending = '';
    }
    const rows: string[][] = [];
    const separatorCode = separator.charCodeAt(0);
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (quoted) {
        if (code !== QUOTE) continue;
        field += text.slice(start, i);
        if (i + 1 === text.length) {
          // A quote at the end of a chunk: the next chunk says whether it was doubled.
          quoted = false;
          afterQuote = true;
        } else if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i++;
        } else quoted = false;
        start = i + 1;
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (code === QUOTE) {
          field += '"';
          quoted = true;
          start = i + 1;
          continue;
        }
      }
      if (code === QUOTE && field === '' && start === i) {
        quoted = true;
        start = i + 1;
      } else if (code === separatorCode) {
        row.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
      } else if (code === NEWLINE) {
        const value = field + text.slice(start, i);
        row.push(value.endsWith('\r') ? value.slice(0, -1) : value);
        rows.push(row);
        row = [];
        field = '';
        start = i + 1;
      }
    }
    field += text.slice(start);
    yield* rows;
  }
  if (separator === undefined && pending !== '') {
    separator = detectSeparator(pending);
    yield* parseCsv([pending], { ...options, separator });
    return;
  }
  if (decoder) field += decoder.decode();
  if (field !== '' || row.length > 0) {
    row.push(field.endsWith('\r') ? field.slice(0, -1) : field);
    yield row;
  }
}

/** UTF-8 when the first bytes decode as UTF-8 (or carry its BOM), Windows-1252 otherwise. */
export function detectEncoding(bytes: Uint8Array): 'utf-8' | 'windows-1252' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, SNIFF_BYTES), {
      stream: true,
    });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The separator among `;`, tab and `,` that occurs most often outside quotes in the header. */
export function detectSeparator(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > (counts.get(best) ?? 0)) best = candidate;
  return best;
}
