import type { Context, Hit, Parser } from '../../../common/contracts'
import { L } from '../lexicon'
import { dateHit, dayMonthAt, futureBefore } from '../dates'

// A day and a month, or a month, with the year or relative word after it: "3 سبتمبر 2025",
// "الأول من يوليو", "تشرين الثاني/نوفمبر 2024", "أكتوبر الماضي", "أبريل من العام الماضي",
// "الـ24 من أغسطس" (the article glued to the day's digits).

export const ARDayMonthParser: Parser = {
  name: 'ARDayMonth',
  starters: { digits: true, words: [...L.months.firstWords(), ...L.ordinalDays.firstWords(), 'ال', 'لل'] },
  extract(_ctx: Context, i: number): Hit | null {
    const p = dayMonthAt(_ctx.tokens, i)
    if (!p) return null
    // "سيقام المعرض في 11 نوفمبر": a month without a year that the clause sets in the future is the next one.
    if (p.m !== undefined && p.y === undefined && !p.past && !p.next && !p.thisYear && !p.relative && futureBefore(_ctx.tokens, i)) p.next = true
    return dateHit(p, 'ARDayMonth')
  },
}
