import type { QuantityKind } from '../../../model'
import type { Context } from '../../common/contracts'
import { glued, type Token } from '../../common/tokens'
import { L } from './lexicon'
import { CURRENCY_SYMBOLS } from './constants'

/** What follows a number: its kind and unit, the token after it, and a factor or addend ("عقد" ×10, "ونصف" +0.5). */
export interface Unit { kind: QuantityKind; unit: string | null; to: number; factor?: number; add?: number }

/** The unit after a number at token k: percent, currency, time unit, measure; else a plain count. */
export function unitAt(ctx: Context, k: number, vague: boolean): Unit {
  const { tokens } = ctx
  const t = tokens[k]
  const none: Unit = { kind: 'count', unit: null, to: k }
  if (!t || t.nl) return none
  if (t.w === '%') return { kind: 'percent', unit: '%', to: k + 1 }
  const pct = L.percent.at(tokens, k, true)
  if (pct) return { kind: 'percent', unit: '%', to: k + pct.n }
  const sym = CURRENCY_SYMBOLS[t.w]
  if (sym && (t.w !== 'c' || glued(tokens[k - 1], t) || ctx.whole)) return money(tokens, sym, k + 1)
  let cur = noPreposition(L.currencies.at(tokens, k), t.w)
  // "ملايين الدولارات": the currency may be definite after a vague amount.
  if (!cur && t.w === 'من' && vague) cur = noPreposition(L.currencies.at(tokens, k + 1), tokens[k + 1]?.w ?? '')
  if (cur) return money(tokens, cur.value, k + cur.n + (t.w === 'من' ? 1 : 0))
  const tu = L.timeUnits.at(tokens, k)
  // "ارتفعت الحصيلة إلى 12 يوم الثلاثاء": "يوم" before a weekday or a day's number opens the date
  // the figure was given on, not a duration.
  if (tu && tu.value.unit === 'day' && DAY_WORDS.has(t.w) && opensDate(tokens, k + tu.n)) return none
  if (tu && !tu.value.dual && (tu.pre === 0 || t.w.startsWith('ال') === false)) return timeUnit(tokens, k + tu.n, tu.value.unit, tu.value.factor ?? 1)
  const me = L.measures.at(tokens, k)
  // A vague amount takes a definite measure: "عشرات الأطنان".
  if (me && (me.pre === 0 || !t.w.startsWith('ال') || vague)) return { kind: 'count', unit: me.value, to: k + me.n }
  return none
}

/**
 * A time unit that ends before token k, with a half or a quarter after it ("ثلاث سنوات ونصف",
 * "عام ونصف", "سنة ونصف السنة", "عامين ونصف"), counted in its unit ("عقد ونصف" 15 years).
 */
export function timeUnit(tokens: Token[], k: number, unit: string, factor: number): Unit {
  const half = tokens[k]
  const part = half && !half.nl ? HALF_WORDS[half.w] : undefined
  if (!part) return { kind: 'duration', unit, to: k, factor, add: 0 }
  let to = k + 1
  const again = tokens[to] && !tokens[to].nl ? L.timeUnits.at(tokens, to) : null
  if (again && again.value.unit === unit && (again.value.factor ?? 1) === factor && tokens[to].w.startsWith('ال')) to++
  return { kind: 'duration', unit, to, factor, add: part * factor }
}
const DAY_WORDS = new Set(['يوم', 'ويوم', 'يومي'])
const opensDate = (tokens: Token[], k: number) => !!tokens[k] && !tokens[k].nl && (tokens[k].t === 'n' || !!L.weekdays.at(tokens, k))

// As folded ("ونصفاً" → "ونصفا").
const HALF_WORDS: Record<string, number> = { 'ونصف': 0.5, 'ونصفا': 0.5, 'وربع': 0.25, 'وربعا': 0.25 }

// A currency after its number takes no preposition or conjunction: "300 بين قتيل وجريح" is
// "between", not ب + ين (yen). The article stays ("ملايين الدولارات", "300 مليون بالدولار").
function noPreposition<T extends { pre: number }>(hit: T | null | undefined, word: string): T | null {
  if (!hit) return null
  return hit.pre === 0 || ['ال', 'بال'].includes(word.slice(0, hit.pre)) ? hit : null
}

function isCent(tokens: Token[], m: number): boolean {
  const c = tokens[m]
  return !!c && (L.currencies.at(tokens, m)?.value === 'USD-cent' || c.w === 'c' || c.w === '¢')
}

function money(tokens: Token[], code: string, to: number): Unit {
  if (code === 'USD-cent') return { kind: 'money', unit: 'USD', to, factor: 0.01 }
  // "20 دولار و43 سنت".
  const and = tokens[to]
  const k2 = and && and.w === 'و' ? to + 1 : to
  const cents = tokens[k2]
  if (cents && cents.t === 'n' && /^\d{1,2}$/.test(cents.w) && isCent(tokens, k2 + 1)) return { kind: 'money', unit: code, to: k2 + 2, add: Number(cents.w) / 100 }
  return { kind: 'money', unit: code, to }
}

const startsNumber = (tokens: Token[], k: number) => !!(L.units.at(tokens, k) || L.tens.at(tokens, k) || L.hundreds.at(tokens, k) || L.vague.at(tokens, k))

/** The counted noun phrase after a count: up to three words, "من" skipped ("ألف من مقاتلي فاجنر"). */
export function countedPhrase(tokens: Token[], k: number, kind: QuantityKind): [number, number] | null {
  if (kind !== 'count') return null
  let s = k
  if (tokens[s]?.w === 'من' && !tokens[s].nl) s++
  let e = s
  // It ends before another figure's words ("وواحد", "وعشرات").
  while (e < s + 3 && tokens[e] && !tokens[e].nl && tokens[e].t === 'w' && !L.stop.has(tokens[e].w) && !startsNumber(tokens, e)) e++
  return e > s ? [s, e] : null
}
