import type { RawIdentity } from '../normalise/identity.ts';
import { seededRandom } from '../random.ts';
import {
  COMMUNES,
  ENDINGS,
  FIRST_NAME_VARIANTS,
  FIRST_NAMES,
  STREET_NAMES,
  STREET_TYPES,
  SURNAMES,
  SYLLABLES,
} from './vocabulary.ts';

/** Sizes and seed of a synthetic pair of files. */
export interface SyntheticOptions {
  readonly left: number;
  readonly right: number;
  readonly seed?: number;
  /** Share of right records that describe a person of the left file (default 0.6). */
  readonly overlap?: number;
}

/** Two files describing partly the same people, and the true pairs (left id, right id). */
export interface SyntheticFiles {
  readonly left: RawIdentity[];
  readonly right: RawIdentity[];
  readonly truth: Array<readonly [string, string]>;
}

interface Person {
  sex: 'M' | 'F';
  givenNames: string[];
  usual: number;
  surname: string;
  birthName: string;
  year: number;
  month: number;
  day: number;
  home: Home;
  phone: string;
}

interface Home {
  number: number;
  suffix: '' | 'B' | 'T';
  street: number;
  type: number;
  apartment: number;
  commune: number;
}

/**
 * Generates a benefits-office-like left file and a landlord-like right file of synthetic French
 * identities (no real person), with the noise of real files: postal vs free-form formats, typing
 * errors, usage vs birth names, given-name lists vs usual name, swapped fields, wrong or missing
 * dates, people who moved, and hard negatives (spouses, relatives and twins at the same address).
 * Deterministic for a given seed. Used by the linkage benchmark and tests.
 */
