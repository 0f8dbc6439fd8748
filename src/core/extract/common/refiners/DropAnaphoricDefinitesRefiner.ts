import type { Context, Hit, Refiner } from '../contracts'

// "les deux parties", "the two sides": a small number word after a definite determiner, before a
// noun the text has already used, refers back to things already named and gives no new figure
// (ANNOTATION.md: a definite number that refers back is a negative). So does one whose noun only
// sums up what the text named before under other names, a shell noun ("Les deux épisodes ont
// touché des régions éloignées" after the floods of 1957 and 2024, "the two countries" after
// France and Niger, "the two incidents"), unless words after it say which ones it means. At its
// noun's first mention an ordinary noun gives a new figure: "les deux barrages qui retiennent
// l'oued", "the two dams above the city".

/** Small numbers only: "the 300 soldiers" still counts. */
const MAX = 10

/** A locale's definite determiners, its shell nouns, and the words after a noun that say which ones it means ("qui", "de", "that", "above"). */
export interface AnaphoricWords {
  determiners: ReadonlySet<string>
  shells: ReadonlySet<string>
  identifiers: ReadonlySet<string>
}

export function dropAnaphoricDefinites(words: AnaphoricWords): Refiner {
  const { determiners, shells, identifiers } = words
  return {
    name: 'DropAnaphoricDefinites',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      let seen: Set<string> | null = null
      let seenTo = 0
      return hits.filter((h) => {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit !== null || !h.num || !h.counted || typeof q.lo !== 'number' || q.lo > MAX || q.lo !== q.hi || q.qualifier) return true
        const det = tokens[h.from - 1]
        if (!det || tokens[h.from].nl || !determiners.has(det.w)) return true
        // The words before this figure, as stems, gathered once as the scan moves on.
        seen ??= new Set()
        for (; seenTo < h.from; seenTo++) if (tokens[seenTo].t === 'w') seen.add(stem(tokens[seenTo].w))
        if (seen.has(stem(tokens[h.counted[0]].w))) return false
        // "the 9 missing relatives" after "nine close relatives": a participle before the noun.
        const noun = tokens[h.counted[0] + 1]
        if (PARTICIPLE.test(tokens[h.counted[0]].w) && noun && h.counted[0] + 1 < h.counted[1] && seen.has(stem(noun.w))) return false
        if (!shells.has(tokens[h.counted[0]].w)) return true
        // Which ones: a word that identifies them within the noun phrase or right after it.
        for (let k = h.counted[0] + 1; k <= h.counted[1] && tokens[k] && !tokens[k].nl; k++) if (identifiers.has(tokens[k].w)) return true
        return false
      })
    },
  }
}

// A participle or adjective that stands before the noun it qualifies ("missing", "injured", "disparus" comes after).
const PARTICIPLE = /(ing|ed)$/

// A plural's "s" or "x" off ("parties" and "partie", "barrages" and "barrage").
const stem = (w: string) => (w.length > 3 && (w.endsWith('s') || w.endsWith('x')) ? w.slice(0, -1) : w)
