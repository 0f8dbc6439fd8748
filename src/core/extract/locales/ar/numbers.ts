import type { Token } from '../../common/tokens'
import { prefixSkip } from '../../common/prefixes'
import { L } from './lexicon'

/** A number read from tokens [from, to): its value, and how it was written. */
export interface NumberMatch {
  from: number
  to: number
  value: number
  /** Letters of attached prefix (و ف ب ل ك) on the first token, outside the figure. */
  skip: number
  words: boolean
  /** Digits only, four of them, in a plausible year range: may be a year. */
  yearLike: boolean
  ambiguity?: string
  /** The last element was a scale (ألف, مليون): a following "ونصف" is half of it. */
  lastScale: number
  /** The number before its final scale word and that scale ("5 ملايين": 5 and 1e6), for ranges. */
  base: number
  scale: number
}

/** Digit strings longer than this are ids or codes, never figures (and would lose precision). */
export const MAX_DIGITS = 15

/** Reads a digit string with , and . as thousands or decimal marks, saying when it had to choose. */
export function parseDigits(raw: string, followedByScaleOrPercent: boolean): { value: number; ambiguity?: string } {
  raw = raw.replace(/\u060c/g, ',')
  if (/^\d+$/.test(raw)) return { value: Number(raw) }
  if (raw[0] === '.') return { value: Number(`0${raw}`) }
  const dots = raw.split('.').length - 1
  const commas = raw.split(',').length - 1
  if (dots && commas) {
    // Whichever mark comes last is the decimal one: 1,234.5 or 1.234,5.
    const dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ','
    const th = dec === '.' ? ',' : '.'
    return { value: Number(raw.split(th).join('').replace(dec, '.')) }
  }
  const mark = dots ? '.' : ','
  const parts = raw.split(mark)
  if (parts.length > 2) return { value: Number(parts.join('')) }
  const [int, frac] = parts
  if (frac.length === 3 && int.length <= 3 && int !== '0' && !followedByScaleOrPercent) {
    const alt = Number(`${int}.${frac}`)
    const value = Number(int + frac)
    return { value, ambiguity: `"${raw}" read as ${value} (the ${mark === '.' ? 'dot' : 'comma'} as a thousands separator); it could also be ${alt}` }
  }
  return { value: Number(`${int}.${frac}`) }
}

/** A number at token i: digits (with a scale word after), or number words joined by و. */
export function parseNumber(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i]
  if (!t) return null
  if (t.t === 'n') return digitsAt(tokens, i)
  return wordsAt(tokens, i)
}

function digitsAt(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i]
  // A minus sign before digits is a list dash or a range dash, never a negative count.
  if (t.w.replace(/[.,]/g, '').length > MAX_DIGITS) return null
  let to = i + 1
  let scale = 1
  const next = tokens[to]
  const sc = next && !next.nl ? L.scales.at(tokens, to, true) : null
  const pct = next && (next.w === '%' || L.percent.at(tokens, to))
  const { value, ambiguity } = parseDigits(t.w, !!sc || !!pct)
  if (sc && (!sc.value.dual || sc.value.afterCount)) { scale = sc.value.value; to += 1 }
  let v = value * scale
  let base = value
  // "62 ألفاً و263": the rest of an exact figure after its thousands (not a second figure with its
  // own scale, as in "بين 200 ألف و300 ألف"). The rest may come in smaller scales of its own, each
  // joined by "و", as exact counts are written out: "3 ملايين و400 ألف" (3,400,000), "24 مليونًا
  // و535 ألفًا و185 صوتًا" (24,535,185).
  let last = scale
  while (last > 1 && tokens[to]?.w === 'و' && !tokens[to].nl) {
    const rest = tokens[to + 1]
    const restValue = rest && rest.t === 'n' && /^\d+$/.test(rest.w) ? Number(rest.w) : NaN
    // The smaller scale may be the accusative singular after a count ("535 ألفًا"), not a dual.
    const sc2 = Number.isFinite(restValue) ? L.scales.at(tokens, to + 2, true) : null
    const small = sc2 && (!sc2.value.dual || sc2.value.afterCount) ? sc2.value.value : 0
    if (restValue < last && !sc2 && tokens[to + 2]?.w !== '%') {
      v += restValue
      to += 2
      last = 1
    } else if (small > 1 && small < last && restValue * small < last) {
      v += restValue * small
      to += 2 + sc2!.n
      last = small
    } else break
    base = v
    scale = 1
  }
  // A decimal comma written as a word: "1 فاصلة 5".
  const fa = tokens[to]
  if (!sc && fa && fa.w === 'فاصله' && tokens[to + 1]?.t === 'n') {
    v = base = Number(`${t.w}.${tokens[to + 1].w}`)
    to += 2
  }
  const yearLike = scale === 1 && /^\d{4}$/.test(t.w) && value >= 1800 && value <= 2100
  return { from: i, to, value: v, skip: 0, words: false, yearLike, ambiguity, lastScale: scale, base, scale }
}

