// Kandel & Moles (1958): Flesch's reading-ease formula adapted to French,
//   score = 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words).
// 60–70 reads "assez facile", 70–80 "facile". Syllables are counted the way a French reader says
// the word in prose: vowel groups, minus a final mute e ("rentre", "aides") and the mute "-ent"
// of plural verbs ("parlent"); a number counts one syllable per digit.

const VOWEL_GROUP = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/** Syllables of one French word (at least one). */
export function frenchSyllables(word: string): number {
  // A number is read aloud: about one syllable per digit ("trois cent cinquante" for 350).
  if (/^\d+$/.test(word)) return word.length;
  const w = word.toLowerCase().replace(/[^a-zàâäçéèêëîïôöùûüÿœæ]/g, '');
  if (w === '') return 0;
  let count = (w.match(VOWEL_GROUP) ?? []).length;
  if (count > 1 && /[^aeiouyàâéèêëîïôûù](e|es)$/.test(w)) count--;
  else if (count > 1 && /[^aeiouy]ent$/.test(w) && !/(ment|dent|gent|vent)$/.test(w)) count--;
  return Math.max(1, count);
}

/** Words of a text: runs of letters and digits, apostrophes splitting "l’aide" into two. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Sentences: ended by . ! ? : ; or the end of the text (a list item is one sentence). */
export function sentenceCount(text: string): number {
  return Math.max(1, text.split(/[.!?;:]+(?:\s|$)/).filter((s) => words(s).length > 0).length);
}

/** The Kandel–Moles score of a French text (higher is easier). */
export function kandelMoles(text: string): number {
  const list = words(text);
  if (list.length === 0) return 100;
  const syllables = list.reduce((sum, word) => sum + frenchSyllables(word), 0);
  return 207 - 1.015 * (list.length / sentenceCount(text)) - 73.6 * (syllables / list.length);
}
