import type { Context, Hit, Refiner } from '../contracts'

// "the 288 bodies" after a toll of 288, "les deux barrages" after "deux barrages ont cédé": a
// number after a definite determiner that the text already gave refers back to it and gives no
// new figure (ANNOTATION.md: a definite number that refers back is a negative). A large number
// refers back when the same number stood earlier for the same noun or for none ("Of the 288 bodies" after
// "288 bodies were recovered", "Of those 2,323"); a small
// one, which many things share, when it counted the same noun ("the 9 missing relatives" after
// "nine close relatives"; "the two waves" after "both waves"). The noun alone does not make it
// refer back: "the four gunmen" after "gunmen stormed the hall" gives their number for the first
// time. A definite number whose noun only sums up what the text named before under other names, a
// shell noun ("Les deux épisodes ont touché des régions éloignées" after the floods of 1957 and
// 2024, "the two countries" after France and Niger, "the two incidents"), refers back too, unless
// words after it say which ones it means.

/** What a number given with no noun counted stands for: anything a later definite takes it up as ("killing at least 34 … among the 34 victims"). */
const ANY = ''

/** What a noun that counts people stands for, so that "61 people" and "the 61 victims" count one thing. */
const PEOPLE = ' people'

/** Numbers up to this are small: many things share them, so only the same noun makes them refer back. */
const MAX = 10

/** A locale's definite determiners, its shell nouns, the words after a noun that say which ones it means ("qui", "de", "that", "above"), and words that count two of the noun after them ("both"). */
export interface AnaphoricWords {
  determiners: ReadonlySet<string>
  shells: ReadonlySet<string>
  identifiers: ReadonlySet<string>
  pairs?: ReadonlySet<string>
  /** Nouns that count the dead or people at large: one stands for another ("61 people … the 61 victims"). */
  people?: ReadonlySet<string>
}

export function dropAnaphoricDefinites(words: AnaphoricWords): Refiner {
  const { determiners, shells, identifiers, pairs, people } = words
  return {
    name: 'DropAnaphoricDefinites',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      // The numbers given so far, each with the stems of the noun phrase it counted.
      const given = new Map<number, Set<string>>()
      const give = (value: number, nouns: Iterable<string>) => { const g = given.get(value) ?? new Set<string>(); for (const n of nouns) g.add(n); given.set(value, g) }
      let scanned = 0
      const scanTo = (to: number) => {
        for (; scanned < to; scanned++) {
          const next = tokens[scanned + 1]
          if (pairs?.has(tokens[scanned].w) && next && next.t === 'w' && !next.nl) give(2, [stem(next.w)])
        }
      }
      return hits.filter((h) => {
        scanTo(h.from)
        const keep = stands(h)
        const q = h.quantity
        // "at least 34" gives 34 as much as "34" does.
        if (q.kind === 'count' && q.unit === null) for (const v of new Set([q.lo, q.hi])) if (typeof v === 'number') give(v, h.counted ? phraseStems(h.counted) : [ANY])
        return keep
      })

      function phraseStems([from, to]: [number, number]): string[] {
        const out: string[] = []
        for (let k = from; k < to && k < from + 3; k++) {
          if (tokens[k].t !== 'w') continue
          out.push(stem(tokens[k].w))
          if (people?.has(tokens[k].w)) out.push(PEOPLE)
        }
        return out
      }

      function stands(h: Hit): boolean {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit !== null || !h.num || typeof q.lo !== 'number' || q.lo !== q.hi || q.qualifier) return true
        const det = tokens[h.from - 1]
        if (!det || tokens[h.from].nl || !determiners.has(det.w)) return true
        const before = given.get(q.lo)
        // A large number refers back to the same number given for the same thing: "the 300 soldiers"
        // after "300 homes" is a count of its own. (A number given or taken up with no noun, "a toll
        // of 288 … Of the 288 victims", is the same thing.)
        // Another noun of people takes it up ("61 people … Of the 61 victims") unless a participle
        // after it tells a count of its own ("78 confirmed dead … The 78 bodies recovered so far").
        if (q.lo > MAX) {
          if (!before || before.has(ANY)) return !before
          if (!h.counted) return false
          const stems = phraseStems(h.counted)
          if (stems.some((n) => n !== PEOPLE && before.has(n))) return false
          const described = PARTICIPLE_AFTER.test(tokens[h.counted[0] + 1]?.w ?? '')
          return !(stems.includes(PEOPLE) && before.has(PEOPLE) && !described)
        }
        if (!h.counted) return true
        const noun = tokens[h.counted[0]]
        // "the 9 missing relatives": a participle before the noun.
        const after = tokens[h.counted[0] + 1]
        const head = PARTICIPLE.test(noun.w) && after && h.counted[0] + 1 < h.counted[1] ? after : noun
        if (before && (before.has(stem(noun.w)) || before.has(stem(head.w)))) return false
        if (!shells.has(noun.w)) return true
        // Which ones: a word that identifies them within the noun phrase or right after it.
        for (let k = h.counted[0] + 1; k <= h.counted[1] && tokens[k] && !tokens[k].nl; k++) if (identifiers.has(tokens[k].w)) return true
        return false
      }
    },
  }
}

// A participle after the noun it qualifies: "bodies recovered", "corps retrouvés".
const PARTICIPLE_AFTER = /^\p{L}{3,}(ed|é|és|ée|ées|is|ts)$/u

// A participle or adjective that stands before the noun it qualifies ("missing", "injured", "disparus" comes after).
const PARTICIPLE = /(ing|ed)$/

// A plural's "s" or "x" off ("parties" and "partie", "barrages" and "barrage").
const stem = (w: string) => (w.length > 3 && (w.endsWith('s') || w.endsWith('x')) ? w.slice(0, -1) : w)
