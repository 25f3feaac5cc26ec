import { normaliseAddress, type NormalisedAddress } from './address.ts';
import { parseBirthDate, type BirthDate } from './dates.ts';
import { normaliseFirstNames, type NormalisedFirstNames } from './first-names.ts';
import { normaliseName, type NormalisedName } from './names.ts';
import { normaliseEmail, normalisePhone } from './phone.ts';
import { foldToAscii } from './text.ts';

/** One person as a partner's file describes them; every field but `id` may be missing. */
export interface RawIdentity {
  readonly id: string;
  /** Name in use (usage or married name), or the only name the file has. */
  readonly lastName?: string | undefined;
  /** Birth name (nom de naissance, nom de famille), when the file keeps it apart. */
  readonly birthName?: string | undefined;
  /** Usual first name, compound first name, or the full list of given names. */
  readonly firstNames?: string | undefined;
  /** `M`/`H`/`F`, `Homme`/`Femme`, `Monsieur`/`Madame`, `1`/`2`… */
  readonly sex?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly streetNumber?: string | undefined;
  readonly street?: string | undefined;
  readonly complement?: string | undefined;
  readonly postcode?: string | undefined;
  readonly commune?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
}

export type Sex = 'M' | 'F' | '';

/** A person in comparable form: what every comparator and encoder reads. */
export interface NormalisedIdentity {
  readonly id: string;
  /** Distinct surnames: name in use, birth name, then both glued (usage-birth double names). */
  readonly names: readonly NormalisedName[];
  readonly firstNames: NormalisedFirstNames | undefined;
  /** The surname read as given names and the given names read as a surname, to see swapped fields. */
  readonly swapped: {
    readonly names: readonly NormalisedName[];
    readonly firstNames: NormalisedFirstNames | undefined;
  };
  readonly sex: Sex;
  readonly birthDate: BirthDate | undefined;
  readonly address: NormalisedAddress | undefined;
  readonly phone: string | undefined;
  readonly email: string | undefined;
}

const MALE = new Set(['M', 'H', 'HOMME', 'MASCULIN', 'MONSIEUR', 'MR', 'MALE', '1']);
const FEMALE = new Set([
  'F',
  'FEMME',
  'FEMININ',
  'MADAME',
  'MME',
  'MLLE',
  'MADEMOISELLE',
  'FEMALE',
  'W',
  '2',
]);

/** Normalises a sex or civility field to `M`, `F`, or `''` when unknown. */
export function normaliseSex(value: string | undefined): Sex {
  const folded = foldToAscii(value ?? '').replace(/[^A-Z0-9]/g, '');
  if (MALE.has(folded)) return 'M';
  if (FEMALE.has(folded)) return 'F';
  return '';
}

/**
 * Normalises one person's identity for linkage: names (case, accents, particles, hyphens, usage and
 * birth names), given names (compound, lists, initials), sex, date of birth, postal address, phone
 * and e-mail. Pure and deterministic: the same input always gives the same output.
 */
export function normaliseIdentity(raw: RawIdentity): NormalisedIdentity {
  const names: NormalisedName[] = [];
  const usage = normaliseName(raw.lastName);
  const birth = normaliseName(raw.birthName);
  if (usage) names.push(usage);
  if (birth && birth.compact !== usage?.compact) {
    names.push(birth);
    if (usage) names.push(normaliseName(`${usage.text} ${birth.text}`) ?? usage);
  }
  const firstNames = normaliseFirstNames(raw.firstNames);
  const asName = normaliseName(raw.firstNames);
  return {
    id: raw.id,
    names,
    firstNames,
    swapped: { names: asName ? [asName] : [], firstNames: normaliseFirstNames(raw.lastName) },
    sex: normaliseSex(raw.sex),
    birthDate: parseBirthDate(raw.birthDate),
    address: normaliseAddress(raw),
    phone: normalisePhone(raw.phone),
    email: normaliseEmail(raw.email),
  };
}
