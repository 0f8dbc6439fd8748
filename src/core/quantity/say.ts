// Prose: a quantity as an editor would write it in a sentence, in English or Arabic.
// "about 1,000", "more than 20 million US dollars", "between 3 and 5 days", "10 ملايين دولار شهرياً",
// "mid-November 2025", "2030 or later".
import type { Quantity } from '../model'
import { partsOf, isDateKind, type QuantityParts, type Value } from './parts'
import { sayAmount, sayNumber, scaleOf } from './amounts'
import { sayDay, sayDays } from './dates'
import { PER_PHRASES } from './nouns'
import type { UiLang } from './locale'

const WORDS = {
  en: {
    about: (v: string) => `about ${v}`, 'more-than': (v: string) => `more than ${v}`, 'less-than': (v: string) => `less than ${v}`,
    'at-least': (v: string) => `at least ${v}`, 'at-most': (v: string) => `at most ${v}`,
    between: (a: string, b: string) => `between ${a} and ${b}`, vague: (v: string) => `${v} (an imprecise figure)`,
    unknown: 'an unknown figure', unresolved: 'an unanchored date', asOf: (v: string, t: string) => `${v} (as of ${t})`,
    from: (d: string) => `from ${d}`, until: (d: string) => `until ${d}`, orLater: (d: string) => `${d} or later`, orEarlier: (d: string) => `${d} or earlier`,
    after: (d: string) => `after ${d}`, before: (d: string) => `before ${d}`,
  },
  ar: {
    about: (v: string) => `نحو ${v}`, 'more-than': (v: string) => `أكثر من ${v}`, 'less-than': (v: string) => `أقل من ${v}`,
    'at-least': (v: string) => `ما لا يقل عن ${v}`, 'at-most': (v: string) => `ما لا يزيد على ${v}`,
    between: (a: string, b: string) => `بين ${a} و${b}`, vague: (v: string) => `${v} (رقم تقريبي)`,
    unknown: 'رقم غير معروف', unresolved: 'تاريخ غير محدد', asOf: (v: string, t: string) => `${v} (في ${t})`,
    from: (d: string) => `ابتداءً من ${d}`, until: (d: string) => `حتى ${d}`, orLater: (d: string) => `${d} أو ما بعده`, orEarlier: (d: string) => `${d} أو ما قبله`,
    after: (d: string) => `بعد ${d}`, before: (d: string) => `قبل ${d}`,
  },
} as const

/** The word for an amount stated vaguely ("عشرات", "hundreds"), found by the interval it stands for. */
const VAGUE_WORDS: [number, number, string, string][] = [
  [3, 9, 'a few', 'بضعة'], [3, 10, 'several', 'عدة'], [20, 99, 'dozens', 'عشرات'], [200, 999, 'hundreds', 'مئات'], [2000, 9999, 'thousands', 'آلاف'],
  [20000, 99999, 'tens of thousands', 'عشرات الآلاف'], [200000, 999999, 'hundreds of thousands', 'مئات الآلاف'],
  [2e6, 9.99e6, 'millions', 'ملايين'], [2e7, 9.99e7, 'tens of millions', 'عشرات الملايين'], [2e8, 9.99e8, 'hundreds of millions', 'مئات الملايين'], [2e9, 9.99e9, 'billions', 'مليارات'],
]

function vagueWord(lo: number, hi: number, lang: UiLang): string | null {
  const hit = VAGUE_WORDS.find(([a, b]) => a === lo && b === hi)
  return hit ? (lang === 'en' ? hit[2] : hit[3]) : null
}

/** The words of a rate's period: "a month", "شهرياً"; a period without words is written as it is. */
export function sayPeriod(period: string, lang: UiLang): string {
  return PER_PHRASES[period]?.[lang] ?? (lang === 'en' ? `per ${period}` : `لكل ${period}`)
}

function sayDates(p: QuantityParts, lang: UiLang): string {
  const w = WORDS[lang]
  const v = p.value as Value<string>
  if (p.unresolved || v.shape === 'unknown') return w.unresolved
  if (v.shape === 'point') return sayDay(v.at, p.precision, lang)
  if (v.shape === 'interval') return sayDays(v.lo, v.hi, lang, 'long', p.precision)
  if (v.shape === 'from') {
    const at = sayDay(v.lo, p.precision, lang)
    return p.qualifier === 'more-than' ? w.after(at) : p.qualifier === 'at-least' ? w.orLater(at) : w.from(at)
  }
  const at = sayDay(v.hi, p.precision, lang)
  return p.qualifier === 'less-than' ? w.before(at) : p.qualifier === 'at-most' ? w.orEarlier(at) : w.until(at)
}

function sayNumbers(p: QuantityParts, lang: UiLang): string {
  const w = WORDS[lang]
  const v = p.value as Value<number>
  let text: string
  if (v.shape === 'unknown') return w.unknown
  if (v.shape === 'interval' && p.qualifier === 'vague' && vagueWord(v.lo, v.hi, lang)) {
    // "عشرات", "hundreds": the word the source used, with the interval it stands for.
    text = `${vagueWord(v.lo, v.hi, lang)} (${sayNumber(v.lo, lang)}–${sayAmount(v.hi, p.unit, lang, { digits: true })})`
  } else if (v.shape === 'interval') {
    // "between 20 and 50 million US dollars": the lower end at the higher end's scale when it reads well.
    const scale = scaleOf(v.hi)?.scale ?? null
    const same = scale && scaleOf(v.lo)?.scale === scale
    const lo = same ? sayNumber(v.lo, lang, scale) : sayAmount(v.lo, null, lang)
    text = w.between(lo, sayAmount(v.hi, p.unit, lang, { digits: true, scale: same ? scale : undefined }))
    if (p.qualifier === 'vague') text = w.vague(text)
  } else {
    const x = v.shape === 'point' ? v.at : v.shape === 'from' ? v.lo : v.hi
    const amount = sayAmount(x, p.unit, lang)
    const q = p.qualifier && p.qualifier !== 'range' && p.qualifier !== 'vague' ? p.qualifier : v.shape === 'from' ? 'at-least' : v.shape === 'to' ? 'at-most' : null
    text = q ? w[q](amount) : p.qualifier === 'vague' ? w.vague(amount) : amount
  }
  return p.period ? `${text} ${sayPeriod(p.period, lang)}` : text
}

/**
 * A quantity in words for a sentence, in English or Arabic. Takes a Quantity (or its parts, when
 * the caller knows the time it is about: then "… (as of 2022)").
 */
export function sayQuantity(q: Quantity | QuantityParts, lang: UiLang): string {
  const p = 'value' in q ? q : partsOf(q)
  const text = isDateKind(p.kind) ? sayDates(p, lang) : sayNumbers(p, lang)
  return p.asOf ? WORDS[lang].asOf(text, sayDays(p.asOf.from, p.asOf.to, lang, 'long', 'day')) : text
}
