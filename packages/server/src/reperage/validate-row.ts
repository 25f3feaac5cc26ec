import type { RawIdentity } from '@znr/linkage';
import type { MappingPlan } from './mapping.ts';
import { cellText, parseValue, type FieldValue, type RawCell } from './parse-value.ts';
import type { RejectedRow } from './tables.ts';

/** A valid row: the partner's id, the identity (for encoding) and the typed attributes. */
export interface ValidRow {
  readonly line: number;
  readonly sourceId: string;
  /** Identity fields by canonical name (text). */
  readonly identity: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, FieldValue>>;
}

/** What became of one row: kept, rejected (every reason), or skipped because it is empty. */
export type RowOutcome =
  | { readonly kind: 'valide'; readonly row: ValidRow }
  | { readonly kind: 'rejetee'; readonly reasons: readonly RejectedRow[] }
  | { readonly kind: 'vide' };

function isEmpty(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Validates one data row against the mapping plan. A row with more cells than the header (CSV or
 * XLSX), or with fewer cells in a CSV (a shifted or cut line), is rejected as a whole; otherwise
 * each mapped cell is read for its field and each unreadable one is reported with its column.
 */
export function validateRow(
  line: number,
  cells: readonly RawCell[],
  plan: MappingPlan,
  format: 'csv' | 'xlsx',
): RowOutcome {
  if (cells.every(isEmpty)) return { kind: 'vide' };
  const width = plan.header.length;
  const extra = cells.slice(width).some((cell) => !isEmpty(cell));
  if (extra || (format === 'csv' && cells.length < width)) {
    return {
      kind: 'rejetee',
      reasons: [
        {
          line,
          column: null,
          reason: `la ligne a ${cells.length} colonnes alors que l’en-tête en a ${width} (séparateur ou guillemet mal placé ?)`,
        },
      ],
    };
  }
  const reasons: RejectedRow[] = [];
  const idCell = cells[0] ?? null;
  const sourceId = cellText(idCell).trim();
  if (
    sourceId === '' ||
    (typeof idCell === 'object' && idCell !== null && !(idCell instanceof Date))
  ) {
    reasons.push({ line, column: plan.header[0] ?? null, reason: 'identifiant vide' });
  }
  const identity: Record<string, string> = {};
  const attributes: Record<string, FieldValue> = {};
  for (const { position, field } of plan.columns) {
    const parsed = parseValue(field, cells[position] ?? null);
    if (!parsed.ok) {
      reasons.push({ line, column: plan.header[position] ?? null, reason: parsed.reason });
    } else if (parsed.value !== undefined) {
      if (field.kind === 'identite') identity[field.name] = String(parsed.value);
      else attributes[field.name] = parsed.value;
    }
  }
  if (
    reasons.length === 0 &&
    identity.nom === undefined &&
    identity.nom_naissance === undefined &&
    identity.date_naissance === undefined
  ) {
    reasons.push({
      line,
      column: null,
      reason: 'ni nom ni date de naissance : la personne ne peut pas être rapprochée',
    });
  }
  if (reasons.length > 0) return { kind: 'rejetee', reasons };
  return { kind: 'valide', row: { line, sourceId, identity, attributes } };
}

/** The raw identity @znr/linkage normalises and encodes, from a row's identity fields. */
export function rowIdentity(row: ValidRow): RawIdentity {
  const value = (name: string) => row.identity[name];
  return {
    id: row.sourceId,
    lastName: value('nom'),
    birthName: value('nom_naissance'),
    firstNames: value('prenoms'),
    sex: value('sexe'),
    birthDate: value('date_naissance'),
    streetNumber: value('numero_voie'),
    street: value('adresse'),
    complement: value('complement_adresse'),
    postcode: value('code_postal'),
    commune: value('commune'),
    phone: value('telephone'),
    email: value('email'),
  };
}
