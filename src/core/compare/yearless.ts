import type { Claim } from '../model'
import type { AsOf } from './asof'
import { dayNumber } from './interval'

// A day written without its year ("25 February", "le 2 avril", "الثاني من أبريل") is dated by the
// extraction to the year it guesses from its report's day and tense, and two reports of one
// story may get two years for what both write the same way. In a topic of dates, such a day,
// beside a day of the same month and day a year apart, is read in the year that a report which
// writes the year gives it, else in the year that sets it nearest to the reports' days: the
// writers meant one day, and only the guessed year told them apart. A day whose year is written
// keeps it: "2 April 2023" and "2 April 2024" written in full are two days.

const YEAR_WRITTEN = /[0-9٠-٩۰-۹]{4}|['’][0-9]{2}(?![0-9])/u
const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (c: Claim) => c.quantity.kind === 'date' && typeof c.quantity.lo === 'string' && c.quantity.lo === c.quantity.hi && DAY.test(c.quantity.lo)

/** The figures, with each day written without its year read in the year the topic's other figures give that day (see above). */
export function withTheirYear(cs: Claim[], asOf: (c: Claim) => AsOf | null): Claim[] {
  const days = cs.filter(isDay)
  const yearless = days.filter((c) => !YEAR_WRITTEN.test(c.text))
  if (!yearless.length) return cs
  const byMonthDay = new Map<string, Claim[]>()
  for (const c of days) { const k = (c.quantity.lo as string).slice(5); const l = byMonthDay.get(k); if (l) l.push(c); else byMonthDay.set(k, [c]) }
  // The reports' days, around which a guessed year is read.
  const reported = cs.map((c) => asOf(c)?.to).filter((d): d is string => !!d && DAY.test(d)).map(dayNumber).sort((a, b) => a - b)
  const middle = reported.length ? reported[reported.length >> 1] : null
  const yearOf = new Map<string, string>()
  for (const [monthDay, same] of byMonthDay) {
    const years = [...new Set(same.map((c) => (c.quantity.lo as string).slice(0, 4)))]
    // (Only years a year apart: a day's anniversaries, decades apart, are other days.)
    if (years.length < 2 || Math.max(...years.map(Number)) - Math.min(...years.map(Number)) > 1) continue
    const written = [...new Set(same.filter((c) => YEAR_WRITTEN.test(c.text)).map((c) => (c.quantity.lo as string).slice(0, 4)))]
    let year: string | null = written.length === 1 ? written[0] : null
    if (!year && !written.length && middle !== null) year = years.reduce((best, y) => (Math.abs(dayNumber(`${y}-${monthDay}`) - middle) < Math.abs(dayNumber(`${best}-${monthDay}`) - middle) ? y : best))
    if (year) yearOf.set(monthDay, year)
  }
  if (!yearOf.size) return cs
  const keep = new Set(yearless)
  return cs.map((c) => {
    if (!keep.has(c)) return c
    const monthDay = (c.quantity.lo as string).slice(5)
    const year = yearOf.get(monthDay)
    if (!year || (c.quantity.lo as string).startsWith(year)) return c
    const day = `${year}-${monthDay}`
    return { ...c, quantity: { ...c.quantity, lo: day, hi: day } }
  })
}
