import type { Context, Hit, Refiner } from '../contracts'

// "les deux parties", "the two sides": a small number word after a definite determiner, before a
// noun the text has already used, refers back to things already named and gives no new figure
// (ANNOTATION.md: a definite number that refers back is a negative). At the noun's first mention
// ("les deux barrages qui retiennent l'oued") it is a figure and stays.

/** Small numbers only: "the 300 soldiers" still counts. */
const MAX = 10

export function dropAnaphoricDefinites(determiners: ReadonlySet<string>): Refiner {
  return {
    name: 'DropAnaphoricDefinites',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      let seen: Set<string> | null = null
      let seenTo = 0
      return hits.filter((h) => {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit !== null || !h.num?.words || !h.counted || typeof q.lo !== 'number' || q.lo > MAX || q.lo !== q.hi || q.qualifier) return true
        const det = tokens[h.from - 1]
        if (!det || tokens[h.from].nl || !determiners.has(det.w)) return true
        // The words before this figure, as stems, gathered once as the scan moves on.
        seen ??= new Set()
        for (; seenTo < h.from; seenTo++) if (tokens[seenTo].t === 'w') seen.add(stem(tokens[seenTo].w))
        return !seen.has(stem(tokens[h.counted[0]].w))
      })
    },
  }
}

// A plural's "s" or "x" off ("parties" and "partie", "barrages" and "barrage").
const stem = (w: string) => (w.length > 3 && (w.endsWith('s') || w.endsWith('x')) ? w.slice(0, -1) : w)
