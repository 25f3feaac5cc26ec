import { digitsOnly, words } from './text.ts';

/** Street types as La Poste abbreviates them (norme AFNOR NF Z 10-011), keyed by every usual spelling. */
const STREET_TYPES = new Map<string, string>(
  Object.entries({
    ALL: ['ALL', 'ALLEE', 'ALLEES'],
    AV: ['AV', 'AVE', 'AVN', 'AVENUE'],
    BD: ['BD', 'BLD', 'BVD', 'BOUL', 'BOULEVARD'],
    CHE: ['CHE', 'CHEM', 'CHEMIN', 'CH'],
    CHS: ['CHS', 'CHAUSSEE'],
    CITE: ['CITE', 'CTE'],
    CLOS: ['CLOS'],
    CRS: ['CRS', 'COURS'],
    ESP: ['ESP', 'ESPLANADE'],
    FG: ['FG', 'FBG', 'FAUBOURG'],
    HAM: ['HAM', 'HAMEAU'],
    IMP: ['IMP', 'IMPASSE'],
    LOT: ['LOT', 'LOTISSEMENT'],
    MAIL: ['MAIL'],
    PAS: ['PAS', 'PASS', 'PASSAGE'],
    PL: ['PL', 'PLACE'],
    PRV: ['PRV', 'PARVIS'],
    PROM: ['PROM', 'PROMENADE'],
    QU: ['QU', 'QUAI'],
    RES: ['RES', 'RESIDENCE'],
    RPT: ['RPT', 'RONDPOINT'],
    RTE: ['RTE', 'ROUTE'],
    RUE: ['R', 'RUE'],
    RLE: ['RLE', 'RUELLE'],
    SEN: ['SEN', 'SENTE', 'SENTIER'],
    SQ: ['SQ', 'SQUARE'],
    TSSE: ['TSSE', 'TERRASSE'],
    VLA: ['VLA', 'VILLA'],
    VOIE: ['VOIE'],
  }).flatMap(([code, spellings]) => spellings.map((spelling) => [spelling, code] as const)),
);

/** Abbreviated words of street names (RNVP style) and the word they stand for. */
const STREET_WORDS: Readonly<Record<string, string>> = {
  GAL: 'GENERAL',
  GEN: 'GENERAL',
  MAL: 'MARECHAL',
  MAR: 'MARECHAL',
  PR: 'PROFESSEUR',
  PROF: 'PROFESSEUR',
  DR: 'DOCTEUR',
  DOC: 'DOCTEUR',
  ST: 'SAINT',
  STE: 'SAINTE',
  PDT: 'PRESIDENT',
  PRES: 'PRESIDENT',
  CDT: 'COMMANDANT',
  CNE: 'CAPITAINE',
  COL: 'COLONEL',
  LT: 'LIEUTENANT',
  ADJ: 'ADJUDANT',
  SGT: 'SERGENT',
  MGR: 'MONSEIGNEUR',
  NTRE: 'NOTRE',
  NOTRE: 'NOTRE',
};
const STOP_WORDS = new Set([
  'D',
  'DE',
  'DU',
  'DES',
  'L',
  'LA',
  'LE',
  'LES',
  'AU',
  'AUX',
  'ET',
  'A',
  'EN',
  'SUR',
  'SOUS',
]);
const NUMBER_SUFFIXES: Readonly<Record<string, string>> = {
  BIS: 'B',
  TER: 'T',
  QUATER: 'Q',
  QUINQUIES: 'C',
};
const APARTMENT_WORDS = new Set([
  'APPT',
  'APP',
  'APT',
  'APPART',
  'APPARTEMENT',
  'LOGT',
  'LOG',
  'LOGEMENT',
  'PORTE',
  'PTE',
]);
const NUMBER_WORDS = new Set(['N', 'NO', 'NUM', 'NUMERO']);

