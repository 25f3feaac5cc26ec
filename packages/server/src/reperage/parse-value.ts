import {
  foldToAscii,
  normaliseEmail,
  normalisePhone,
  normaliseSex,
  parseBirthDate,
} from '@znr/linkage';
import type { CanonicalField } from './fields.ts';

/** A cell as a partner's file gives it: text (CSV), or a typed value read from an XLSX cell. */
export type RawCell = string | number | boolean | Date | { readonly error: string } | null;

/** A cell as text, for headers, ids and previews: dates as `YYYY-MM-DD`, errors as their code. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return cell.error;
  return String(cell);
}

/** A value stored for a field: text for identity fields, typed for attributes. */
export type FieldValue = string | number | boolean;

/** The value read from a cell, none for an empty cell, or why it cannot be read (in French). */
export type ParsedValue =
  | { readonly ok: true; readonly value: FieldValue | undefined }
  | { readonly ok: false; readonly reason: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function ok(value: FieldValue | undefined): ParsedValue {
  return { ok: true, value };
}

function refused(reason: string): ParsedValue {
  return { ok: false, reason };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Digits of a code (postcode, INSEE code) that a spreadsheet may have stored as a number. */
function code(cell: string | number): string {
  return typeof cell === 'number' ? String(Math.trunc(cell)).padStart(5, '0') : cell.trim();
}

/** `1 234,56 €`, `1234.56`, `1.234,56`, a number cell → a number; undefined when unreadable. */
export function readNumber(cell: string | number): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  let text = cell.replace(/[\s\u00a0\u202f€]/g, '').replace(/eur(os?)?$/i, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function parseDate(cell: string | number | Date): ParsedValue {
  if (cell instanceof Date) return ok(isoDay(cell));
  // A number in a date column: an Excel serial day whose cell lost its date format.
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 80_000)
      return refused(`date illisible (${cell})`);
    return ok(isoDay(new Date(EXCEL_EPOCH_MS + cell * DAY_MS)));
  }
  const date = parseBirthDate(cell);
  if (date === undefined) return refused('date illisible (attendu JJ/MM/AAAA ou AAAA-MM-JJ)');
  const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (isoDay(check) !== iso) return refused('date inexistante');
  return ok(iso);
}

function parseChoice(field: CanonicalField, text: string): ParsedValue {
  const folded = foldToAscii(text).toLowerCase().trim();
  const values = field.values ?? [];
  const found = values.find((value) => folded === value || folded.startsWith(value));
  // One letter is enough when it names one value only (`L`, `P`, `H`).
  const byInitial = values.filter((value) => folded.length === 1 && value.startsWith(folded));
  if (found !== undefined) return ok(found);
  if (byInitial.length === 1) return ok(byInitial[0]);
  return refused(`valeur inconnue (attendu : ${values.join(', ')})`);
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

function parseYesNo(cell: string | number | boolean): ParsedValue {
  if (typeof cell === 'boolean') return ok(cell);
  const folded = foldToAscii(String(cell)).toLowerCase().trim();
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return refused('attendu oui ou non');
}

function parseAmount(cell: string | number, integer: boolean): ParsedValue {
  const value = readNumber(cell);
  if (value === undefined) return refused(integer ? 'nombre entier attendu' : 'montant illisible');
  if (value < 0) return refused('valeur négative');
  if (integer && !Number.isInteger(value)) return refused('nombre entier attendu');
  return ok(integer ? value : Math.round(value * 100) / 100);
}

/**
 * Reads one cell for one canonical field. Empty cells are missing values, never an error; a cell
 * that holds something unreadable for its field is refused with the reason, in French.
 */
export function parseValue(field: CanonicalField, cell: RawCell): ParsedValue {
  if (cell === null) return ok(undefined);
  if (typeof cell === 'object' && !(cell instanceof Date)) {
    return refused(`cellule en erreur (${cell.error})`);
  }
  if (typeof cell === 'string' && cell.trim() === '') return ok(undefined);
  if (typeof cell === 'string' && /^[=+@]/.test(cell.trim()) && field.type !== 'telephone') {
    // A formula typed as text (CSV exported from a spreadsheet): never evaluated, never kept.
    return refused('formule au lieu d’une valeur');
  }
  if (field.type === 'date') {
    return typeof cell === 'boolean' ? refused('date attendue') : parseDate(cell);
  }
  if (field.type === 'oui_non')
    return cell instanceof Date ? refused('attendu oui ou non') : parseYesNo(cell);
  if (cell instanceof Date || typeof cell === 'boolean') {
    return field.type === 'texte' ? ok(String(cell)) : refused('type de cellule inattendu');
  }
  switch (field.type) {
    case 'texte':
      return ok(String(cell).trim());
    case 'sexe': {
      const sex = normaliseSex(String(cell));
      return sex === '' ? refused('sexe illisible (attendu F, M, Madame, Monsieur…)') : ok(sex);
    }
    case 'code_postal': {
      const postcode = code(cell).replace(/\s/g, '');
      return /^\d{5}$/.test(postcode) ? ok(postcode) : refused('code postal à 5 chiffres attendu');
    }
    case 'code_insee': {
      const insee = code(cell).toUpperCase();
      return /^[0-9][0-9AB][0-9]{3}$/.test(insee)
        ? ok(insee)
        : refused('code INSEE à 5 caractères attendu');
    }
    case 'telephone': {
      const text = typeof cell === 'number' ? `0${String(cell)}` : cell;
      return normalisePhone(text) === undefined
        ? refused('numéro de téléphone trop court')
        : ok(text.trim());
    }
    case 'courriel':
      return normaliseEmail(String(cell)) === undefined
        ? refused('adresse de courriel sans @')
        : ok(String(cell).trim());
    case 'montant':
      return parseAmount(cell, false);
    case 'entier':
      return parseAmount(cell, true);
    case 'choix':
      return parseChoice(field, String(cell));
  }
}
