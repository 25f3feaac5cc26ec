import { parseCsv } from '@znr/linkage';
import { frenchErrorMap } from '../../http/french-errors.ts';
import {
  diServiceSchema,
  diStructureSchema,
  type DiService,
  type DiStructure,
} from './data-inclusion.ts';
import type { RejectedRecord } from './directory.ts';

// The directory's files in the data·inclusion schema: JSON (`{ structures, services }`, the
// records as the schema defines them) and CSV (one file per kind, one column per field, lists
// separated by commas). Each record is validated on its own: a bad one is reported, not fatal.

export type DirectoryKind = 'structures' | 'services';

export const structureFields = Object.keys(diStructureSchema.shape);
export const serviceFields = Object.keys(diServiceSchema.shape);

const listFields = new Set([
  'reseaux_porteurs',
  'thematiques',
  'publics',
  'modes_accueil',
  'zone_eligibilite',
  'modes_mobilisation',
  'mobilisable_par',
]);
const numberFields = new Set([
  'longitude',
  'latitude',
  'volume_horaire_hebdomadaire',
  'nombre_semaines',
]);

/** Records that passed the schema, and the ones that did not with each field's reason. */
export interface ValidatedFile {
  structures: DiStructure[];
  services: { index: number; record: DiService }[];
  rejected: RejectedRecord[];
}

function recordId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/** Validates the records of a file against the schema, one by one. */
export function validateDirectoryFile(file: {
  structures?: unknown[] | undefined;
  services?: unknown[] | undefined;
}): ValidatedFile {
  const result: ValidatedFile = { structures: [], services: [], rejected: [] };
  const check = <T>(
    kind: 'structure' | 'service',
    records: unknown[],
    parse: (
      value: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
    keep: (record: T, index: number) => void,
  ) =>
    records.forEach((value, index) => {
      const parsed = parse(value);
      if (parsed.success) keep(parsed.data, index);
      else
        result.rejected.push({
          kind,
          index,
          id: recordId(value),
          issues: parsed.error.issues.map((issue) => ({
            field: issue.path.map(String).join('.') || 'enregistrement',
            message: issue.message,
          })),
        });
    });
  check(
    'structure',
    file.structures ?? [],
    (value) => diStructureSchema.safeParse(value, { error: frenchErrorMap }),
    (record) => result.structures.push(record),
  );
  check(
    'service',
    file.services ?? [],
    (value) => diServiceSchema.safeParse(value, { error: frenchErrorMap }),
    (record, index) => result.services.push({ index, record }),
  );
  return result;
}

/** The rows of a CSV text as records: empty cells omitted, lists split, numbers read. */
export async function csvRecords(content: string): Promise<Record<string, unknown>[]> {
  const rows: string[][] = [];
  for await (const row of parseCsv([content])) rows.push(row);
  const [header, ...body] = rows;
  if (header === undefined) return [];
  const names = header.map((name) => name.trim());
  return body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const record: Record<string, unknown> = {};
      names.forEach((name, column) => {
        const cell = (row[column] ?? '').trim();
        if (cell === '') return;
        if (listFields.has(name)) {
          record[name] = cell
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean);
        } else if (numberFields.has(name)) {
          const number = Number(cell.replace(',', '.'));
          record[name] = Number.isNaN(number) ? cell : number;
        } else record[name] = cell;
      });
      return record;
    });
}

function csvCell(value: string | number | boolean | string[] | null | undefined): string {
  if (value == null) return '';
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV with `;` and a UTF-8 BOM, so that Excel opens it with its accents. */
export function toCsv(records: readonly object[], fields: readonly string[]): string {
  const lines = [
    fields.join(';'),
    ...records.map((record) =>
      fields
        .map((field) => csvCell((record as Record<string, Parameters<typeof csvCell>[0]>)[field]))
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
