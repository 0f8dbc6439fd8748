import type { Precision, Quantity } from '../../model'

// Calendar arithmetic on ISO days, in UTC so no time zone shifts a day.

export const pad = (n: number, w = 2) => String(n).padStart(w, '0')
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
export const monthRange = (y: number, m: number): [string, string] => [iso(y, m, 1), iso(y, m, lastDay(y, m))]
export const yearRange = (y: number): [string, string] => [iso(y, 1, 1), iso(y, 12, 31)]

export function parseIso(day: string): { y: number; m: number; d: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) }
}

export function addDays(day: string, n: number): string {
  const { y, m, d } = parseIso(day)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

export const weekday = (day: string) => { const { y, m, d } = parseIso(day); return new Date(Date.UTC(y, m - 1, d)).getUTCDay() }

export const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m)

/** A part of a month: early 1–10, mid 10–20, late 21–end. */
export function monthPart(y: number, m: number, part: 'early' | 'mid' | 'late'): [string, string] {
  if (part === 'early') return [iso(y, m, 1), iso(y, m, 10)]
  if (part === 'mid') return [iso(y, m, 10), iso(y, m, 20)]
  return [iso(y, m, 21), iso(y, m, lastDay(y, m))]
}

/** A part of a year: early Jan–Mar, mid May–Aug, late Oct–Dec. */
export function yearPart(y: number, part: 'early' | 'mid' | 'late'): [string, string] {
  if (part === 'early') return [iso(y, 1, 1), iso(y, 3, 31)]
  if (part === 'mid') return [iso(y, 5, 1), iso(y, 8, 31)]
  return [iso(y, 10, 1), iso(y, 12, 31)]
}

export type Part = 'early' | 'mid' | 'late'
export type Season = 'spring' | 'summer' | 'autumn' | 'winter'
const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] }

