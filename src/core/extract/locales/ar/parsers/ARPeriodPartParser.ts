import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { bareYearAt, dateHit, dayMonthAt, isYear, yearWordAt, type PointMatch } from '../dates'
import type { Token } from '../../../common/tokens'

const isYearAt = (tokens: Token[], k: number) => isYear(tokens[k]) && !tokens[k].nl

// A part of a month or a year: "منتصف نوفمبر 2025", "نهاية سنة 2022", "أواخر العام الماضي",
// "مطلع العام المقبل", "أواخر الشهر الجاري", "مطلع 2023".

export const ARPeriodPartParser: Parser = {
  name: 'ARPeriodPart',
  starters: { words: L.parts.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const part = L.parts.at(tokens, i)
    if (!part) return null
    let k = i + part.n
    if (tokens[k]?.w === 'شهر' && !tokens[k].nl) k++
    if (!tokens[k] || tokens[k].nl) return null
    // "نهاية العام", "آخر السنة": the year of the publication day.
    const bare = tokens[k].w === 'العام' || tokens[k].w === 'السنه'
    if (bare && !isYearAt(tokens, k + 1) && !L.relative.at(tokens, k)) {
      return dateHit({ from: i, to: k + 1, skip: prefixSkip(tokens[i].w, part.pre), relative: { unit: 'year', offset: 0 }, part: part.value }, 'ARPeriodPart')
    }
    const rel = L.relative.at(tokens, k)
    // "نهاية الأسبوع الماضي": a weekend.
    const p: PointMatch | null = rel && (rel.value.unit === 'month' || rel.value.unit === 'year' || (rel.value.unit === 'week' && part.value === 'late'))
      ? { from: k, to: k + rel.n, skip: 0, relative: rel.value }
      : dayMonthAt(tokens, k) ?? yearWordAt(tokens, k) ?? bareYearAt(tokens, k, ctx)
    if (!p || p.d !== undefined) return null
    return dateHit({ ...p, bareYear: undefined, from: i, skip: prefixSkip(tokens[i].w, part.pre), part: part.value }, 'ARPeriodPart')
  },
}
