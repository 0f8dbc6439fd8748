import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'

// An age written as an ordinal is a duration in years: "في الخامسة عشرة من عمره" (15), "طفلة في
// السابعة من العمر", "في سن العاشرة", "لم يتجاوز الخامسة عشرة" (at most 15: the verb qualifies it),
// "في الثلاثين من عمرها", "الخامسة والعشرين". Only with a word of age after it or before it: "الساعة
// الخامسة" is a clock time and "الدورة الخامسة عشرة" an edition.

export const ARAgeOrdinalParser: Parser = {
  name: 'ARAgeOrdinal',
  starters: { words: L.ageOrdinals.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const o = L.ageOrdinals.at(tokens, i)
    if (!o || o.pre > 2) return null
    const to = i + o.n
    const after = tokens[to] && !tokens[to].nl ? L.ageAfter.at(tokens, to) : null
    // A word of age just before, or two words before across "لم"/"لا" and the verb ("لم يتجاوز الخامسة").
    const before = !tokens[i].nl && !!L.ageBefore.endingAt(tokens, i - 1)
    if (!after && !before) return null
    const v = o.value
    return {
      from: i, to, skip: prefixSkip(tokens[i].w, o.pre - 2 >= 0 ? o.pre - 2 : 0), counted: null, parser: 'ARAgeOrdinal',
      quantity: { kind: 'duration', lo: v, hi: v, unit: 'year', per: null, precision: 'exact', qualifier: null },
    }
  },
}
