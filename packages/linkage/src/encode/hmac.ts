import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a value (HMAC-SHA-256), cut to 128 bits and written in base64url. Without the key,
 * nobody can tell which name or date a code stands for, even by hashing every French name: that is
 * what a plain hash would allow. One key per data-sharing agreement, kept apart from the data.
 */
export function keyedHash(key: string | Uint8Array, value: string): string {
  return createHmac('sha256', key)
    .update(value, 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** The key must be long enough that it cannot be guessed: at least 16 bytes (128 bits). */
export function checkKey(key: string | Uint8Array): void {
  const length = typeof key === 'string' ? Buffer.byteLength(key, 'utf8') : key.byteLength;
  if (length < 16) {
    throw new RangeError(
      `Clé de pseudonymisation trop courte : ${length} octets, il en faut au moins 16.`,
    );
  }
}
