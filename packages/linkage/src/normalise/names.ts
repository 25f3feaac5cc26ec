import { frenchPhonetic } from '../phonetic.ts';
import { words } from './text.ts';

/**
 * Words that French and immigrant surnames put in front of the name itself and that files keep,
 * glue or drop (`de La Fontaine` / `Delafontaine`, `N'Diaye` / `Ndiaye`, `El Amrani` / `Amrani`).
 */
const PARTICLES = new Set([
  'A',
  'AL',
  'AIT',
  'BEN',
  'BOU',
  'D',
  'DA',
  'DAL',
  'DAS',
  'DE',
  'DEL',
  'DELLA',
  'DEN',
  'DER',
  'DES',
  'DI',
  'DO',
  'DOS',
  'DU',
  'EL',
  'L',
  'LA',
  'LE',
  'LES',
  'N',
  'OULD',
  'SAINT',
  'ST',
  'TER',
  'VAN',
  'VON',
  'Y',
]);

/** A surname reduced to the forms the comparators need. */
export interface NormalisedName {
  /** Upper-case words without accents, joined by one space: `LE GALL PETIT`. */
  readonly text: string;
  /** The letters only, so glued and spaced particles agree: `LEGALLPETIT`. */
  readonly compact: string;
  /** Words that carry the name, particles removed, for partly dropped double names: `GALL`, `PETIT`. */
  readonly cores: readonly string[];
  /** French phonetic key of the compact form. */
  readonly phonetic: string;
}

/**
 * Normalises a surname as French files write it: case, accents, apostrophes, hyphens, particles.
 * Returns `undefined` for an empty or letter-less value.
 */
export function normaliseName(value: string | undefined): NormalisedName | undefined {
  if (value === undefined) return undefined;
  const tokens = words(value).filter((word) => !/^\d+$/.test(word));
  if (tokens.length === 0) return undefined;
  const compact = tokens.join('');
  const cores = tokens.filter((word) => word.length > 1 && !PARTICLES.has(word));
  return {
    text: tokens.join(' '),
    compact,
    cores: cores.length > 0 ? cores : [compact],
    phonetic: frenchPhonetic(compact),
  };
}
