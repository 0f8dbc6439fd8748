import type { Context, Hit, Parser } from '../../../common/contracts'
import { dayAt, dateHit, futureBefore, startBefore, type LatinPoint } from '../../../common/latin/dates'
import { dayMonthAt } from '../dates'
import { L, LEX } from '../lexicon'
import type { Token } from '../../../common/tokens'

// A weekday, alone or with its date: "mardi", "mardi 4 août", "jeudi 15 juin 2023", "mercredi
// dernier", "lundi prochain", "mardi soir", "ce mardi" (the span leaves "ce" out). Alone it is the
// most recent such day on or before the publication day; "dernier" on that very weekday means a
// week before; "prochain", or a sentence that sets it in the future, the next one; "ce mardi" a
// day or two ahead (written at the weekend) the coming one; "tôt mardi", "l'après-midi de mercredi"
// keep the time of day before it.
// "dimanche 10" with no month opens a range ("du dimanche 10 au lundi 11 septembre") and stands
// only inside one.

// What may stand before the weekday in its span: "tôt mardi", "l'après-midi de mercredi" (the
// time of day first, then "de" and its day). Null when the word at i opens no weekday.
function leadAt(tokens: Token[], i: number): number | null {
  if (L.weekdays.at(tokens, i, true)) return 0
  if (L.dayEdges.has(tokens[i].w)) return L.dayEdgeComparatives.has(tokens[i - 1]?.w ?? '') ? null : 1
  const tod = L.timesOfDay.at(tokens, i, true)
  if (!tod) return null
  const of = tokens[i + tod.n]
  return of && !of.nl && L.timeOfDayOf.has(of.w) && tokens[i + tod.n + 1] && !tokens[i + tod.n + 1].nl ? tod.n + 1 : null
}

const HOURS = /^(h|heures?)$/

export const FRWeekdayParser: Parser = {
  name: 'FRWeekday',
  starters: { words: [...L.weekdays.firstWords(), ...L.timesOfDay.firstWords(), ...L.dayEdges] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const lead = leadAt(tokens, i)
    if (lead === null) return null
    const wd = L.weekdays.at(tokens, i + lead, true)
    if (!wd) return null
    let k = i + lead + wd.n
    const next = tokens[k] && !tokens[k].nl ? tokens[k] : null
    const date = next ? dayMonthAt(ctx, k) : null
    let p: LatinPoint
    let weak = false
    if (date) {
      p = { ...date, from: i, weekday: wd.value }
      k = date.to
    } else {
      // "samedi 17 heures": the number is the hour of that day, not its date.
      const read = next ? dayAt(tokens, k, LEX) : null
      const day = read && !HOURS.test(tokens[read.to]?.w ?? '') ? read : null
      if (day && !LEX.stop.has(tokens[day.to]?.w ?? '') && tokens[day.to]?.w !== 'au' && tokens[day.to]?.w !== 'et') return null
      if (day) {
        p = { from: i, to: day.to, d: day.d, weekday: wd.value, dayOnly: true }
        weak = true
        k = day.to
      } else {
        p = { from: i, to: k, weekday: wd.value }
        if (next && L.past.has(next.w)) { p.past = true; k++ } else if (next && L.next.has(next.w)) { p.next = true; k++ } else if (futureBefore(ctx, i, LEX)) p.next = true
        else if (startBefore(tokens, i)) p.coming = true
        // "ce lundi" written on a Sunday is the next day; written on a Friday, four days before.
        else if (tokens[i - 1]?.w === 'ce' && !tokens[i].nl) p.nearest = true
      }
    }
    // "la nuit de mardi à mercredi", "la nuit du dimanche 10 au lundi 11": a night across two days,
    // which the range reads from "de"/"du".
    if (lead > 1 && (tokens[k]?.w === 'à' || tokens[k]?.w === 'au')) return null
    const tod = tokens[k] && !tokens[k].nl ? L.timesOfDay.at(tokens, k, true) : null
    if (tod && !weak) k += tod.n
    p.to = k
    return dateHit(p, 'FRWeekday', undefined, weak)
  },
}