/** A date as the text gives it, before it is read against the publication day. */
export interface DatePoint {
  y?: number
  m?: number
  d?: number
  part?: Part
  /** "الماضي"/"last": the last such month (or day) before the reference day. */
  past?: boolean
  /** After "until"/"jusqu'au"/"حتى": an end bound, so a yearless day a few days ahead is the coming one. */
  until?: boolean
  /** An end bound in a clause the text does not set in the past ("la détention court jusqu'au 22 mai"): a yearless day up to half a year ahead is the coming one. */
  openBound?: boolean
  /** "المقبل"/"next": the next such month or weekday after the reference day. */
  next?: boolean
  /** "ce lundi": the coming one when it is a day or two ahead (written at the weekend), else the last one. */
  nearest?: boolean
  /** A weekday named as the day of something ("declared Sunday a day of mourning"): the nearest such day, ahead or back. */
  decreed?: boolean
  /** A weekday the text sets ahead without "next" (a start "اعتباراً من الخميس", a headline "تغادر السفينة الأربعاء"): the first such day on or after the reference day. */
  coming?: boolean
  /** "الجاري"/"this": the month or season of the reference year. */
  thisYear?: boolean
  /** A season of the year (northern hemisphere): spring March–May … winter December–February. */
  season?: Season
  /** Counted from the reference day: -1 week is last week, +1 year next year. */
  relative?: { unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  weekday?: number
  decade?: number
  /** A run of months of the year ("the first quarter of 2024" is [1, 3], "le second semestre" [7, 12]). */
  months?: [number, number]
  /** A bare day number, meaningful only as the first end of a range ("من 11 إلى 24 نوفمبر"). */
  dayOnly?: boolean
  /** A year with no word before it ("2022"): weaker evidence. */
  bareYear?: boolean
  /**
   * "la veille", "the next day", "اليوم التالي": days counted from the last day the text gave
   * before it (a landfall, a press conference), not from the publication day.
   */
  anchored?: number
  /** "earlier this month": from the start of the period to the day before the reference day; "later this year": from the day after it to the end. */
  clip?: 'to-ref' | 'from-ref'
}

export interface ResolvedDate { lo: string; hi: string; precision: Precision }

const partOfMonth = (y: number, m: number, part: Part): ResolvedDate => { const [lo, hi] = monthPart(y, m, part); return { lo, hi, precision: 'part-month' } }
const partOfYear = (y: number, part: Part): ResolvedDate => { const [lo, hi] = yearPart(y, part); return { lo, hi, precision: 'part-year' } }
const wholeYear = (y: number): ResolvedDate => ({ lo: yearRange(y)[0], hi: yearRange(y)[1], precision: 'year' })

/**
 * The days a point stands for, read against the reference day; `fill` lends a missing month or
 * year (the first end of "من 3 إلى 7 مارس 2024"). Null when it cannot be anchored.
 */
export function resolvePoint(p: DatePoint, ref: string | null, fill?: DatePoint): ResolvedDate | null {
  const d = resolveWhole(p, ref, fill)
  if (!d || !p.clip || !ref) return d
  // "earlier this year" ends the day before the reference day; "later this month" starts the day after.
  const lo = p.clip === 'from-ref' && addDays(ref, 1) > d.lo ? addDays(ref, 1) : d.lo
  const hi = p.clip === 'to-ref' && addDays(ref, -1) < d.hi ? addDays(ref, -1) : d.hi
  return lo <= hi ? { ...d, lo, hi } : d
}

function resolveWhole(p: DatePoint, ref: string | null, fill?: DatePoint): ResolvedDate | null {
  const r = ref ? parseIso(ref) : null
  if (p.decade !== undefined) return { lo: iso(p.decade, 1, 1), hi: iso(p.decade + 9, 12, 31), precision: 'year' }
  if (p.season) return resolveSeason(p, r)
  if (p.months) return resolveMonths(p, r)
  if (p.relative && p.m === undefined) {
    if (!r || !ref) return null
    const { unit, offset } = p.relative
    if (unit === 'day') { const d = addDays(ref, offset); return { lo: d, hi: d, precision: 'day' } }
    if (unit === 'week') {
      const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * offset)
      // The end of a week is its weekend: "نهاية الأسبوع الماضي", "last weekend".
      if (p.part === 'late') return { lo: addDays(monday, 5), hi: addDays(monday, 6), precision: 'day' }
      return { lo: monday, hi: addDays(monday, 6), precision: 'part-month' }
    }
    if (unit === 'month') {
      const mIdx = r.y * 12 + (r.m - 1) + offset
      const y = Math.floor(mIdx / 12)
      const m = (mIdx % 12) + 1
      // "12 الشهر الجاري": a day of that month.
      if (p.d !== undefined) return validDay(y, m, p.d) ? { lo: iso(y, m, p.d), hi: iso(y, m, p.d), precision: 'day' } : null
      if (p.part) return partOfMonth(y, m, p.part)
      const [lo, hi] = monthRange(y, m)
      return { lo, hi, precision: 'month' }
    }
    const y = r.y + offset
    return p.part ? partOfYear(y, p.part) : wholeYear(y)
  }
  if (p.weekday !== undefined && p.d === undefined) {
    if (!ref) return null
    // The most recent such day on or before the reference day; with "next", the first after it.
    const back = (weekday(ref) - p.weekday + 7) % 7
    const ahead = (p.weekday - weekday(ref) + 7) % 7 || 7
    const d = p.coming && !p.past && !p.next ? addDays(ref, ahead % 7)
      : p.next || (p.nearest && ahead <= NEAREST_AHEAD && ahead < back) || (p.decreed && ahead < back) ? addDays(ref, ahead) : addDays(ref, -back - (p.past && back === 0 ? 7 : 0))
    return { lo: d, hi: d, precision: 'day' }
  }
  const m = p.m ?? fill?.m
  let y = p.y ?? fill?.y
  if (y === undefined && m !== undefined && (p.thisYear || fill?.thisYear) && r) y = r.y
  // "April of last year", "mars de l'année dernière".
  if (y === undefined && m !== undefined && p.relative?.unit === 'year' && r) y = r.y + p.relative.offset
  if (y === undefined && m !== undefined) {
    if (!r) return null
    y = r.y
    const d = p.d ?? (fill?.m === undefined ? fill?.d : undefined)
    if (p.next || fill?.next) {
      // "مارس المقبل": the next such month after the reference month.
      if (m < r.m || (m === r.m && d !== undefined && d <= r.d)) y += 1
    } else if (m > r.m || (m === r.m && (p.past || fill?.past) && (d === undefined || d >= r.d))) {
      // A month without a year is the nearest one not after the reference month; "نوفمبر الماضي"
      // written in November is last year's.
      y -= 1
    }
    // An end bound a few days ahead is that day, not the same day almost a year back: "jusqu'au 1er
    // novembre" written on 31 October, "until January 2" written on 28 December.
    if ((p.until || fill?.until) && d !== undefined && !p.past && !fill?.past && soonAfter(ref!, y + 1, m, d, p.openBound || fill?.openBound ? OPEN_BOUND_DAYS : SOON_DAYS)) y += 1
  }
  // "dimanche 24 novembre" with no year: the year in which the 24th of November is a Sunday, if the nearest one is not.
  if (p.y === undefined && fill?.y === undefined && y !== undefined && m !== undefined && p.d !== undefined && p.weekday !== undefined && ref) y = weekdayYear(y, m, p.d, p.weekday, ref)
  if (y === undefined) return null
  if (m === undefined) return p.part ? partOfYear(y, p.part) : wholeYear(y)
  if (p.d !== undefined) {
    if (!validDay(y, m, p.d)) return null
    const d = iso(y, m, p.d)
    return { lo: d, hi: d, precision: 'day' }
  }
  if (p.part) return partOfMonth(y, m, p.part)
  const [lo, hi] = monthRange(y, m)
  return { lo, hi, precision: 'month' }
}

