import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'

// "communiquer un jour un bilan", "hopes to one day return": "un jour" and "one day" also mean
// "someday", which measures nothing. They are a duration only where the sentence makes them one:
// a word before them that governs a length of time ("pendant un jour", "in one day", "a duré un
// jour", "il y a un jour") or a word after them that places a time from another ("un jour plus
// tard", "one day after", "un jour de deuil"). A qualifier ("plus d'un jour") governs too.
// Arabic marks the idiom itself: "يوماً ما" is someday, "يوماً" alone a day ("أعلنت الحداد يوماً").

/** A locale's words for the idiom and for what makes it a length of time. */
export interface SomedayWords {
  /** The spellings that can mean "someday" ("un jour", "one day"). */
  idioms: PhraseSet<true>
  /** Words before them that make them a duration ("pendant", "for", "duré", "il y a"); without them, a duration stands unless marked. */
  governors?: PhraseSet<true>
  /** Words after them that make them a duration ("plus tard", "after", "de deuil"). */
  relations?: PhraseSet<true>
  /** Words after them that make them "someday" whatever stands before ("ما" of "يوماً ما"). */
  markers?: PhraseSet<true>
}

export function dropSomeday(words: SomedayWords): Refiner {
  return {
    name: 'DropSomeday',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      return hits.filter((h) => {
        if (h.quantity.kind !== 'duration' || h.quantity.qualifier) return true
        const idiom = words.idioms.at(tokens, h.from, true)
        if (!idiom || idiom.n !== h.to - h.from) return true
        const next = tokens[h.to] && !tokens[h.to].nl ? h.to : -1
        if (words.markers && next >= 0 && words.markers.at(tokens, next, true)) return false
        if (!words.governors) return true
        const before = h.from > 0 && !tokens[h.from].nl && !!words.governors.endingAt(tokens, h.from - 1)
        return before || (next >= 0 && !!words.relations?.at(tokens, next, true))
      })
    },
  }
}
