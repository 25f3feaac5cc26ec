// The ids met so far in a partner's file, to spot a repeated one without keeping every id of a
// file of millions of rows as a string: each id is a 53-bit hash in an open-addressing table of
// doubles (8 bytes a slot, at most 3/4 full: about 13 bytes per id, 135 MB for 10 million rows).
// A hash met twice is only a suspicion (two ids may share a hash): the caller checks the ids.

const EMPTY = 0;

/** Two FNV-1a passes over the UTF-16 code units, as one 53-bit number (never 0). */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x85ebca6b) >>> 0;
  }
  return (b & 0x1fffff) * 0x100000000 + a || 1;
}

export class SeenIds {
  private slots = new Float64Array(1 << 12);
  private count = 0;

  /** Records `id`; true when an id with the same hash was recorded before (a suspected repeat). */
  add(id: string): boolean {
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    const seen = place(this.slots, hash53(id));
    if (!seen) this.count++;
    return seen;
  }

  private grow(): void {
    const larger = new Float64Array(this.slots.length * 2);
    for (const value of this.slots) if (value !== EMPTY) place(larger, value);
    this.slots = larger;
  }
}

/** Puts `hash` in `slots` (linear probing); true when it was already there. */
function place(slots: Float64Array, hash: number): boolean {
  const mask = slots.length - 1;
  for (let i = hash % slots.length; ; i = (i + 1) & mask) {
    const value = slots[i];
    if (value === hash) return true;
    if (value === EMPTY) {
      slots[i] = hash;
      return false;
    }
  }
}
