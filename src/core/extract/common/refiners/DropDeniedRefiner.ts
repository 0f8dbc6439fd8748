import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'
import { NUMERIC_KINDS } from '../../../quantity/parts'

// "de « dizaines » de victimes, et non de milliers", "300, not 3,000", "50 وليس 500": a figure the
// text itself denies is no claim of it. It follows a contrastive negation directly (a "de"/"of"
// may stand between). Runs before qualifiers attach, so that "not more than 300" and "pas moins
// de 300", whose negation belongs to the bound, never reach it: there the word before the number
// is the bound's.

/** A locale's contrastive negations and the words that may stand between them and the figure. */
export interface DeniedWords {
  negations: PhraseSet<true>
  /** "de", "des", "d'", "of": between the negation and the figure ("et non de milliers"). */
  between: ReadonlySet<string>
  /** "comme annoncé", "as first reported", "كما أُعلن": after the denied figure, someone did state it, so it stays a figure. */
  claimed?: PhraseSet<true>
}

// How many words (the counted noun) may stand between a denied figure and the words saying it was stated.
const CLAIMED_REACH = 3

export function dropDenied(words: DeniedWords): Refiner {
  return {
    name: 'DropDenied',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      return hits.filter((h) => {
        if (!NUMERIC_KINDS.has(h.quantity.kind) || h.from === 0 || tokens[h.from].nl) return true
        let k = h.from - 1
        // An opening quotation mark between them: "et non « des milliers »".
        if (QUOTES.has(tokens[k].w) && k > 0) k--
        const denied = !!words.negations.endingAt(tokens, k) || (words.between.has(tokens[k].w) && k > 0 && !!words.negations.endingAt(tokens, k - 1))
        return !denied || statedAfter(tokens, h.to, words.claimed)
      })
    },
  }
}

const QUOTES = new Set(['«', '"', '\u201c', '\u201e'])

// "et non 200 comme annoncé au départ", "not 200 as first reported": the figure was stated, by
// someone the text corrects; the comparison needs it.
function statedAfter(tokens: Context['tokens'], to: number, claimed: PhraseSet<true> | undefined): boolean {
  if (!claimed) return false
  for (let k = to; k <= to + CLAIMED_REACH && tokens[k] && !tokens[k].nl; k++) {
    if (claimed.at(tokens, k, true)) return true
    if (tokens[k].t !== 'w') return false
  }
  return false
}