// A quarter or a half of a year: of the year given, or of a year counted from the reference ("of last year").
function resolveMonths(p: DatePoint, r: { y: number } | null): ResolvedDate | null {
  const [from, to] = p.months!
  const y = p.y ?? (p.relative?.unit === 'year' && r ? r.y + p.relative.offset : undefined)
  if (y === undefined) return null
  return { lo: iso(y, from, 1), hi: iso(y, to, lastDay(y, to)), precision: 'part-year' }
}

// A season: of a given year, "this" season, or the last (or next) one before (after) the reference.
function resolveSeason(p: DatePoint, r: { y: number; m: number } | null): ResolvedDate | null {
  const [from, to] = SEASON_MONTHS[p.season!]
  let y = p.y
  if (y === undefined) {
    if (!r) return null
    y = r.y + (p.relative?.unit === 'year' ? p.relative.offset : 0)
    const refIdx = r.m < 3 && p.season === 'winter' ? r.m + 12 : r.m
    if (p.past && refIdx <= to) y -= 1
    if (p.next && refIdx >= from) y += 1
  }
  const end = to > 12 ? [y + 1, to - 12] as const : [y, to] as const
  return { lo: iso(y, from, 1), hi: iso(end[0], end[1], lastDay(end[0], end[1])), precision: 'part-year' }
}

// How many days after the reference day a weekday and date may fall and still be read in the coming year.
const WEEKDAY_AHEAD = 90

/**
 * The year, from the one read, in which day d of month m falls on the weekday named: the coming
 * year if soon enough, or the year before. Further back a mismatch is more likely a slip of the
 * text (or a wrong publication day) than a date years old written without its year: the nearest stays.
 */
function weekdayYear(y: number, m: number, d: number, wd: number, ref: string): number {
  const fits = (yy: number) => validDay(yy, m, d) && weekday(iso(yy, m, d)) === wd
  if (fits(y)) return y
  if (fits(y + 1) && iso(y + 1, m, d) <= addDays(ref, WEEKDAY_AHEAD)) return y + 1
  return fits(y - 1) ? y - 1 : y
}

// "ce lundi" is the coming Monday only when it is this close ahead: written on a Saturday or a Sunday.
const NEAREST_AHEAD = 2
// How many days ahead of the reference day a yearless day is read as coming rather than past.
const SOON_DAYS = 10
// How far ahead an end bound in a clause not set in the past reaches: a detention, a state of
// emergency or a deadline is set for weeks or months, rarely for more than half a year unnamed.
const OPEN_BOUND_DAYS = 183
const soonAfter = (ref: string, y: number, m: number, d: number, days: number) => validDay(y, m, d) && iso(y, m, d) > ref && iso(y, m, d) <= addDays(ref, days)

const ORDER: Precision[] = ['day', 'part-month', 'month', 'part-year', 'year']
/** The finer of two precisions. */
export const finer = (a: Precision, b: Precision): Precision => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b)

/** A date quantity; unresolved when there was nothing to anchor it to. */
export function dateQuantity(kind: 'date' | 'daterange', r: ResolvedDate | null, fallback: Precision): Quantity {
  const q: Quantity = { kind, lo: r?.lo ?? null, hi: r?.hi ?? null, unit: null, per: null, precision: r?.precision ?? fallback, qualifier: kind === 'daterange' ? 'range' : null }
  if (!r) { q.unresolved = true; q.ambiguity = 'no publication date to anchor this relative or yearless date' }
  return q
}
