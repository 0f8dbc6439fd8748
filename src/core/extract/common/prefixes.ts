import { memoWords } from '../../text/memo'

// Attached prefixes. Arabic writes the conjunctions و ف, the prepositions ب ل ك and the article ال
// glued to the next word ("وبالمائة", "للجيش"); Latin scripts attach nothing (French elision, "l'",
// "d'", is split off by the tokenizer). Parsers and phrase lists see every reading of a word.

/** One reading of a word: its stem with `pre` letters of attached prefix peeled off. */
export interface Reading { stem: string; pre: number }

/** How a locale peels a word: its readings, longest word first. */
export type Peel = (word: string) => Reading[]

const CONJ = new Set(['و', 'ف'])
const PREP = new Set(['ب', 'ل', 'ك'])

/**
 * The readings of an Arabic word with its attached prefixes peeled off, longest word first:
 * "وبالمائة" → [وبالمائة, بالمائة, المائة, مائة].
 */
export const arabicReadings: Peel = memoWords(computeReadings, 50_000)

function computeReadings(w: string): Reading[] {
  const out = [{ stem: w, pre: 0 }]
  let i = 0
  if (w.length > 2 && CONJ.has(w[0])) { i = 1; out.push({ stem: w.slice(1), pre: 1 }) }
  if (w.length > i + 2 && PREP.has(w[i])) {
    // "لل" is ل + ال with the alef dropped.
    if (w[i] === 'ل' && w[i + 1] === 'ل' && w.length > i + 3) out.push({ stem: 'ا' + w.slice(i + 1), pre: i + 1 })
    i += 1
    out.push({ stem: w.slice(i), pre: i })
  }
  if (w.length > i + 3 && w[i] === 'ا' && w[i + 1] === 'ل') out.push({ stem: w.slice(i + 2), pre: i + 2 })
  return out
}

const SELF = new Map<string, Reading[]>()
/** Latin scripts: a word is only itself. */
export const noReadings: Peel = (w) => {
  let r = SELF.get(w)
  if (!r) {
    r = [{ stem: w, pre: 0 }]
    if (SELF.size > 50_000) SELF.clear()
    SELF.set(w, r)
  }
  return r
}

/** Letters of و ف ب ل ك prefix to leave outside a span (ال stays inside: "الثلاث"). */
export function prefixSkip(w: string, pre: number): number {
  let k = 0
  while (k < pre && 'وفبلك'.includes(w[k])) {
    if (w[k] === 'ل' && w[k + 1] === 'ل') return k + 1 // "للـ" keeps "ل" of ال
    k++
  }
  return k
}
