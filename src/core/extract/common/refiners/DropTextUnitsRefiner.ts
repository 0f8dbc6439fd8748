import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'

// "Voici, en quelques données, l'étendue des destructions", "la crise en cinq chiffres", "the
// flood in five charts", "five things to know": a number of words, charts or facts the article
// itself is cut into is page furniture, not a figure of the story. It is one when a locale's
// "in"/"en" stands before it, or a word of telling after its noun ("à retenir", "to know").

/** A locale's nouns of text units and the words that make a number of them the article's own. */
export interface TextUnitWords {
  /** Nouns of pieces of text ("données", "chiffres", "mots", "charts", "things", "takeaways"). */
  nouns: ReadonlySet<string>
  /** Before the number ("en", "in"). */
  before: PhraseSet<true>
  /** After the noun ("à retenir", "à savoir", "to know"). */
  after: PhraseSet<true>
}

export function dropTextUnits(words: TextUnitWords): Refiner {
  return {
    name: 'DropTextUnits',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      return hits.filter((h) => {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit || !h.counted || h.counted[0] !== h.to) return true
        const noun = tokens[h.counted[0]]
        if (!words.nouns.has(noun.w)) return true
        const before = h.from > 0 && !tokens[h.from].nl && !!words.before.endingAt(tokens, h.from - 1)
        const k = h.counted[0] + 1
        const after = !!tokens[k] && !tokens[k].nl && !!words.after.at(tokens, k, true)
        return !before && !after
      })
    },
  }
}
