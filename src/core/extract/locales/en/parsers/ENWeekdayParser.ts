import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, futureBefore, startBefore, type LatinPoint } from '../../../common/latin/dates'
import { dayFirstAt, monthFirstAt } from '../dates'
import { L, LEX } from '../lexicon'

// A weekday, alone or with its date: "Tuesday", "last Wednesday", "next Monday", "Friday night",
// "late last Friday", "late on Monday", "early Wednesday", "Monday, March 3, 2025", "Saturday, 8 August, 2020",
// "Friday (March 22) night", "the early hours of Monday morning".
// Alone it is the most recent such day on or before the publication day; "last" on that very
// weekday means a week before; "next", or a sentence that sets it in the future, the next one.

export const ENWeekdayParser: Parser = {
  name: 'ENWeekday',
  starters: { words: [...L.weekdays.firstWords(), ...L.dayParts, ...L.dayPartsOf.firstWords(), ...L.past, ...L.next, 'this'] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    let j = i
    // "the early hours of Monday morning": the part of the day named first is in the span.
    const partOf = L.dayPartsOf.at(tokens, j, true)
    if (partOf) j += partOf.n
    // "late on Monday", "early on Tuesday": the day part and its "on" are in the span.
    else if (L.dayParts.has(tokens[j].w)) j += tokens[j + 1]?.w === 'on' && !tokens[j + 1].nl ? 2 : 1
    let past = false
    let next = false
    const self = tokens[j]?.w === 'this'
    if (self) j++
    const w = tokens[j]?.w
    if (w && L.past.has(w)) { past = true; j++ } else if (w && L.next.has(w)) { next = true; j++ }
    if (!tokens[j] || (j > i && tokens[j].nl)) return null
    const wd = L.weekdays.at(tokens, j, true)
    if (!wd) return null
    let k = j + wd.n
    // "Tuesday, August 4, 2020", "Saturday, 8 August, 2020": the weekday and its date are one figure.
    // "Friday (March 22) night": the date may stand in brackets after its weekday.
    const comma = tokens[k]?.w === ',' || tokens[k]?.w === '(' ? 1 : 0
    let date = tokens[k + comma] && !tokens[k + comma].nl ? monthFirstAt(ctx, k + comma, 'none') ?? dayFirstAt(ctx, k + comma) : null
    if (date && tokens[k]?.w === '(') date = tokens[date.to]?.w === ')' && !tokens[date.to].nl ? { ...date, to: date.to + 1 } : null
    let p: LatinPoint
    if (date && date.d !== undefined && !date.end) {
      p = { ...date, from: i, weekday: wd.value }
      k = date.to
    } else {
      p = { from: i, to: k, weekday: wd.value }
      if (past) p.past = true
      if (next || (!past && !self && futureBefore(ctx, i, LEX))) p.next = true
      else if (!past && startBefore(tokens, i)) p.coming = true
    }
    if (tokens[k] && !tokens[k].nl && L.timesOfDay.has(tokens[k].w)) k++
    p.to = k
    return dateHit(p, 'ENWeekday')
  },
}
