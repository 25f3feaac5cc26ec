// A French phonetic key, written for this project in the spirit of Soundex-FR and Phonex:
// French spelling rules first (digraphs, soft C and G, silent H, nasal vowels, silent endings),
// then the consonant skeleton after the first sound. Dropping inner vowels is what makes
// transliterations agree (Mohamed / Mouhamed / Mohammed → MMT, Youssef / Youcef → ISF).
import { lettersOnly } from './normalise/text.ts';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/([A-Z])\1+/g, '$1'],
  [/CHR/g, 'KR'],
  [/SCH|SH|CH/g, '§'],
  [/PH/g, 'F'],
  [/BV/g, 'V'],
  [/GN/g, 'NI'],
  [/CK|QU|Q/g, 'K'],
  [/C(?=[EIY])/g, 'S'],
  [/C/g, 'K'],
  [/GU(?=[EIY])/g, 'G'],
  [/GE(?=[AOU])/g, 'J'],
  [/G(?=[EIY])/g, 'J'],
  [/TH/g, 'T'],
  [/H/g, ''],
  [/W/g, 'V'],
  [/Z/g, 'S'],
  [/X$/g, ''],
  [/X/g, 'KS'],
  [/Y/g, 'I'],
  [/EAU|AU/g, 'O'],
  [/OU/g, 'U'],
  [/[AE]I/g, 'E'],
  [/(?:[AE][NM])(?=[^AEIOU]|$)/g, 'AN'],
  [/(?:[AEU]IN|UN)(?=[^AEIOU]|$)/g, 'IN'],
  [/[SXZ]$/g, ''],
  [/E$/g, ''],
  [/(?<=[RN])[DT]$/g, ''],
  [/D/g, 'T'],
  [/B/g, 'P'],
  [/([A-Z§])\1+/g, '$1'],
];
const VOWELS = /[AEIOU]/g;
const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;

/**
 * French phonetic key of a name: `Lefèvre` and `LEFEBVRE` → `LFFR`… equal keys mean "sounds alike".
 * Empty for a value without letters. Accents, case, spaces and hyphens are ignored.
 */
export function frenchPhonetic(value: string): string {
  const known = cache.get(value);
  if (known !== undefined) return known;
  const letters = lettersOnly(value);
  if (letters.length === 0) return '';
  let sound = letters;
  for (const [pattern, replacement] of RULES) sound = sound.replace(pattern, replacement);
  const key =
    sound.length === 0 ? letters.slice(0, 1) : sound[0] + sound.slice(1).replace(VOWELS, '');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, key);
  return key;
}