type Element = { kind: 'num' | 'scale' | 'dual-scale' | 'fraction'; value: number; n: number; pre: number }

function elementAt(tokens: Token[], i: number, needJoin: boolean): Element | null {
  const t = tokens[i]
  if (!t || t.t !== 'w') return null
  // A joining "و" may be a word of its own ("واحدة و عشرون") or a prefix ("وأربعين").
  if (t.w === 'و') {
    if (!needJoin) return null
    const e = elementAt(tokens, i + 1, false)
    return e ? { ...e, n: e.n + 1 } : null
  }
  const joined = t.w[0] === 'و'
  if (needJoin && !joined) return null
  const teen = L.teenHeads.at(tokens, i)
  if (teen && isTen(tokens[i + 1])) return { kind: 'num', value: teen.value + 10, n: 2, pre: teen.pre }
  const u = L.units.at(tokens, i)
  if (u && u.n === 1) {
    if (isTen(tokens[i + 1]) && u.value >= 2 && u.value <= 9) return { kind: 'num', value: u.value + 10, n: 2, pre: u.pre }
    const h = tokens[i + 1]
    if (h && !h.nl && (h.w === 'مائه' || h.w === 'مئه') && u.value >= 3) return { kind: 'num', value: u.value * 100, n: 2, pre: u.pre }
    return { kind: 'num', value: u.value, n: 1, pre: u.pre }
  }
  const tens = L.tens.at(tokens, i)
  if (tens) return { kind: 'num', value: tens.value, n: tens.n, pre: tens.pre }
  const hund = L.hundreds.at(tokens, i)
  if (hund) return { kind: 'num', value: hund.value, n: hund.n, pre: hund.pre }
  const sc = L.scales.at(tokens, i)
  if (sc) return { kind: sc.value.dual ? 'dual-scale' : 'scale', value: sc.value.value, n: sc.n, pre: sc.pre }
  const fr = L.fractions.at(tokens, i)
  if (fr && fr.n === 1) return { kind: 'fraction', value: fr.value, n: 1, pre: fr.pre }
  return null
}

function scaleAt(tokens: Token[], i: number): Element | null {
  const t = tokens[i]
  if (!t || t.nl || t.t !== 'w') return null
  const sc = L.scales.at(tokens, i, true)
  return sc && (!sc.value.dual || sc.value.afterCount) ? { kind: 'scale', value: sc.value.value, n: sc.n, pre: 0 } : null
}

// Arabic compounds put units before tens ("خمسة وأربعين") and hundreds before both.
function follows(prev: number, next: number): boolean {
  if (prev >= 100) return next < 100 || (prev % 1000 === 0 && next < 1000)
  if (prev >= 20) return next < 10
  if (prev >= 10) return false
  return next >= 20 && next < 100 && next % 10 === 0
}

const isTen = (t: Token | undefined) => !!t && !t.nl && (t.w === 'عشر' || t.w === 'عشره')

