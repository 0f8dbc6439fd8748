// Days, months and years in words, for prose and for compact display: as coarse as the figure's
// ends allow, four-digit years always, month names of the language (Intl.DateTimeFormat).
import type { Precision } from '../model'
import { intlLocale, type UiLang } from './locale'

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)
const y = (iso: string) => Number(iso.slice(0, 4))
const m = (iso: string) => Number(iso.slice(5, 7))
const d = (iso: string) => Number(iso.slice(8, 10))
const lastDayOf = (iso: string) => new Date(Date.UTC(y(iso), m(iso), 0)).getUTCDate()

const formats = new Map<string, Intl.DateTimeFormat>()
function fmt(lang: UiLang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(opts)}`
  let f = formats.get(key)
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale(lang), { ...opts, timeZone: 'UTC' })))
  return f
}

/** Long month names in prose, short ones in compact display (Arabic has one form). */
export type DateStyle = 'long' | 'short'

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' }
const MONTH = (style: DateStyle): Intl.DateTimeFormatOptions => ({ month: style, year: 'numeric' })
const DAY = (style: DateStyle): Intl.DateTimeFormatOptions => ({ day: 'numeric', month: style, year: 'numeric' })

function range(lo: string, hi: string, lang: UiLang, opts: Intl.DateTimeFormatOptions): string {
  const f = fmt(lang, opts)
  const a = f.format(utc(lo))
  if (a === f.format(utc(hi))) return a
  // "11–24 November": a dash between two numbers is closed up; between words it keeps its spaces.
  return f.formatRange(utc(lo), utc(hi)).replace(/(\d)[\u2009\u202f ]?–[\u2009\u202f ]?(\d)/u, '$1–$2')
}

/** One day at a precision: "2030", "March 2030", "6 June 2025". */
export function sayDay(iso: string, precision: Precision, lang: UiLang, style: DateStyle = 'long'): string {
  if (precision === 'year' || precision === 'part-year') return fmt(lang, YEAR).format(utc(iso))
  if (precision === 'month' || precision === 'part-month') return fmt(lang, MONTH(style)).format(utc(iso))
  return fmt(lang, DAY(style)).format(utc(iso))
}

const PARTS = {
  en: { early: (x: string) => `early ${x}`, mid: (x: string) => `mid-${x}`, late: (x: string) => `late ${x}` },
  ar: { early: (x: string) => `أوائل ${x}`, mid: (x: string) => `منتصف ${x}`, late: (x: string) => `أواخر ${x}` },
}

/** "mid-November 2025", "late 2022": the part of a month or year a figure names, when its days are exactly one. */
function partOf(lo: string, hi: string, precision: Precision, lang: UiLang): string | null {
  const say = PARTS[lang]
  if (precision === 'part-month' && y(lo) === y(hi) && m(lo) === m(hi)) {
    const month = fmt(lang, MONTH('long')).format(utc(lo))
    if (d(lo) === 1 && d(hi) === 10) return say.early(month)
    if (d(lo) === 10 && d(hi) === 20) return say.mid(month)
    if (d(lo) === 21 && d(hi) === lastDayOf(hi)) return say.late(month)
  }
  if (precision === 'part-year' && y(lo) === y(hi) && d(lo) === 1 && d(hi) === lastDayOf(hi)) {
    const year = String(y(lo))
    if (m(lo) === 1 && m(hi) === 3) return say.early(year)
    if (m(lo) === 5 && m(hi) === 8) return say.mid(year)
    if (m(lo) === 10 && m(hi) === 12) return say.late(year)
  }
  return null
}

/**
 * Inclusive days as coarsely as their ends allow: "2022", "2020–2022", "November 2025",
 * "October – December 2022", "11–24 November 2025"; in prose a named part: "mid-November 2025".
 */
export function sayDays(lo: string, hi: string, lang: UiLang, style: DateStyle = 'long', precision: Precision = 'day'): string {
  if (lo === hi) return fmt(lang, DAY(style)).format(utc(lo))
  if (style === 'long') {
    const part = partOf(lo, hi, precision, lang)
    if (part) return part
  }
  const wholeMonths = d(lo) === 1 && d(hi) === lastDayOf(hi)
  if (wholeMonths && m(lo) === 1 && m(hi) === 12) {
    const decade = style === 'long' && y(lo) % 10 === 0 && y(hi) === y(lo) + 9 ? sayDecade(y(lo), lang) : null
    return decade ?? range(lo, hi, lang, YEAR)
  }
  if (wholeMonths) return range(lo, hi, lang, MONTH(style))
  return range(lo, hi, lang, DAY(style))
}

const AR_DECADES: Record<number, string> = { 20: 'العشرينيات', 30: 'الثلاثينيات', 40: 'الأربعينيات', 50: 'الخمسينيات', 60: 'الستينيات', 70: 'السبعينيات', 80: 'الثمانينيات', 90: 'التسعينيات' }

/** A decade in words: "the 1960s", "ستينيات القرن العشرين" (Arabic names only the decades of that century). */
function sayDecade(start: number, lang: UiLang): string | null {
  if (lang === 'en') return `the ${start}s`
  const name = start >= 1920 && start <= 1990 ? AR_DECADES[start % 100] : undefined
  return name ? `${name.slice(2)} القرن العشرين` : null
}
