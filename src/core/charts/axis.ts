// The value axis of the interval and timeline charts, in the reader's language: it runs right to
// left in Arabic like the page, counts and amounts tick at whole numbers (no half drone), money
// says its currency, durations their unit, dates keep four-digit years.
import type { QuantityKind } from '../model'
import { CURRENCY_NOUNS, TIME_NOUNS, formatNumber, intlLocale, nounAfter, type UiLang } from '../quantity'
import { isDateKind } from './scale'

export interface ValueAxis {
  /** True when the axis runs right to left (Arabic). */
  reverse: boolean
  /** Decimals a tick step may have: 0 for things counted whole; undefined to let the scale choose. */
  precision: number | undefined
  /** Words under the axis (the currency, the unit of time), or '' for none. */
  title: string
  /** A tick's label. */
  tick: (value: number) => string
}

const WHOLE: QuantityKind[] = ['count', 'money']

/** The value axis for a topic's kind and unit (the unit of its figures, when they share one). */
export function valueAxis(kind: QuantityKind, unit: string | null, lang: UiLang, span?: { min: number; max: number }): ValueAxis {
  const reverse = lang === 'ar'
  if (isDateKind(kind)) {
    // Months with their year when the axis spans more than two months; else days, with the year
    // (four digits) under the axis when it is one year, on every tick when the axis crosses one.
    const wide = span ? span.max - span.min > 62 * 86_400_000 : true
    const loc = intlLocale(lang)
    const oneYear = !!span && new Date(span.min).getFullYear() === new Date(span.max).getFullYear()
    if (wide || !oneYear) {
      const fmt = new Intl.DateTimeFormat(loc, wide ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' })
      return { reverse, precision: undefined, title: '', tick: (v) => fmt.format(v) }
    }
    const fmt = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short' })
    return { reverse, precision: undefined, title: String(new Date(span.min).getFullYear()), tick: (v) => fmt.format(v) }
  }
  // Short forms from ten thousand up ("50 ألف", "2.5m"); below, the number itself ("1,500", not "1.5 ألف").
  const short = new Intl.NumberFormat(intlLocale(lang), { notation: 'compact', maximumFractionDigits: 1 })
  const compact = { format: (v: number) => (Math.abs(v) >= 1e4 ? short.format(v) : formatNumber(v, lang)) }
  const base = unit?.split('/')[0] ?? null
  const currency = base ? CURRENCY_NOUNS[base] : undefined
  if (kind === 'percent' || base === '%') return { reverse, precision: undefined, title: '', tick: (v) => `${formatNumber(v, lang, 1)}%` }
  if (currency) {
    if (lang === 'en' && /^[A-Z]{3}$/.test(base!)) {
      const money = new Intl.NumberFormat(intlLocale('en'), { style: 'currency', currency: base!, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 })
      return { reverse, precision: 0, title: currency.en.other, tick: (v) => money.format(v) }
    }
    return { reverse, precision: 0, title: currency[lang].other, tick: (v) => compact.format(v) }
  }
  const time = base ? TIME_NOUNS[base] : undefined
  if (time) return { reverse, precision: undefined, title: nounAfter(10, time, lang), tick: (v) => formatNumber(v, lang, 1) }
  return { reverse, precision: WHOLE.includes(kind) ? 0 : undefined, title: '', tick: (v) => compact.format(v) }
}
