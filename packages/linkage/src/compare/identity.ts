import type { NormalisedAddress } from '../normalise/address.ts';
import type { NormalisedIdentity } from '../normalise/identity.ts';
import { compareBirthDates } from './dates.ts';
import { equality, FIELD, MISSING } from './fields.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import { compareFirstNames, compareSurnames, type NameAgreement } from './names.ts';

/** Relative frequencies of name values over both files, for term-frequency adjustment. */
export interface TermFrequencies {
  readonly surname: ReadonlyMap<string, number>;
  readonly firstName: ReadonlyMap<string, number>;
}

/** Where a comparison writes its result: one level per field, and the frequency of agreeing names. */
export interface ComparisonOutput {
  readonly levels: Uint8Array;
  readonly frequencies: Float32Array;
}

const surname: NameAgreement = { level: 0, value: '' };
const firstName: NameAgreement = { level: 0, value: '' };
const swappedSurname: NameAgreement = { level: 0, value: '' };
const swappedFirstName: NameAgreement = { level: 0, value: '' };

/**
 * Compares two normalised identities field by field and writes the comparison vector of pair
 * `index` (levels from `FIELDS`, `MISSING` where a side lacks the field) and the frequencies of
 * exactly agreeing surname and first name (0 when not exact).
 */
export function compareIdentities(
  a: NormalisedIdentity,
  b: NormalisedIdentity,
  index: number,
  out: ComparisonOutput,
  frequencies: TermFrequencies | undefined,
): void {
  const base = index * 8;
  const levels = out.levels;
  compareNames(a, b);
  levels[base + FIELD.surname] = surname.level;
  levels[base + FIELD.firstName] = firstName.level;
  out.frequencies[index * 2] =
    surname.level === 0 ? (frequencies?.surname.get(surname.value) ?? 0) : 0;
  out.frequencies[index * 2 + 1] =
    firstName.level <= 1 && firstName.value !== ''
      ? (frequencies?.firstName.get(firstName.value) ?? 0)
      : 0;
  levels[base + FIELD.birthDate] =
    a.birthDate && b.birthDate ? compareBirthDates(a.birthDate, b.birthDate) : MISSING;
  levels[base + FIELD.sex] = equality(a.sex, b.sex);
  const address = a.address && b.address ? compareAddresses(a.address, b.address) : MISSING;
  levels[base + FIELD.address] = address;
  // Apartment numbers only mean something in the same street.
  levels[base + FIELD.apartment] =
    address <= 1 ? equality(a.address?.apartment, b.address?.apartment) : MISSING;
  levels[base + FIELD.phone] = equality(a.phone, b.phone);
  levels[base + FIELD.email] = a.email && b.email ? compareEmails(a.email, b.email) : MISSING;
}

/** Surname and first name, trying the fields swapped when the straight reading disagrees on both. */
function compareNames(a: NormalisedIdentity, b: NormalisedIdentity): void {
  surname.level = a.names.length > 0 && b.names.length > 0 ? -1 : MISSING;
  firstName.level = a.firstNames && b.firstNames ? -1 : MISSING;
  surname.value = '';
  firstName.value = '';
  if (surname.level === -1) compareSurnames(a.names, b.names, surname);
  if (firstName.level === -1 && a.firstNames && b.firstNames)
    compareFirstNames(a.firstNames, b.firstNames, firstName);
  if (surname.level === MISSING || firstName.level === MISSING) return;
  if (surname.level < 3 || firstName.level < 3) return;
  if (
    b.swapped.names.length === 0 ||
    !b.swapped.firstNames ||
    !a.firstNames ||
    a.names.length === 0
  )
    return;
  compareSurnames(a.names, b.swapped.names, swappedSurname);
  compareFirstNames(a.firstNames, b.swapped.firstNames, swappedFirstName);
  const straight = Math.min(surname.level, 4) + Math.min(firstName.level, 4);
  if (swappedSurname.level + swappedFirstName.level < straight) {
    surname.level = swappedSurname.level;
    surname.value = swappedSurname.value;
    firstName.level = swappedFirstName.level;
    firstName.value = swappedFirstName.value;
  }
}

/** 0 same number and street, 1 same street, 2 same commune, 3 different. */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): number {
  const samePostcode = a.postcode !== '' && a.postcode === b.postcode;
  const sameCommune = a.commune !== '' && a.commune === b.commune;
  const sameStreet =
    a.street !== '' &&
    b.street !== '' &&
    (a.street === b.street || jaroWinkler(a.street, b.street) >= 0.9);
  const sameNumber = a.number !== '' && parseInt(a.number, 10) === parseInt(b.number, 10);
  const sameLocality = samePostcode || sameCommune;
  if (sameStreet && sameNumber && (sameLocality || a.postcode === '' || b.postcode === ''))
    return 0;
  if (sameStreet && sameLocality) return 1;
  if (sameLocality) return 2;
  return 3;
}

/** 0 same address, 1 same letters before the `@` (dots, digits and domain aside), 2 different. */
export function compareEmails(a: string, b: string): number {
  if (a === b) return 0;
  const lettersA = a.slice(0, a.indexOf('@')).replace(/[^a-z]/g, '');
  const lettersB = b.slice(0, b.indexOf('@')).replace(/[^a-z]/g, '');
  return lettersA.length >= 4 && lettersA === lettersB ? 1 : 2;
}
