import { exportColumns, type ExportRow } from './export-rows.ts';

// CSV as French Excel opens it: UTF-8 with a byte order mark, `;` between fields, a decimal comma,
// CRLF line ends, fields quoted when they hold a separator, a quote or a line break.

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV file. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [exportColumns.join(';')];
  for (const row of rows) lines.push(exportColumns.map((c) => field(row[c])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