/** A postal address reduced to parts that can be compared one by one. */
export interface NormalisedAddress {
  /** Street number with its bis/ter letter: `12B`; empty when unknown. */
  readonly number: string;
  /** Street type code (`AV`, `BD`, `RUE`…); empty when none was written. */
  readonly streetType: string;
  /** Significant words of the street name, abbreviations expanded: `GENERAL GAULLE`. */
  readonly street: string;
  /** Apartment or dwelling number without leading zeros (`APPT 34`, `Logt 0034` → `34`). */
  readonly apartment: string;
  /** Five-digit postcode; empty when unknown. */
  readonly postcode: string;
  /** Commune in upper case, `ST`/`STE` expanded, hyphens as spaces. */
  readonly commune: string;
}

/** Raw address fields as they come from a file (any may be missing). */
export interface RawAddress {
  readonly streetNumber?: string | undefined;
  readonly street?: string | undefined;
  readonly complement?: string | undefined;
  readonly postcode?: string | undefined;
  readonly commune?: string | undefined;
}

/**
 * Normalises a French postal address written in postal (RNVP) or free style:
 * `av. du Gal de Gaulle` and `AV DU GENERAL DE GAULLE` give the same street; the number may
 * sit in the street field (`118, avenue …`); `12 bis`, `12bis`, `12 B` all give `12B`.
 */
export function normaliseAddress(raw: RawAddress): NormalisedAddress | undefined {
  let streetWords = words(raw.street ?? '');
  let number = normaliseNumber(words(raw.streetNumber ?? ''));
  const leading = /^(\d+)([A-Z]*)$/.exec(streetWords[0] ?? '');
  if (leading) {
    const [, digits = '', glued = ''] = leading;
    const next = streetWords[1] ?? '';
    const suffix = NUMBER_SUFFIXES[glued] ?? glued;
    const spaced =
      glued === '' && (NUMBER_SUFFIXES[next] !== undefined || next.length === 1) ? next : '';
    const consumed = spaced === '' ? 1 : 2;
    if (number === '') number = `${Number(digits)}${suffix}${NUMBER_SUFFIXES[spaced] ?? spaced}`;
    streetWords = streetWords.slice(consumed);
  }
  const streetType = STREET_TYPES.get(streetWords[0] ?? '') ?? '';
  if (streetType !== '') streetWords = streetWords.slice(1);
  const street = streetWords
    .map((word) => STREET_WORDS[word] ?? word)
    .filter((word) => !STOP_WORDS.has(word))
    .join(' ');
  const apartment = apartmentNumber(words(raw.complement ?? ''));
  const postcode = normalisePostcode(raw.postcode);
  const commune = normaliseCommune(raw.commune);
  if (number === '' && street === '' && postcode === '' && commune === '' && apartment === '')
    return undefined;
  return { number, streetType, street, apartment, postcode, commune };
}

function normaliseNumber(tokens: readonly string[]): string {
  const match = /^(\d+)([A-Z]*)$/.exec(tokens[0] ?? '');
  if (!match) return '';
  const [, digits = '', glued = ''] = match;
  const suffix = glued === '' ? (tokens[1] ?? '') : glued;
  return `${Number(digits)}${NUMBER_SUFFIXES[suffix] ?? suffix.slice(0, 1)}`;
}

function apartmentNumber(tokens: readonly string[]): string {
  for (let i = 0; i < tokens.length; i++) {
    if (!APARTMENT_WORDS.has(tokens[i] ?? '')) continue;
    let j = i + 1;
    while (NUMBER_WORDS.has(tokens[j] ?? '')) j++;
    const value = tokens[j] ?? '';
    if (/^\d+$/.test(value)) return String(Number(value));
  }
  return '';
}

/** Five-digit French postcode (a leading zero dropped by a spreadsheet is restored). */
export function normalisePostcode(value: string | undefined): string {
  const digits = digitsOnly(value ?? '');
  if (digits.length === 4) return `0${digits}`;
  return digits.length === 5 ? digits : '';
}

/** Commune name in a comparable form: `St-Denis`, `SAINT DENIS`, `Saint-Denis` → `SAINT DENIS`. */
export function normaliseCommune(value: string | undefined): string {
  return words(value ?? '')
    .filter((word) => word !== 'CEDEX' && !/^\d+$/.test(word))
    .map((word) => (word === 'ST' ? 'SAINT' : word === 'STE' ? 'SAINTE' : word))
    .join(' ');
}
