/**
 * Reading the canonical attributes of partner records (`packages/server/src/reperage/fields.ts`):
 * partners write a benefit as an amount (« 285,40 »), a yes/no (« oui », « non ») or leave it
 * empty. An empty value means "this source does not know", never "no".
 */

/** The attributes of one record, or of a merged cluster: canonical field → value. */
export type Attributes = Record<string, unknown>;

/** A number read from a value (`12,5` and `12.5` alike), or undefined when absent or unreadable. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value
    .trim()
    .replace(/\s|\u00a0|€/g, '')
    .replace(',', '.');
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

/**
 * Whether a benefit is received: true for a positive amount or a yes, false for 0 or a no,
 * undefined when the source says nothing (the rule then cannot conclude "not received").
 */
export function receivedOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const n = numberOf(value);
  if (n !== undefined) return n > 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

/** A text value, trimmed and lower-cased without accents (« Locataire » → `locataire`). */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : undefined;
  const text = value
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return text === '' ? undefined : text;
}

/** True when the value says something (not null, undefined or blank). */
export function isKnown(value: unknown): boolean {
  return (
    value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')
  );
}
