// One string per spelling. A text of a million words holds a few thousand distinct ones, and
// slicing a new string for each word read costs more than reading it: a word already seen is
// found by its code units in place (no slice), and the string returned is the one kept, whose
// hash the maps that look words up have already computed.
import { HASH_SEED, MAX_LENGTH, SpellingTable, hashStep } from './spellings'

export { HASH_SEED, hashStep } from './spellings'

const STRINGS = new SpellingTable<string>((raw) => raw)

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
  return STRINGS.get(text, start, end, h)
}
