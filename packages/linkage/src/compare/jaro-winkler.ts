const matchedA = new Uint8Array(256);
const matchedB = new Uint8Array(256);

/**
 * Jaro-Winkler similarity in [0, 1] (1 = identical), with the usual prefix scale 0.1 over at most
 * four leading characters. Strings longer than 256 characters are compared on their first 256.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const lengthA = Math.min(a.length, 256);
  const lengthB = Math.min(b.length, 256);
  if (lengthA === 0 || lengthB === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1);
  matchedA.fill(0, 0, lengthA);
  matchedB.fill(0, 0, lengthB);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lengthB, i + window + 1);
    const code = a.charCodeAt(i);
    for (let j = from; j < to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === code) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < lengthA; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro =
    (matches / lengthA + matches / lengthB + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (
    prefix < 4 &&
    prefix < lengthA &&
    prefix < lengthB &&
    a.charCodeAt(prefix) === b.charCodeAt(prefix)
  )
    prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
