import type { Context, Hit, Parser } from '../../../common/contracts'
import { L } from '../lexicon'
import { dateHit, dayMonthAt } from '../dates'

// A day and a month, or a month, with the year or relative word after it: "3 سبتمبر 2025",
// "الأول من يوليو", "تشرين الثاني/نوفمبر 2024", "أكتوبر الماضي", "أبريل من العام الماضي".

export const ARDayMonthParser: Parser = {
  name: 'ARDayMonth',
  starters: { digits: true, words: [...L.months.firstWords(), ...L.ordinalDays.firstWords()] },
  extract(_ctx: Context, i: number): Hit | null {
    const p = dayMonthAt(_ctx.tokens, i)
    return p ? dateHit(p, 'ARDayMonth') : null
  },
}
