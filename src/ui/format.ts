import type { Bound, Quantity, Source } from '../core/model'

/** The Intl locale of a UI language: Arabic with Latin digits, as newsrooms do; British English for day-month-year. */
export function intlLocale(locale: string): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB'
}

/** A day (ISO) formatted for the UI locale; Arabic UI uses Arabic month names with Latin digits, as newsrooms do. */
export function formatDay(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d)
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(n)
}

/** A source's date as shown: the day, or the inferred window. */
export function sourceDate(s: Pick<Source, 'published' | 'window'>, locale: string): { text: string; inferred: boolean } {
  if (s.published) return { text: formatDay(s.published, locale), inferred: false }
  if (s.window) return { text: `${formatDay(s.window.from, locale)} – ${formatDay(s.window.to, locale)}`, inferred: true }
  return { text: '', inferred: false }
}

const DURATION_UNITS = new Set(['hour', 'day', 'week', 'month', 'year'])
const MEASURE_UNITS: Record<string, string> = { km: 'kilometer', '%': 'percent', kg: 'kilogram' }
const ISO_CURRENCY = /^[A-Z]{3}$/

const PER_UNITS = new Set([...DURATION_UNITS, 'ounce', 'kilogram', 'liter'])

/** The word for "per <unit>" in the UI locale ("month" → "month", "شهر"), or the unit as written. */
function perWord(per: string, locale: string): string {
  if (!PER_UNITS.has(per)) return per
  const parts = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: per, unitDisplay: 'long' }).formatToParts(1)
  return parts.filter((p) => p.type === 'unit').map((p) => p.value).join('').trim() || per
}

/** How a bare number is written for a quantity's unit: currency, a unit Intl knows, or the plain number. */
function numberFormat(q: Pick<Quantity, 'kind' | 'unit'>, locale: string, big: boolean): { fmt: Intl.NumberFormat; suffix: string } {
  const loc = intlLocale(locale)
  const [unit, per] = (q.unit ?? '').split('/')
  const suffix = per ? ` / ${perWord(per, locale)}` : ''
  if (ISO_CURRENCY.test(unit)) {
    return { fmt: new Intl.NumberFormat(loc, { style: 'currency', currency: unit, notation: big ? 'compact' : 'standard', minimumFractionDigits: 0, maximumFractionDigits: 2 }), suffix }
  }
  const intlUnit = q.kind === 'percent' ? 'percent' : DURATION_UNITS.has(unit) ? unit : MEASURE_UNITS[unit]
  if (intlUnit) return { fmt: new Intl.NumberFormat(loc, { style: 'unit', unit: intlUnit, unitDisplay: q.kind === 'duration' ? 'long' : 'short', maximumFractionDigits: 2 }), suffix }
  const plain = new Intl.NumberFormat(loc, { maximumFractionDigits: 2 })
  return { fmt: plain, suffix: unit && !per ? ` ${unit}` : suffix }
}

function utc(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`)
}

/** True when an ISO day is the last day of its month. */
function lastOfMonth(iso: string): boolean {
  const d = utc(iso)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.getUTCDate() === 1
}

/** A date interval as words, as coarse as its ends allow: whole years ("2022"), whole months ("Oct – Dec 2022"), or days. */
function formatDays(lo: string, hi: string, locale: string): string {
  const months = lo.slice(8, 10) === '01' && lastOfMonth(hi)
  const years = months && lo.slice(5, 7) === '01' && hi.slice(5, 7) === '12'
  const opts: Intl.DateTimeFormatOptions = years
    ? { year: 'numeric', timeZone: 'UTC' }
    : months ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
  const f = new Intl.DateTimeFormat(intlLocale(locale), opts)
  return f.format(utc(lo)) === f.format(utc(hi)) ? f.format(utc(lo)) : f.formatRange(utc(lo), utc(hi))
}

/** The sign standing for a qualifier before a single bound. */
const SIGNS: Record<string, string> = { about: '≈', 'more-than': '>', 'less-than': '<', 'at-least': '≥', 'at-most': '≤', vague: '~' }

/** A normalised value in words and signs: "≈ 1,000", "≤ 1,000", "11–24 Nov 2025", "> 3.5 years", "US$50m". */
export function formatQuantity(q: Quantity, locale: string): string {
  const isDate = q.kind === 'date' || q.kind === 'daterange'
  const one = (b: Exclude<Bound, null>) => (typeof b === 'string' ? formatDays(b, b, locale) : '')
  if (isDate && typeof q.lo === 'string' && typeof q.hi === 'string') return formatDays(q.lo, q.hi, locale)
  if (isDate) {
    if (q.lo !== null) return `≥ ${one(q.lo)}`
    if (q.hi !== null) return `≤ ${one(q.hi)}`
    return '?'
  }
  const lo = typeof q.lo === 'number' ? q.lo : null
  const hi = typeof q.hi === 'number' ? q.hi : null
  const { fmt, suffix } = numberFormat(q, locale, Math.max(Math.abs(lo ?? 0), Math.abs(hi ?? 0)) >= 1e6)
  const sign = q.qualifier && q.qualifier !== 'range' ? SIGNS[q.qualifier] ?? '' : ''
  if (lo !== null && hi !== null) {
    if (lo === hi) return `${sign ? `${sign} ` : ''}${fmt.format(lo)}${suffix}`
    return `${q.qualifier === 'vague' ? '~ ' : ''}${fmt.formatRange(lo, hi)}${suffix}`
  }
  if (lo !== null) return `${q.qualifier === 'at-least' ? '≥' : '>'} ${fmt.format(lo)}${suffix}`
  if (hi !== null) return `${q.qualifier === 'less-than' ? '<' : '≤'} ${fmt.format(hi)}${suffix}`
  return '?'
}

/** A short name for a source: its outlet, else "Source 003" (the word given in the UI language). */
export function sourceName(s: Pick<Source, 'id' | 'outlet'>, word: string): string {
  return s.outlet ?? `${word} ${s.id}`
}