export function syntheticFiles(options: SyntheticOptions): SyntheticFiles {
  const random = seededRandom(options.seed ?? 1);
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const zipf = <T>(items: readonly T[]): T =>
    items[Math.floor(items.length * random() ** 2.5)] as T;
  const surname = (): string =>
    chance(0.35)
      ? zipf(SURNAMES)
      : `${pick(SYLLABLES)}${pick(SYLLABLES)}${chance(0.4) ? pick(SYLLABLES) : ''}${pick(ENDINGS)}`;
  const home = (): Home => ({
    number: 1 + Math.floor(random() * 220),
    suffix: chance(0.15) ? pick(['B', 'T'] as const) : '',
    street: Math.floor(random() * STREET_NAMES.length),
    type: Math.floor(random() * STREET_TYPES.length),
    apartment: chance(0.7) ? 1 + Math.floor(random() * 12) * 100 + Math.floor(random() * 12) : 0,
    commune: Math.floor(random() * COMMUNES.length),
  });
  const phone = (): string =>
    chance(0.5) ? `0${pick(['6', '7'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : '';
  const person = (sex: 'M' | 'F', family: string, where: Home, year: number): Person => {
    const count = chance(0.3) ? 2 + Math.floor(random() * 2) : 1;
    const givenNames = Array.from({ length: count }, () => zipf(FIRST_NAMES[sex]));
    return {
      sex,
      givenNames,
      usual: chance(0.1) ? count - 1 : 0,
      surname: family,
      birthName: family,
      year,
      month: 1 + Math.floor(random() * 12),
      day: chance(0.03) ? 1 : 1 + Math.floor(random() * 28),
      home: where,
      phone: phone(),
    };
  };
  const left: Person[] = [];
  while (left.length < options.left) {
    const family = surname();
    const where = home();
    const year = 1935 + Math.floor(random() * 70);
    const first = person(chance(0.5) ? 'F' : 'M', family, where, year);
    left.push(first);
    if (left.length < options.left && chance(0.35)) {
      const spouse = person(
        first.sex === 'F' ? 'M' : 'F',
        family,
        where,
        year + Math.floor(random() * 11) - 5,
      );
      const wife = spouse.sex === 'F' ? spouse : first;
      wife.birthName = surname();
      spouse.phone = chance(0.3) ? first.phone : spouse.phone;
      left.push(spouse);
    }
  }
  const leftRows = left.map((p, i) => postalRow(`G${String(i + 1).padStart(8, '0')}`, p, random));
  const order = left.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const rightRows: RawIdentity[] = [];
  const truth: Array<readonly [string, string]> = [];
  const matched = Math.min(left.length, Math.round(options.right * (options.overlap ?? 0.6)));
  for (let r = 0; r < options.right; r++) {
    const id = `D${String(r + 1).padStart(8, '0')}`;
    const source = left[order[r % order.length] ?? 0] as Person;
    if (r < matched) {
      rightRows.push(typedRow(id, noisy(source, home, phone, chance, pick), random));
      truth.push([leftRows[order[r] ?? 0]?.id ?? '', id]);
    } else if (chance(0.25)) {
      // A relative living with a left person: same surname and door, another person. A few are
      // twins (same date), a few a father and son of the same first name: the hardest negatives.
      const relative = person(
        chance(0.5) ? 'F' : 'M',
        source.surname,
        source.home,
        source.year - 20 - Math.floor(random() * 10),
      );
      while (relative.givenNames.some((name) => source.givenNames.includes(name))) {
        relative.givenNames = [pick(FIRST_NAMES[relative.sex])];
        relative.usual = 0;
      }
      const hardness = random();
      if (hardness < 0.05)
        Object.assign(relative, { year: source.year, month: source.month, day: source.day });
      else if (hardness < 0.1)
        Object.assign(relative, {
          sex: source.sex,
          givenNames: source.givenNames,
          usual: source.usual,
        });
      rightRows.push(typedRow(id, relative, random));
    } else {
      rightRows.push(
        typedRow(
          id,
          person(chance(0.5) ? 'F' : 'M', surname(), home(), 1935 + Math.floor(random() * 70)),
          random,
        ),
      );
    }
  }
  const shuffled = rightRows
    .map((row, i) => ({ row, key: random(), i }))
    .sort((a, b) => a.key - b.key);
  return { left: leftRows, right: shuffled.map(({ row }) => row), truth };
}

/** The same person as another file records them: each kind of error at its usual rate. */
function noisy(
  source: Person,
  home: () => Home,
  phone: () => string,
  chance: (p: number) => boolean,
  pick: <T>(items: readonly T[]) => T,
): Person {
  const p: Person = { ...source, givenNames: [...source.givenNames] };
  if (chance(0.06) && p.birthName !== p.surname) p.surname = p.birthName;
  else if (chance(0.02) && p.birthName !== p.surname) p.surname = `${p.surname}-${p.birthName}`;
  if (chance(0.07)) p.surname = typo(p.surname, chance, pick);
  if (chance(0.02)) p.surname = p.surname.replace(/ /g, '');
  const usual = p.givenNames[p.usual] ?? '';
  let given = chance(0.3) && usual.includes('-') ? (usual.split('-')[0] ?? usual) : usual;
  if (chance(0.05)) given = typo(given, chance, pick);
  if (chance(0.03)) given = FIRST_NAME_VARIANTS[given] ?? given;
  if (chance(0.04)) given = pick(FIRST_NAMES[p.sex]);
  if (chance(0.01)) given = `${given.slice(0, 1)}.`;
  p.givenNames = [given];
  p.usual = 0;
  if (chance(0.015)) [p.surname, p.givenNames] = [given, [p.surname]];
  // One mistyped digit of the day (12 → 13, 21 → 24), as clerks make them.
  if (chance(0.03))
    p.day =
      Math.floor(p.day / 10) * 10 + (((p.day % 10) + 1 + Math.floor(chance(0.5) ? 1 : 3)) % 10) ||
      1;
  else if (chance(0.012)) [p.day, p.month] = [p.month, p.day];
  else if (chance(0.008)) p.year += chance(0.5) ? 1 : -1;
  if (chance(0.02)) p.year = 0;
  if (chance(0.13)) p.home = home();
  if (chance(0.08)) p.phone = phone();
  return p;
}

function typo(
  word: string,
  chance: (p: number) => boolean,
  pick: <T>(items: readonly T[]) => T,
): string {
  if (word.length < 3) return word;
  const at = 1 + Math.floor((word.length - 2) * (chance(0.5) ? 0.3 : 0.8));
  if (chance(0.4))
    return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (chance(0.5)) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + pick(['A', 'E', 'I', 'O', 'U', 'R', 'N', 'S']) + word.slice(at + 1);
}

function date(p: Person, dayFirst: boolean): string {
  if (p.year === 0) return '';
  const dd = String(p.day).padStart(2, '0');
  const mm = String(p.month).padStart(2, '0');
  return dayFirst ? `${dd}/${mm}/${p.year}` : `${p.year}-${mm}-${dd}`;
}

/** Benefits-office style: upper case, postal address, ISO dates, all given names at times. */
function postalRow(id: string, p: Person, random: () => number): RawIdentity {
  const [postcode, commune] = COMMUNES[p.home.commune] ?? ['', ''];
  return {
    id,
    lastName: p.surname,
    birthName: p.birthName !== p.surname ? p.birthName : undefined,
    firstNames: (random() < 0.5 ? p.givenNames : [p.givenNames[p.usual] ?? '']).join(' '),
    sex: p.sex,
    birthDate: date(p, false),
    streetNumber: `${p.home.number}${p.home.suffix ? ` ${p.home.suffix}` : ''}`,
    street: `${STREET_TYPES[p.home.type]?.[0]} ${STREET_NAMES[p.home.street]?.[0]}`,
    complement: p.home.apartment ? `BAT A APPT ${p.home.apartment}` : undefined,
    postcode,
    commune,
    phone: p.phone || undefined,
  };
}

/** Landlord style: mixed case, free-form address, French dates, usual given name. */
function typedRow(id: string, p: Person, random: () => number): RawIdentity {
  const [postcode, , commune] = COMMUNES[p.home.commune] ?? ['', '', ''];
  const title = (text: string): string =>
    text.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (m) => m.toUpperCase());
  const phone = p.phone && random() < 0.5 ? p.phone.replace(/(\d\d)(?=\d)/g, '$1 ') : p.phone;
  return {
    id,
    lastName: random() < 0.8 ? title(p.surname) : p.surname,
    firstNames: title(p.givenNames[p.usual] ?? ''),
    sex: random() < 0.03 ? undefined : p.sex === 'M' ? 'H' : 'F',
    birthDate: date(p, true),
    streetNumber: `${p.home.number}${p.home.suffix === 'B' ? ' bis' : p.home.suffix === 'T' ? 'ter' : ''}`,
    street: `${STREET_TYPES[p.home.type]?.[1]} ${STREET_NAMES[p.home.street]?.[1]}`,
    complement: p.home.apartment ? `Logt ${String(p.home.apartment).padStart(4, '0')}` : undefined,
    postcode,
    commune,
    phone: phone || undefined,
  };
}