function wordsAt(tokens: Token[], i: number): NumberMatch | null {
  const first = elementAt(tokens, i, false)
  if (!first) return null
  let total = 0
  let current = 0
  let lastScale = 1
  let j = i
  let el: Element | null = first
  let count = 0
  let prevKind: Element['kind'] | null = null
  let lastNum = 0
  while (el) {
    if (el.kind === 'num') {
      if (prevKind === 'num' && !follows(lastNum, el.value)) break
      current += el.value
      lastNum = el.value
    } else if (el.kind === 'scale') {
      if (prevKind === 'scale' && current === 0) break
      // Plural scales need a count before them ("ثلاثة آلاف"); alone they are vague, read elsewhere.
      if (current === 0 && L.scales.at(tokens, j)?.value.plural) break
      current = (current || 1) * el.value
      total += current
      current = 0
      lastScale = el.value
    } else if (el.kind === 'dual-scale' && current > 0 && L.scales.at(tokens, j, true)?.value.afterCount) {
      // "أحد عشر ألفا": the accusative singular after a count.
      current *= el.value
      total += current
      current = 0
      lastScale = el.value
    } else if (el.kind === 'dual-scale') {
      if (current > 0) break
      total += 2 * el.value
      lastScale = el.value
    } else {
      // A fraction: "نصف مليون" before a scale, or "مليون ونصف" after one.
      if (count === 0) {
        const sc = elementAt(tokens, j + 1, false)
        if (!sc || sc.kind !== 'scale') return null
        total += el.value * sc.value
        lastScale = sc.value
        j += el.n + sc.n
        count += 2
        prevKind = 'scale'
        el = elementAt(tokens, j, true)
        continue
      }
      if (prevKind !== 'scale' && prevKind !== 'dual-scale') break
      total += el.value * lastScale
      // "مليون ونصف المليون", "مليون ونصف مليون", "مليونان ونصف مليون": the half's scale said again,
      // with the article or without, belongs to it.
      const again = tokens[j + el.n]
      const said = again && !again.nl ? L.scales.at(tokens, j + el.n, true) ?? (again.w.startsWith('ال') ? L.scales.at([{ ...again, w: again.w.slice(2) }], 0, true) : undefined) : undefined
      if (said && said.n === 1 && said.value.value === lastScale) j++
    }
    j += el.n
    count++
    prevKind = el.kind
    // A scale follows its count with no "و": "ثلاثة آلاف", "خمسة وأربعين ألف".
    el = elementAt(tokens, j, true) ?? scaleAt(tokens, j)
    if (el && el.kind === 'fraction' && prevKind !== 'scale' && prevKind !== 'dual-scale') break
  }
  if (count === 0) return null
  // "ألف و696 إصابة", "مليون و200 ألف", "مليار و200 مليون دولار": the rest of a figure in digits after a scale word.
  // (After a dual too: "مليونين و458 ألفا".)
  if ((prevKind === 'scale' || prevKind === 'dual-scale') && current === 0 && tokens[j]?.w === 'و' && !tokens[j].nl) {
    const rest = digitsAt(tokens, j + 1)
    if (rest && Number.isInteger(rest.value) && rest.value > 0 && rest.value < lastScale && tokens[rest.to]?.w !== '%') {
      total += rest.value
      lastScale = rest.lastScale
      prevKind = rest.lastScale > 1 ? 'scale' : 'num'
      j = rest.to
    }
  }
  let value = total + current
  // "واحد فاصلة خمسة": a decimal point said in words, the digits after it read as a number.
  if (tokens[j]?.w === 'فاصله' && !tokens[j].nl && tokens[j + 1]) {
    const frac = tokens[j + 1].t === 'n' ? { value: Number(tokens[j + 1].w), to: j + 2 } : wordsAt(tokens, j + 1)
    // "واحد فاصلة خمسة مليون": a scale after the decimal applies to the whole number.
    const digits = frac && 'scale' in frac && frac.scale > 1 ? frac.base : frac?.value
    if (frac && digits !== undefined && Number.isInteger(digits) && digits >= 0) {
      value = (value + digits / 10 ** String(digits).length) * ('scale' in frac ? frac.scale : 1)
      if ('scale' in frac && frac.scale > 1) lastScale = frac.scale
      j = frac.to
    }
  }
  // "خمسة آلاف": 5 of a thousand, for a range's first end to borrow the scale.
  const scaled = prevKind === 'scale' && lastScale > 1 && value % lastScale === 0
  return { from: i, to: j, value, skip: prefixSkip(tokens[i].w, first.pre), words: true, yearLike: false, lastScale, base: scaled ? value / lastScale : value, scale: scaled ? lastScale : 1 }
}
