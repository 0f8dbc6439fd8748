// A value per spelling, found by the spelling's code units in place: a scanner that has hashed a
// word as it read it (HASH_SEED, then hashStep per unit) gets the value kept for that spelling
// without slicing the word or hashing it again. intern keeps the string itself; a reader can keep
// more (its folded form, what it has worked out about it) and so look a word up once, not once
// per thing it wants to know.

/** The hash of a spelling (FNV-1a), from its seed one code unit at a time. */
// As a signed 32-bit integer, like every hash after a step, so the empty spelling's hash matches what the table stores.
export const HASH_SEED = 0x811c9dc5 | 0
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193)

/** Spellings longer than this are rare enough to make a value for each time. */
export const MAX_LENGTH = 40
/** Slots of each open-addressed table (a power of two); a table is emptied at half full, so memory stays bounded. */
const SLOTS = 1 << 17
const MAX_SPELLINGS = SLOTS >> 1

export class SpellingTable<T> {
  private readonly raws: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined)
  private readonly values: (T | undefined)[] = new Array<T | undefined>(SLOTS).fill(undefined)
  private readonly hashes = new Int32Array(SLOTS)
  private count = 0

  /** `make` gives the value of a spelling seen for the first time (since the table was last emptied). */
  constructor(private readonly make: (raw: string) => T) {}

  /** The value of the spelling text[start, end), whose hash is h. */
  get(text: string, start: number, end: number, h: number): T {
    if (end - start > MAX_LENGTH) return this.make(text.slice(start, end))
    const mask = SLOTS - 1
    const raws = this.raws
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const raw = raws[slot]
      if (raw === undefined) break
      if (this.hashes[slot] === h && same(raw, text, start, end)) return this.values[slot] as T
    }
    if (this.count >= MAX_SPELLINGS) { raws.fill(undefined); this.values.fill(undefined); this.count = 0 }
    const raw = text.slice(start, end)
    const value = this.make(raw)
    let slot = h & mask
    while (raws[slot] !== undefined) slot = (slot + 1) & mask
    raws[slot] = raw
    this.values[slot] = value
    this.hashes[slot] = h
    this.count++
    return value
  }
}

function same(w: string, text: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
