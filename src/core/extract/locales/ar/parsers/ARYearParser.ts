import type { Context, Hit, Parser } from '../../../common/contracts'
import { L } from '../lexicon'
import { bareYearAt, dateHit, isYear, yearStandsAlone, yearWordAt } from '../dates'

// A year: "عام 2022", "العام 2022", "سنة 2012", or bare digits ("2016"). A bare year that may be
// a count ("2000 جندي") is weak: kept only when a preposition or a range anchors it.

export const ARYearParser: Parser = {
  name: 'ARYear',
  starters: { digits: true, words: L.yearWords },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const w = yearWordAt(tokens, i)
    // "عامي 2020 و2021" (the years 2020 and 2021): a range even without "بين".
    if (w && /^[وفبل]?(عامي|سنتي)$/.test(tokens[i].w) && !L.rangeOpeners.endingAt(tokens, i - 1) && tokens[w.to]?.w === 'و' && isYear(tokens[w.to + 1]) && !tokens[w.to].nl) {
      const hit = dateHit({ ...w, to: w.to + 2 }, 'ARYear')
      hit.end = { y: Number(tokens[w.to + 1].w) }
      return hit
    }
    if (w) return dateHit(w, 'ARYear')
    const p = bareYearAt(tokens, i, ctx)
    if (!p) return null
    return dateHit(p, 'ARYear', !ctx.whole && !yearStandsAlone(tokens, p))
  },
}
