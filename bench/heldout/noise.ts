// The noise of the visible set, as string operations: typing errors on an AZERTY keyboard,
// transliteration and spelling variants, particles glued or dropped.

/** A source of randomness and the draws built on it. */
export interface Draw {
  random: () => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  int: (from: number, to: number) => number;
}

export function draws(random: () => number): Draw {
  return {
    random,
    chance: (p) => random() < p,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    int: (from, to) => from + Math.floor(random() * (to - from + 1)),
  };
}

const AZERTY = ['AZERTYUIOP', 'QSDFGHJKLM', 'WXCVBN'];

/** Keys next to a letter on an AZERTY keyboard (same row, and the rows above and below). */
function neighbours(letter: string): string {
  const upper = letter.toUpperCase();
  let found = '';
  AZERTY.forEach((row, r) => {
    const c = row.indexOf(upper);
    if (c < 0) return;
    found += (row[c - 1] ?? '') + (row[c + 1] ?? '');
    found += (AZERTY[r - 1]?.[c] ?? '') + (AZERTY[r + 1]?.[c] ?? '');
  });
  return letter === upper ? found : found.toLowerCase();
}

/** One typing error: a neighbouring key, a missing, doubled or swapped letter. */
export function typo(word: string, d: Draw): string {
  const letters = [...word];
  const positions = letters.flatMap((ch, i) => (/\p{L}/u.test(ch) && i > 0 ? [i] : []));
  if (positions.length === 0) return word;
  const at = d.pick(positions);
  const ch = letters[at]!;
  const kind = d.random();
  if (kind < 0.4) {
    const near = neighbours(ch);
    if (near) letters[at] = d.pick([...near]);
  } else if (kind < 0.6) letters.splice(at, 1);
  else if (kind < 0.75) letters.splice(at, 0, ch);
  else if (at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1]!, ch];
  else letters.splice(at, 1);
  return letters.join('');
}

// Spelling variants as written in France (transliterations, doubled letters, phonetic spellings).
const VARIANTS: Array<[RegExp, string]> = [
  [/MOHAMED/, 'MOHAMMED'],
  [/MOHAMED/, 'MOUHAMED'],
  [/MOHAMMED/, 'MOHAMED'],
  [/YOUSSEF/, 'YOUCEF'],
  [/OUSS/, 'OUS'],
  [/PH/, 'F'],
  [/F/, 'PH'],
  [/OU/, 'U'],
  [/AMADOU/, 'AMOUDOU'],
  [/KH/, 'K'],
  [/K/, 'KH'],
  [/SH/, 'CH'],
  [/CH/, 'SH'],
  [/([BCDFGLMNPRST])\1/, '$1'],
  [/([AEIOU])([LNRST])([AEIOU])/, '$1$2$2$3'],
  [/Y/, 'I'],
  [/I([AEOU])/, 'Y$1'],
  [/EI/, 'AI'],
  [/AI/, 'EI'],
  [/IA$/, 'YA'],
  [/A$/, 'AH'],
  [/AH$/, 'A'],
  [/EBVRE$/, 'EVRE'],
  [/E$/, ''],
  [/Z/, 'S'],
  [/C([AOU])/, 'K$1'],
];

/** A spelling variant of an upper-case name, or a typo-like change when no rule applies. */
export function variant(name: string, d: Draw): string {
  const rules = VARIANTS.filter(([pattern]) => pattern.test(name));
  if (rules.length === 0) return typo(name, d);
  const [pattern, replacement] = d.pick(rules);
  return name.replace(pattern, replacement);
}

/** Particles and prefixes that some files glue to the name (`LE GALL`/`LEGALL`). */
export const PARTICLE = /^(LE|LA|DE|DU|DES|DA|DOS|DI|EL|BEN|AIT|N|M|D|VAN|MAC) (.+)$/;

/** A surname with its particle glued (`DE LA FONTAINE` → `DELAFONTAINE`), or unchanged. */
export function glueParticle(name: string): string {
  return PARTICLE.test(name) ? name.replace(/ /g, '') : name;
}
