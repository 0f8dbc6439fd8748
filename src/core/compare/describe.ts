import type { Quantity, Source } from '../model'
import { lastDay, parseIso } from '../extract/common/dates'

// Values and sources in words, for explanations an editor can paste (English and Arabic).

export type Lang2 = 'en' | 'ar'

const MONTHS: Record<Lang2, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
}
const UNITS: Record<string, [string, string]> = {
  day: ['days', 'أيام'], week: ['weeks', 'أسابيع'], month: ['months', 'أشهر'], year: ['years', 'سنوات'], hour: ['hours', 'ساعات'],
  minute: ['minutes', 'دقائق'], second: ['seconds', 'ثوان'], km: ['km', 'كم'], tonne: ['tonnes', 'طن'], '%': ['%', '%'],
}

const num = (n: number, lang: Lang2) => new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-US', { maximumFractionDigits: 2 }).format(n)

/** An ISO day range in words: "6 June 2025", "June 2025", "2022", "10–20 November 2025". */
export function describeDays(lo: string, hi: string, lang: Lang2): string {
  const a = parseIso(lo)
  const b = parseIso(hi)
  const M = MONTHS[lang]
  if (lo === hi) return `${a.d} ${M[a.m - 1]} ${a.y}`
  if (a.y === b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return String(a.y)
  if (a.y === b.y && a.m === b.m && a.d === 1 && b.d === lastDay(b.y, b.m)) return `${M[a.m - 1]} ${a.y}`
  if (a.y === b.y && a.d === 1 && b.d === lastDay(b.y, b.m)) return `${M[a.m - 1]}–${M[b.m - 1]} ${a.y}`
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${M[a.m - 1]} ${a.y}`
  if (a.y !== b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return `${a.y}–${b.y}`
  return `${describeDays(lo, lo, lang)} – ${describeDays(hi, hi, lang)}`
}

const QUAL: Record<string, [string, string]> = { about: ['about', 'نحو'], 'more-than': ['more than', 'أكثر من'], 'less-than': ['less than', 'أقل من'], 'at-least': ['at least', 'ما لا يقل عن'], 'at-most': ['at most', 'لا يتجاوز'] }

const PER: Record<string, [string, string]> = {
  month: ['a month', 'شهرياً'], year: ['a year', 'سنوياً'], day: ['a day', 'يومياً'], week: ['a week', 'أسبوعياً'], ounce: ['an ounce', 'للأونصة'], barrel: ['a barrel', 'للبرميل'], tonne: ['a tonne', 'للطن'],
}

// "USD/month" → "USD a month" / "USD شهرياً".
function rateUnit(q: Quantity, lang: Lang2): string {
  const [what] = (q.unit ?? '').split('/')
  const per = q.per ? PER[q.per]?.[lang === 'en' ? 0 : 1] ?? `/${q.per}` : ''
  return `${what === 'count' ? '' : what} ${per}`.trim()
}

/** A quantity in words: "about 1,000", "at most 1,000", "20–99", "USD 50,000,000", "December 2021". */
export function describeQuantity(q: Quantity, lang: Lang2): string {
  const li = lang === 'en' ? 0 : 1
  if (q.kind === 'date' || q.kind === 'daterange') {
    if (q.unresolved || q.lo === null && q.hi === null) return lang === 'en' ? 'an unresolved date' : 'تاريخ غير محدد'
    if (q.hi === null) return `${lang === 'en' ? 'from' : 'منذ'} ${describeDays(String(q.lo), String(q.lo), lang)}`
    return describeDays(String(q.lo ?? q.hi), String(q.hi), lang)
  }
  const unit = q.kind === 'money' ? q.unit ?? '' : q.kind === 'rate' ? rateUnit(q, lang) : UNITS[q.unit ?? '']?.[li] ?? q.unit ?? ''
  const v = (x: number) => (q.kind === 'money' ? `${unit} ${num(x, lang)}` : q.kind === 'percent' ? `${num(x, lang)}%` : `${num(x, lang)}${unit ? ` ${unit}` : ''}`)
  const lo = typeof q.lo === 'number' ? q.lo : null
  const hi = typeof q.hi === 'number' ? q.hi : null
  if (lo !== null && hi !== null && lo !== hi) return q.kind === 'percent' ? `${num(lo, lang)}–${num(hi, lang)}%` : q.kind === 'money' ? `${unit} ${num(lo, lang)}–${num(hi, lang)}` : `${num(lo, lang)}–${v(hi)}`
  const value = lo ?? hi
  if (value === null) return '?'
  const qual = q.qualifier && QUAL[q.qualifier] ? `${QUAL[q.qualifier][li]} ` : ''
  return `${qual}${v(value)}`
}

/** A source as editors name it: "Le Monde (via Arabi21) [000]", or its id when the outlet is unknown. */
export function describeSource(s: Pick<Source, 'id' | 'outlet'> | undefined, id: string, lang: Lang2): string {
  if (!s?.outlet) return lang === 'en' ? `source ${id}` : `المصدر ${id}`
  return `${s.outlet} [${id}]`
}

export const list = (xs: string[], lang: Lang2) => {
  if (xs.length <= 1) return xs.join('')
  const and = lang === 'en' ? ' and ' : ' و'
  return `${xs.slice(0, -1).join(lang === 'en' ? ', ' : '، ')}${and}${xs[xs.length - 1]}`
}
