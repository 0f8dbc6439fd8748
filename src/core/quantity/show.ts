// Compact display: a quantity in a table cell, a badge or a chart label. Signs instead of
// qualifier words ("≈ 1,000", "> 3.5 years"), short months ("11–24 Nov 2025"), currency
// symbols in English ("US$50m") and currency names in Arabic ("50 مليون دولار").
import type { Quantity } from '../model'
import { partsOf, isDateKind, type QuantityParts, type Value } from './parts'
import { sayAmount, sayNumber, scaleOf } from './amounts'
import { sayDay, sayDays } from './dates'
import { MEASURE_NOUNS } from './nouns'
import { formatNumber, intlLocale, type UiLang } from './locale'
import { sayPeriod } from './say'

/** The sign standing for a qualifier before a value. */
export const QUALIFIER_SIGNS: Record<string, string> = { about: '≈', 'more-than': '>', 'less-than': '<', 'at-least': '≥', 'at-most': '≤', vague: '~' }

const ISO_CURRENCY = /^[A-Z]{3}$/

function currencyFormat(code: string, big: boolean): Intl.NumberFormat {
  return new Intl.NumberFormat(intlLocale('en'), { style: 'currency', currency: code, notation: big ? 'compact' : 'standard', minimumFractionDigits: 0, maximumFractionDigits: 2 })
}

/** One amount, short: "US$50m", "15 km", "3 days", "50 مليون دولار", "70%". */
export function showAmount(x: number, unit: string | null, lang: UiLang, digits = false): string {
  if (lang === 'en' && unit && ISO_CURRENCY.test(unit)) return currencyFormat(unit, Math.abs(x) >= 1e6).format(x)
  const measure = unit ? MEASURE_NOUNS[unit] : undefined
  if (unit === 'magnitude') return lang === 'en' ? `M${formatNumber(x, 'en')}` : sayAmount(x, unit, 'ar', { digits: true })
  if (measure) return `${formatNumber(x, lang)} ${measure.short[lang]}`
  return sayAmount(x, unit, lang, { digits })
}

function showRange(lo: number, hi: number, unit: string | null, lang: UiLang): string {
  if (lang === 'en' && unit && ISO_CURRENCY.test(unit)) {
    return currencyFormat(unit, Math.max(Math.abs(lo), Math.abs(hi)) >= 1e6).formatRange(lo, hi)
  }
  const scale = scaleOf(hi)?.scale ?? null
  const same = scale !== null && scaleOf(lo)?.scale === scale
  const low = same ? sayNumber(lo, lang, scale) : sayAmount(lo, null, lang)
  const high = same ? sayAmount(hi, unit, lang, { digits: true, scale }) : showAmount(hi, unit, lang, true)
  // "3–5 days": the lower end is a bare number before the higher end and its unit.
  return `${low}–${high}`
}

function showNumbers(p: QuantityParts, lang: UiLang): string {
  const v = p.value as Value<number>
  let text: string
  if (v.shape === 'unknown') return '?'
  if (v.shape === 'interval') text = `${p.qualifier === 'vague' ? '~ ' : ''}${showRange(v.lo, v.hi, p.unit, lang)}`
  else {
    const x = v.shape === 'point' ? v.at : v.shape === 'from' ? v.lo : v.hi
    const q = p.qualifier && p.qualifier !== 'range' ? p.qualifier : v.shape === 'from' ? 'at-least' : v.shape === 'to' ? 'at-most' : null
    // An open bound keeps its direction whatever word stated it.
    const sign = v.shape === 'from' ? (q === 'more-than' ? '>' : '≥') : v.shape === 'to' ? (q === 'less-than' ? '<' : '≤') : q ? QUALIFIER_SIGNS[q] : ''
    text = `${sign ? `${sign} ` : ''}${showAmount(x, p.unit, lang)}`
  }
  return p.period ? `${text} ${sayPeriod(p.period, lang)}` : text
}

function showDates(p: QuantityParts, lang: UiLang): string {
  const v = p.value as Value<string>
  if (p.unresolved || v.shape === 'unknown') return '?'
  if (v.shape === 'point') return sayDay(v.at, p.precision, lang, 'short')
  if (v.shape === 'interval') return sayDays(v.lo, v.hi, lang, 'short')
  if (v.shape === 'from') return `${p.qualifier === 'more-than' ? '>' : '≥'} ${sayDay(v.lo, p.precision, lang, 'short')}`
  return `${p.qualifier === 'less-than' ? '<' : '≤'} ${sayDay(v.hi, p.precision, lang, 'short')}`
}

/** A quantity in a few characters, for tables, badges and charts, in English or Arabic. */
export function showQuantity(q: Quantity | QuantityParts, lang: UiLang): string {
  const p = 'value' in q ? q : partsOf(q)
  return isDateKind(p.kind) ? showDates(p, lang) : showNumbers(p, lang)
}
