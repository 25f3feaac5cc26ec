import { createHmac } from 'node:crypto';

/** Size of one field's Bloom filter in bits, and bits set per bigram (Schnell, Bachteler, Reiher 2009). */
export const BLOOM_BITS = 512;
const WORDS = BLOOM_BITS / 32;
const HASHES_PER_BIGRAM = 15;

/**
 * Cryptographic long-term key (CLK) encoder of one key: a string becomes the Bloom filter of its
 * letter bigrams (with a space before and after, so first and last letters count), each bigram
 * setting `HASHES_PER_BIGRAM` bits chosen by HMAC-SHA-256 under the key (double hashing).
 * Similar strings give similar filters, compared with the Dice coefficient, without the strings.
 */
export class BloomEncoder {
  private readonly positions = new Map<string, Uint16Array>();

  constructor(private readonly key: string | Uint8Array) {}

  /** The Bloom filter of `value` (upper-case letters) under the field label `field`. */
  encode(field: string, value: string): Uint32Array {
    const filter = new Uint32Array(WORDS);
    const padded = ` ${value} `;
    for (let i = 0; i + 1 < padded.length; i++) {
      for (const bit of this.bitsOf(field, padded.slice(i, i + 2))) {
        filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
      }
    }
    return filter;
  }

  private bitsOf(field: string, bigram: string): Uint16Array {
    const cacheKey = `${field}\u0000${bigram}`;
    const known = this.positions.get(cacheKey);
    if (known) return known;
    const digest = createHmac('sha256', this.key).update(cacheKey, 'utf8').digest();
    const first = digest.readUInt32BE(0);
    const second = digest.readUInt32BE(4) | 1;
    const bits = new Uint16Array(HASHES_PER_BIGRAM);
    for (let k = 0; k < HASHES_PER_BIGRAM; k++) bits[k] = (first + k * second) % BLOOM_BITS;
    this.positions.set(cacheKey, bits);
    return bits;
  }
}

/** Dice coefficient of two Bloom filters: 2 |A ∩ B| / (|A| + |B|), in [0, 1]. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  let common = 0;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    common += popCount(x & y);
    total += popCount(x) + popCount(y);
  }
  return total === 0 ? 0 : (2 * common) / total;
}

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
