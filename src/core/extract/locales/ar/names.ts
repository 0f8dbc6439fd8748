import type { Context } from '../../common/contracts'
import { glued, type Token } from '../../common/tokens'
import { L } from './lexicon'

// Digits that belong to a name, not a figure: TB2, Mi-35M, عربي21, "القاعدة الجوية 101", "بامكس 2025".

const LATIN = /^[a-z]+$/
/** The article glued to digits makes a definite numeral ("الـ13"), not a name. */
export const DEFINITE = /^[وفب]?(ال|لل)$/
const EVENT_NOUNS = new Set(['معرض', 'مؤتمر', 'منتدى', 'مهرجان', 'قمه', 'بطوله', 'دوره', 'مناوره', 'مناورات', 'تمرين', 'كوب'])

/**
 * Words glued to a number ("بامكس2025", "عربي21") name something; the same word before a number
 * elsewhere in the text ("معرض بامكس 2025") is that name again, not a date.
 */
export function learnNameHeads(tokens: Token[]): Set<string> {
  const heads = new Set<string>()
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    const p = tokens[i - 1]
    if (t.t !== 'n' || p.t !== 'w' || DEFINITE.test(p.w) || L.months.at(tokens, i - 1)) continue
    if (glued(p, t) && p.w.length > 1) heads.add(p.w)
    // "معرض "بامكس 2025"": a quoted name ending in a number.
    else if (tokens[i - 2]?.w === '"' && tokens[i + 1]?.w === '"') heads.add(p.w)
    // "معرض بامكس 2025", "مؤتمر ميونخ 2024": an event noun, a name, a year.
    else if (i >= 2 && EVENT_NOUNS.has(tokens[i - 2].w.replace(/^[وفبل]/, '')) && !L.stop.has(p.w) && !p.w.startsWith('ال')) heads.add(p.w)
  }
  return heads
}

/** True when the digits at token j are part of a name or a model, or a list marker. */
export function digitsInName(tokens: Token[], j: number, ctx: Context): boolean {
  const t = tokens[j]
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  if (prev && glued(prev, t) && prev.t === 'w' && !/^[وفبلك]$/.test(prev.w) && !DEFINITE.test(prev.w) && !L.months.at(tokens, j - 1)) return true
  if (next && glued(t, next) && next.t === 'w' && LATIN.test(next.w)) return true
  if (prev && prev.w === '-' && glued(prev, t) && tokens[j - 2]?.t === 'w' && glued(tokens[j - 2], prev)) return true
  if (next && next.w === '-' && glued(t, next) && tokens[j + 2]?.t === 'w' && glued(next, tokens[j + 2])) return true
  // "بوينغ 787-8": the variant after a model's number is part of its name.
  if (prev && prev.w === '-' && glued(prev, t) && tokens[j - 2]?.t === 'n' && glued(tokens[j - 2], prev) && digitsInName(tokens, j - 2, ctx)) return true
  if ((j === 0 || t.nl) && next && (next.w === '.' || next.w === ')') && glued(t, next)) return true
  // "الرحلة 302" is a flight, but "استغرقت الرحلة 10 أيام" counts days: a unit after the digits makes them a figure.
  if (prev && !t.nl && prev.t === 'w' && (L.nameHeads.has(prev.w) || ctx.nameHeads.has(prev.w) || L.letterNames.has(prev.w)) && !unitAfter(tokens, j + 1)) return true
  if (prev?.w === '"' && tokens[j - 2]?.t === 'w' && ctx.nameHeads.has(tokens[j - 2].w)) return true
  // "صاروخ RS 24", "طائرات F 16": digits after one or two Latin letters name a model, unless a
  // unit follows them. (A longer word is a name that counts: "خام Brent 82 دولارا", "BBC 12 شهادة".)
  if (prev && !t.nl && prev.t === 'w' && /^[A-Za-z]{1,2}$/.test(prev.w) && !unitAfter(tokens, j + 1)) return true
  // "نيروبي – جو 24 | الأربعاء", "الأيام 24 | نُشر في": an outlet's name in a byline, before its bar.
  if (prev && !t.nl && prev.t === 'w' && next && !next.nl && next.w === '|' && !unitAfter(tokens, j + 1)) return true
  // "رقم المقال: 123456": an id after a label that names one.
  if (prev?.w === ':' && [tokens[j - 2], tokens[j - 3]].some((x) => x && x.t === 'w' && L.nameHeads.has(x.w))) return true
  // "كوب 28", "COP28": an event named by its edition.
  if (prev && !t.nl && prev.t === 'w' && EVENT_EDITIONS.has(prev.w.replace(/^[وفبل]/, ''))) return true
  return false
}

/** Whether a unit of time, measure, money or scale starts at token k ("10 أيام", "5 ملايين دولار"). */
function unitAfter(tokens: Token[], k: number): boolean {
  const u = tokens[k]
  return !!u && !u.nl && u.t === 'w' && !!(L.timeUnits.at(tokens, k) || L.measures.at(tokens, k) || L.currencies.at(tokens, k) || L.scales.at(tokens, k))
}

/** Event names written with their edition number. */
const EVENT_EDITIONS = new Set(['كوب', 'cop', 'ايدكس', 'idex', 'g', 'جي'])
