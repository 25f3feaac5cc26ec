import type { EncodedIdentity } from '@znr/linkage';

// An EncodedIdentity of @znr/linkage as JSON for partner_record.encodings: keyed hashes stay hex
// strings, Bloom filters and digit codes (Uint32Array) become `{ "u32": base64 }`.

interface PackedWords {
  u32: string;
}

function isPacked(value: unknown): value is PackedWords {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { u32?: unknown }).u32 === 'string' &&
    Object.keys(value).length === 1
  );
}

/** JSON text of an encoded identity. */
export function packEncodings(encoded: EncodedIdentity): string {
  return JSON.stringify(encoded, (_key, value: unknown) =>
    value instanceof Uint32Array
      ? { u32: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') }
      : value,
  );
}

/** The encoded identity back from its stored JSON (text, or the object a jsonb column returns). */
export function unpackEncodings(stored: unknown): EncodedIdentity {
  const revive = (value: unknown): unknown => {
    if (isPacked(value)) {
      const bytes = Buffer.from(value.u32, 'base64');
      const words = new Uint32Array(bytes.byteLength / 4);
      new Uint8Array(words.buffer).set(bytes);
      return words;
    }
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
    }
    return value;
  };
  const value: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  return revive(value) as EncodedIdentity;
}
