import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { dateHit } from '../dates'
import { ANAPHORIC_EVENT_OPENERS } from '../constants'

// "اليوم التالي", "اليوم السابق", "اليوم نفسه": a day counted from the last day the text gave (the
// date of a blast, of a statement), not from publication. None before the event it would then be
// counted from ("اليوم التالي للانفجار", "اليوم التالي على الكارثة"): that event is no day of the text.

const OPENERS = new Set(ANAPHORIC_EVENT_OPENERS)

export const ARAnaphoricDayParser: Parser = {
  name: 'ARAnaphoricDay',
  starters: { words: L.anaphoricDays.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const hit = L.anaphoricDays.at(tokens, i)
    if (!hit) return null
    const next = tokens[i + hit.n]
    if (next && !next.nl && (OPENERS.has(next.w) || next.w.startsWith('لل'))) return null
    return dateHit({ from: i, to: i + hit.n, skip: prefixSkip(tokens[i].w, hit.pre), anchored: hit.value }, 'ARAnaphoricDay')
  },
}
