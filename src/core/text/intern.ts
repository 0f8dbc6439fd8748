// One string per spelling. A text of a million words holds a few thousand distinct ones, and
// slicing a new string for each word read costs more than reading it: a word already seen is
// found by its code units in place (no slice), and the string returned is the one kept, whose
// hash the maps that look words up have already computed.

/** Words longer than this are rare enough to slice each time. */
const MAX_LENGTH = 40
/** Slots of the open-addressed table (a power of two); it is emptied at half full, so memory stays bounded. */
const SLOTS = 1 << 17
const MAX_WORDS = SLOTS >> 1

const words: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined)
const hashes = new Int32Array(SLOTS)
let count = 0

/** The hash intern uses (FNV-1a), from its seed one code unit at a time: a scanner can compute it while reading a word. */
export const HASH_SEED = 0x811c9dc5
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193)

/** text.slice(start, end), as the string kept for that spelling. */
export function intern(text: string, start: number, end: number): string {
  if (end - start > MAX_LENGTH) return text.slice(start, end)
  let h = HASH_SEED
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i))
  return internHashed(text, start, end, h)
}

// One-unit strings (punctuation, a lone letter or digit) are a tenth of all tokens: an array
// indexed by the unit finds them without hashing or probing.
const UNITS: (string | undefined)[] = []

/** intern(text, start, end) for a caller that has already hashed text[start, end) (HASH_SEED, then hashStep per unit). */
export function internHashed(text: string, start: number, end: number, h: number): string {
  if (end - start === 1) {
    const c = text.charCodeAt(start)
    return UNITS[c] ?? (UNITS[c] = text.slice(start, end))
  }
  if (end - start > MAX_LENGTH) return text.slice(start, end)
  const mask = SLOTS - 1
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const w = words[slot]
    if (w === undefined) break
    if (hashes[slot] === h && same(w, text, start, end)) return w
  }
  if (count >= MAX_WORDS) { words.fill(undefined); count = 0 }
  const w = text.slice(start, end)
  let slot = h & mask
  while (words[slot] !== undefined) slot = (slot + 1) & mask
  words[slot] = w
  hashes[slot] = h
  count++
  return w
}

function same(w: string, text: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
