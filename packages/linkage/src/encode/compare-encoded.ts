import { compareEncodedDates } from './encoded-date.ts';
import { equality, FIELD, MISSING } from '../compare/fields.ts';
import type { ComparisonOutput, TermFrequencies } from '../compare/identity.ts';
import { dice } from './bloom.ts';
import type { EncodedAddress, EncodedFirstNames, EncodedIdentity, EncodedName } from './encoded.ts';

// Comparison of encoded identities: the same fields and levels as `compareIdentities`, where
// equality is equality of keyed hashes and "close spelling" is a high Dice coefficient of CLKs.

const CLOSE = 0.8;
const level = { value: 0, code: '' };

/** The encoded counterpart of `compareIdentities`: same fields, same levels, on codes alone. */
export function compareEncoded(
  a: EncodedIdentity,
  b: EncodedIdentity,
  index: number,
  out: ComparisonOutput,
  table: TermFrequencies,
): void {
  const base = index * 8;
  const levels = out.levels;
  let surname: number = MISSING;
  let surnameCode = '';
  let first: number = MISSING;
  let firstCode = '';
  if (a.names.length > 0 && b.names.length > 0) {
    surnameLevel(a.names, b.names);
    surname = level.value;
    surnameCode = level.code;
  }
  if (a.firstNames && b.firstNames) {
    firstNameLevel(a.firstNames, b.firstNames);
    first = level.value;
    firstCode = level.code;
  }
  if (
    surname !== MISSING &&
    first !== MISSING &&
    surname >= 3 &&
    first >= 3 &&
    a.firstNames &&
    b.swapped.firstNames
  ) {
    surnameLevel(a.names, b.swapped.names);
    const swappedSurname = level.value;
    const swappedCode = level.code;
    firstNameLevel(a.firstNames, b.swapped.firstNames);
    if (b.swapped.names.length > 0 && swappedSurname + level.value < surname + first) {
      surname = swappedSurname;
      surnameCode = swappedCode;
      first = level.value;
      firstCode = level.code;
    }
  }
  levels[base + FIELD.surname] = surname;
  levels[base + FIELD.firstName] = first;
  out.frequencies[index * 2] = surname === 0 ? (table.surname.get(surnameCode) ?? 0) : 0;
  out.frequencies[index * 2 + 1] =
    first <= 1 && firstCode !== '' ? (table.firstName.get(firstCode) ?? 0) : 0;
  levels[base + FIELD.birthDate] =
    a.birthDate && b.birthDate ? compareEncodedDates(a.birthDate, b.birthDate) : MISSING;
  levels[base + FIELD.sex] = equality(a.sex, b.sex);
  const address = a.address && b.address ? addressLevel(a.address, b.address) : MISSING;
  levels[base + FIELD.address] = address;
  // Apartment numbers only mean something in the same street.
  levels[base + FIELD.apartment] =
    address <= 1 ? equality(a.address?.apartment, b.address?.apartment) : MISSING;
  levels[base + FIELD.phone] = equality(a.phone, b.phone);
  levels[base + FIELD.email] =
    a.email && b.email
      ? a.email === b.email
        ? 0
        : a.emailLetters !== '' && a.emailLetters === b.emailLetters
          ? 1
          : 2
      : MISSING;
}

function surnameLevel(a: readonly EncodedName[], b: readonly EncodedName[]): void {
  level.code = '';
  for (const x of a) for (const y of b) if (x.exact === y.exact) return set(0, x.exact);
  for (const x of a) for (const y of b) if (dice(x.bloom, y.bloom) >= CLOSE) return set(1, '');
  for (const x of a)
    for (const y of b) if (x.cores.some((core) => y.cores.includes(core))) return set(2, '');
  for (const x of a)
    for (const y of b) if (x.phonetic !== '' && x.phonetic === y.phonetic) return set(3, '');
  set(4, '');
}

function firstNameLevel(a: EncodedFirstNames, b: EncodedFirstNames): void {
  const firstA = a.initialsOnly ? undefined : a.tokens[0];
  if (a.compact === b.compact || (firstA !== undefined && firstA === b.tokens[0]))
    return set(0, firstA ?? '');
  for (const x of a.tokens) if (b.tokens.includes(x)) return set(1, x);
  if (dice(a.compactBloom, b.compactBloom) >= CLOSE) return set(2, '');
  for (let i = 0; i < a.tokens.length; i++) {
    for (let j = 0; j < b.tokens.length; j++) {
      const sound = a.phonetics[i] ?? '';
      if (
        (sound !== '' && sound === b.phonetics[j]) ||
        dice(a.blooms[i] ?? EMPTY, b.blooms[j] ?? EMPTY) >= CLOSE
      ) {
        return set(2, '');
      }
    }
  }
  if (a.initialsOnly || b.initialsOnly) {
    const initials = a.initialsOnly ? a : b;
    const full = a.initialsOnly ? b : a;
    if (full.initials.includes(initials.initials[0] ?? '')) return set(3, '');
  }
  set(4, '');
}

const EMPTY = new Uint32Array(0);

function addressLevel(a: EncodedAddress, b: EncodedAddress): number {
  const sameLocality =
    (a.postcode !== '' && a.postcode === b.postcode) ||
    (a.commune !== '' && a.commune === b.commune);
  const sameStreet =
    a.street !== '' &&
    b.street !== '' &&
    (a.street === b.street || dice(a.streetBloom, b.streetBloom) >= 0.85);
  const sameNumber = a.number !== '' && a.number === b.number;
  if (sameStreet && sameNumber && (sameLocality || a.postcode === '' || b.postcode === ''))
    return 0;
  if (sameStreet && sameLocality) return 1;
  if (sameLocality) return 2;
  return 3;
}

function set(value: number, code: string): void {
  level.value = value;
  level.code = code;
}
