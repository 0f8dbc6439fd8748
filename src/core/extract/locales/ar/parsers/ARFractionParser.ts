import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import type { Token } from '../../../common/tokens'
import { L } from '../lexicon'
import { quantityHit } from '../quantity'

// A fraction of a whole is a share: "ثلث السكان" (a third of the population) → 33.33 %,
// "نحو نصف" → about 50 %. Before a scale word it is part of a number ("نصف مليون"), read by the
// cardinal parser.

// A noun is definite with the article ("ثلث السكان"), with an attached pronoun ("ثلث أراضيها"), or
// in construct with a definite noun after it ("ثلث أراضي البلاد").
const PRONOUNS = ['ها', 'هم', 'هن', 'نا', 'كم']
function definite(tokens: Token[], k: number): boolean {
  const w = tokens[k].w
  if (w.startsWith('ال')) return true
  if (w.length > 4 && PRONOUNS.some((p) => w.endsWith(p))) return true
  const after = tokens[k + 1]
  return !!after && !after.nl && after.t === 'w' && after.w.startsWith('ال') && !L.stop.has(after.w)
}

export const ARFractionParser: Parser = {
  name: 'ARFraction',
  starters: { words: L.fractions.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const fr = L.fractions.at(tokens, i)
    if (!fr) return null
    const next = tokens[i + fr.n]
    // A share of something definite ("ثلث السكان", "نصف المنازل"), or one a qualifier announces.
    // "الربع الأول", "النصف الثاني من العام": an ordinal after it names a period of the year, no share.
    const ofWhole = !!next && !next.nl && next.t === 'w' && definite(tokens, i + fr.n) && !L.stop.has(next.w) && !L.periodOrdinals.at(tokens, i + fr.n, true)
    if (!ofWhole && !L.qualBefore.endingAt(tokens, i - 1)) return null
    return quantityHit(ctx, { from: i, to: i + fr.n, skip: prefixSkip(tokens[i].w, fr.pre), lo: fr.value, hi: fr.value, vague: false, words: true, yearLike: false, dualUnit: '%fraction', base: fr.value, scale: 1 }, 'ARFraction')
  },
}
