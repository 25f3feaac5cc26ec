import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parseCsv } from '@znr/linkage';
import type { RawCell } from './parse-value.ts';
import type { FileFormat } from './vocabulary.ts';

/** One row of a partner's file: its line (1 = header) and its cells. */
export interface FileRow {
  readonly line: number;
  readonly cells: readonly RawCell[];
}

/** XLSX when the file is a ZIP archive (`PK\x03\x04`), CSV otherwise, whatever its name. */
export async function detectFormat(path: string): Promise<FileFormat> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32BE(0) === 0x504b0304 ? 'xlsx' : 'csv';
  } finally {
    await handle.close();
  }
}

/**
 * Streams the rows of a partner's file, header first. CSV: `,` `;` or tab, UTF-8 or Windows-1252,
 * BOM or not (@znr/linkage's reader). XLSX: the first worksheet, read by exceljs's streaming
 * reader; dates come as Date, formulas as their cached result, errors as `{ error }`.
 */
export async function* readPartnerFile(
  path: string,
  format: FileFormat,
  meter?: { bytesRead: number },
): AsyncGenerator<FileRow> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    const rows = format === 'csv' ? readCsvRows(stream) : readXlsx(stream);
    for await (const row of rows) {
      if (meter !== undefined) meter.bytesRead = stream.bytesRead;
      yield row;
    }
  } finally {
    stream.destroy();
  }
}

async function* readCsvRows(stream: ReadStream): AsyncGenerator<FileRow> {
  let line = 0;
  for await (const cells of parseCsv(stream)) {
    line++;
    yield { line, cells };
  }
}

async function* readXlsx(stream: ReadStream): AsyncGenerator<FileRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? row.values : [];
      // exceljs rows are 1-based sparse arrays.
      const cells: RawCell[] = [];
      for (let column = 1; column < values.length; column++) cells.push(xlsxCell(values[column]));
      yield { line: row.number, cells };
    }
    return; // the first worksheet only
  }
}

/** An exceljs cell value as a plain cell. */
export function xlsxCell(value: ExcelJS.CellValue): RawCell {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return { error: 'formule sans valeur calculée' };
    return typeof result === 'object' && !(result instanceof Date)
      ? { error: result.error }
      : result;
  }
  return null;
}
