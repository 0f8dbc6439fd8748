import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'

// "Quelques mètres plus loin, sous une tente…", "à quelques kilomètres de là", "a few feet
// away", "several miles from the coast": a vague distance places the narrative; it measures
// nothing a source could be checked on. An exact distance stays ("à 70 km de Marrakech" is the
// epicentre's, reported differently by outlets), and so do larger vague ones ("hundreds of
// kilometres from the epicentre") and vague amounts of anything else.

/** A locale's words around a narrative distance. */
export interface NarrativeDistanceWords {
  /** Units of distance ("m", "km", "ft", "mi"), as the unit a claim carries. */
  units: ReadonlySet<string>
  /** Words before it that place something ("à quelques mètres", "at a few metres"). */
  before: PhraseSet<true>
  /** Words after it that place something ("plus loin", "de là", "away", "from"). */
  after: PhraseSet<true>
}

/** The top of "a few" and "several": larger vague amounts say how far something reached. */
const FEW = 10

export function dropNarrativeDistances(words: NarrativeDistanceWords): Refiner {
  return {
    name: 'DropNarrativeDistances',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      return hits.filter((h) => {
        const q = h.quantity
        // "a few", "several", "quelques": "hundreds of kilometres from the epicentre" says how far the quake was felt.
        if (q.qualifier !== 'vague' || q.kind !== 'count' || !q.unit || !words.units.has(q.unit) || typeof q.hi !== 'number' || q.hi > FEW) return true
        const before = h.from > 0 && !tokens[h.from].nl && !!words.before.endingAt(tokens, h.from - 1)
        const after = !!tokens[h.to] && !tokens[h.to].nl && !!words.after.at(tokens, h.to, true)
        return !before && !after
      })
    },
  }
}
