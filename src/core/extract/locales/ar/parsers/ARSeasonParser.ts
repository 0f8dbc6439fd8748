import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { bareYearAt, dateHit, monthSuffix, yearWordAt, type PointMatch } from '../dates'

// A season: "ربيع عام 2024", "صيف 2023", "الصيف الماضي", "الشتاء المقبل", "خريف العام الماضي".
// Spring is March–May, summer June–August, autumn September–November, winter December–February.

export const ARSeasonParser: Parser = {
  name: 'ARSeason',
  starters: { words: L.seasons.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const se = L.seasons.at(tokens, i)
    if (!se) return null
    const k = i + se.n
    const definite = /^[وفبلك]?(ال|لل)/.test(tokens[i].w)
    const year = tokens[k] && !tokens[k].nl ? yearWordAt(tokens, k) ?? bareYearAt(tokens, k, ctx) : null
    const p: PointMatch = { from: i, to: year ? year.to : k, skip: prefixSkip(tokens[i].w, se.pre), season: se.value }
    if (year) p.y = year.y
    else {
      const rel = tokens[k] && !tokens[k].nl ? L.relative.at(tokens, k) : null
      if (rel && rel.value.unit === 'year') { p.relative = rel.value; p.to = k + rel.n } else monthSuffix(tokens, p)
      // "الصيف" alone is no date; "الصيف الماضي" or "صيف العام الماضي" is.
      if (p.to === k || (!definite && p.y === undefined && !p.relative)) return null
    }
    return dateHit(p, 'ARSeason')
  },
}
