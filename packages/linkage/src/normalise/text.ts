// Letters that Unicode decomposition leaves alone but French files spell without diacritics.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
};
const SPECIAL_PATTERN = /[ıİłŁøØæÆœŒßđĐðþ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x20-\x7e]/;

/** Upper-case ASCII without accents: `Şahin` → `SAHIN`, `Nguyên` → `NGUYEN`, `Œuvre` → `OEUVRE`. */
export function foldToAscii(value: string): string {
  if (!NON_ASCII.test(value)) return value.toUpperCase();
  return value
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toUpperCase();
}

/** Folded text cut into words of letters and digits; every other character separates words. */
export function words(value: string): string[] {
  const folded = foldToAscii(value);
  return folded.split(/[^A-Z0-9]+/).filter((word) => word.length > 0);
}

/** Folded text reduced to its letters, for names compared without spaces (`De La Fontaine` → `DELAFONTAINE`). */
export function lettersOnly(value: string): string {
  return foldToAscii(value).replace(/[^A-Z]/g, '');
}

/** Digits of a value, in order (`06.12.34` → `061234`). */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}
