import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { dateHit, dayMonthAt, type PointMatch } from '../dates'

// A weekday, alone or before a date: "الثلاثاء 12 سبتمبر", "يوم الثلاثاء", "أمس الأربعاء",
// "الجمعة الماضية", "الاثنين المقبل". Alone it is the most recent such day (the next with المقبل).

const DAY = 'يوم'
const YESTERDAY = new Set(['امس', 'الامس'])
const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'الفائت'])
const NEXT = new Set(['المقبل', 'المقبله', 'القادم'])

export const ARWeekdayParser: Parser = {
  name: 'ARWeekday',
  starters: { words: [...L.weekdays.firstWords(), DAY, ...YESTERDAY] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const t = tokens[i]
    let j = i
    let yesterday = false
    const lead = t.w.slice(t.w.length > 3 && /^[وف]/.test(t.w) ? 1 : 0)
    if (lead === DAY || YESTERDAY.has(lead)) { j++; yesterday = YESTERDAY.has(lead) }
    if (tokens[j]?.nl && j > i) return null
    const wd = L.weekdays.at(tokens, j)
    if (!wd) return null
    // A prefix other than the article only with the article: "والثلاثاء" yes, "بثلاثاء" no.
    if (j === i && wd.pre > 0 && !/^[وفب]?ال/.test(t.w)) return null
    let k = j + wd.n
    if (tokens[k]?.w === '،' || tokens[k]?.w === ',') k++
    const date = tokens[k] && !tokens[k].nl ? dayMonthAt(tokens, k) : null
    const skip = prefixSkip(t.w, j === i ? wd.pre : t.w.length - lead.length)
    if (date && date.d !== undefined) return dateHit({ ...date, from: i, skip }, 'ARWeekday')
    const p: PointMatch = { from: i, to: j + wd.n, skip, weekday: wd.value }
    const after = tokens[p.to]
    if (after && !after.nl && PAST.has(after.w)) { p.past = true; p.to++ } else if (after && !after.nl && NEXT.has(after.w)) { p.next = true; p.to++ }
    // "أمس الأربعاء": yesterday, which was a Wednesday.
    if (yesterday) return dateHit({ ...p, weekday: undefined, relative: { unit: 'day', offset: -1 } }, 'ARWeekday')
    return dateHit(p, 'ARWeekday')
  },
}
