import type { NormalisedIdentity } from './normalise/identity.ts';

/**
 * Blocking keys of one person: two people become a candidate pair when they share at least one.
 * Several keys, each tolerant of a different kind of error, so that a pair missed by one (a typo in
 * the name, a wrong date, a changed surname) is caught by another:
 * - date of birth with day and month in either order;
 * - phonetic surname with phonetic first given name, in either order (swapped fields);
 * - phonetic surname with two of the three parts of the date of birth;
 * - phone number; e-mail address;
 * - the door (postcode, number, start of the street name) with the apartment, or with the
 *   phonetic first given name, or with the phonetic surname.
 */
export function blockingKeys(identity: NormalisedIdentity): string[] {
  const keys: string[] = [];
  const date = identity.birthDate;
  if (date) {
    const low = Math.min(date.day, date.month);
    const high = Math.max(date.day, date.month);
    keys.push(`d${date.year}-${low}-${high}`);
  }
  const firstSounds =
    identity.firstNames?.phonetics.filter((sound) => sound.length >= 2).slice(0, 3) ?? [];
  for (const name of identity.names) {
    if (name.phonetic.length < 2) continue;
    for (const sound of firstSounds) {
      keys.push(
        name.phonetic < sound ? `n${name.phonetic}|${sound}` : `n${sound}|${name.phonetic}`,
      );
    }
    if (date) {
      // Two of the three parts of the date: one mistyped part still leaves a shared key.
      const { year, month, day } = date;
      keys.push(
        `y${name.phonetic}|${year}|${month}`,
        `m${name.phonetic}|${month}|${day}`,
        `k${name.phonetic}|${year}|${day}`,
      );
    }
  }
  if (identity.phone) keys.push(`p${identity.phone}`);
  if (identity.email) keys.push(`e${identity.email}`);
  const address = identity.address;
  if (address && address.postcode !== '' && address.number !== '' && address.street !== '') {
    // A door alone is too wide a block (hundreds of tenants share one social-housing address).
    const door = `${address.postcode}|${parseInt(address.number, 10)}|${address.street.slice(0, 4)}`;
    if (address.apartment !== '') keys.push(`a${door}|${address.apartment}`);
    const firstSound = firstSounds[0];
    if (firstSound !== undefined) keys.push(`f${door}|${firstSound}`);
    for (const name of identity.names)
      if (name.phonetic.length >= 2) keys.push(`h${door}|${name.phonetic}`);
  }
  return keys;
}

const INDEX_BITS = 2 ** 23;
/**
 * Name-only keys (`n`) are the widest blocks: in a large file, "DIALLO MAMADOU" is shared by
 * hundreds. They are there for people whose date of birth is missing or wrong; past this size
 * such a person is left to the door and contact keys rather than compared with every namesake.
 */
const MAX_NAME_BLOCK = 100;
const NAME_KEY = 'n'.charCodeAt(0);
const HASH_MASK = 0x3fffffff;

/** 30-bit FNV-1a hash: with 23 bits of record index it still fits a float64 exactly. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & HASH_MASK;
}

/** Candidate pairs as two parallel arrays of record positions (left, right). */
export interface CandidatePairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly count: number;
  /** Blocks skipped because too large to compare (their pairs may still come from other keys). */
  readonly skippedBlocks: number;
}

/** Options of candidate-pair generation. */
export interface BlockingOptions {
  /** A key shared by more left records than this is too common to block on (default 1000). */
  readonly maxBlockSize?: number;
  /** Only right records whose position modulo `parts` is `part` (default: all). */
  readonly part?: number;
  readonly parts?: number;
}

/**
 * Finds candidate pairs: every (left, right) pair sharing at least one blocking key, each once.
 * Memory: one float64 per left key plus the pairs; time: sorting the left keys and one binary
 * search per right key. Left files up to 8 million records.
 */
export function candidatePairs<T>(
  left: readonly T[],
  right: readonly T[],
  keysOf: (record: T) => readonly string[],
  options: BlockingOptions = {},
): CandidatePairs {
  const steps = candidatePairSteps(left, right, keysOf, options);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Right records searched between two progress reports of {@link candidatePairSteps}. */
const BLOCKING_STEP = 4096;

/**
 * {@link candidatePairs} step by step: yields the number of right records of this part searched so
 * far (out of {@link blockingTotal}) every few thousand, so that a caller can report progress and
 * let its event loop breathe; returns the pairs.
 */
export function* candidatePairSteps<T>(
  left: readonly T[],
  right: readonly T[],
  keysOf: (record: T) => readonly string[],
  options: BlockingOptions = {},
): Generator<number, CandidatePairs> {
  if (left.length >= INDEX_BITS)
    throw new RangeError(`Fichier de gauche trop grand : ${left.length} lignes.`);
  const maxBlockSize = options.maxBlockSize ?? 1000;
  let entries = new Float64Array(left.length * 8);
  let size = 0;
  for (let i = 0; i < left.length; i++) {
    const person = left[i];
    if (person === undefined) continue;
    for (const key of keysOf(person)) {
      if (size === entries.length) entries = grow(entries);
      entries[size++] = hashKey(key) * INDEX_BITS + i;
    }
  }
  const sorted = entries.subarray(0, size).sort();
  const seen = new Int32Array(left.length).fill(-1);
  let pairsLeft = new Int32Array(right.length * 8);
  let pairsRight = new Int32Array(right.length * 8);
  let count = 0;
  const skipped = new Set<number>();
  const parts = options.parts ?? 1;
  let searched = 0;
  for (let j = options.part ?? 0; j < right.length; j += parts) {
    if (++searched % BLOCKING_STEP === 0) yield searched;
    const person = right[j];
    if (person === undefined) continue;
    for (const key of keysOf(person)) {
      const hash = hashKey(key);
      const from = lowerBound(sorted, hash * INDEX_BITS);
      const to = lowerBound(sorted, (hash + 1) * INDEX_BITS);
      if (
        to - from >
        (key.charCodeAt(0) === NAME_KEY ? Math.min(maxBlockSize, MAX_NAME_BLOCK) : maxBlockSize)
      ) {
        skipped.add(hash);
        continue;
      }
      for (let k = from; k < to; k++) {
        const i = (sorted[k] ?? 0) % INDEX_BITS;
        if (seen[i] === j) continue;
        seen[i] = j;
        if (count === pairsLeft.length) {
          pairsLeft = grow(pairsLeft);
          pairsRight = grow(pairsRight);
        }
        pairsLeft[count] = i;
        pairsRight[count] = j;
        count++;
      }
    }
  }
  return {
    left: pairsLeft.subarray(0, count),
    right: pairsRight.subarray(0, count),
    count,
    skippedBlocks: skipped.size,
  };
}

/** How many right records the part `part` of `parts` searches. */
export function blockingTotal(rightCount: number, part = 0, parts = 1): number {
  return Math.max(0, Math.ceil((rightCount - part) / parts));
}

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function grow<T extends Float64Array | Int32Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2 + 16);
  larger.set(array);
  return larger;
}
