import type { Token } from '../tokens'
import type { LatinLexicon, NumberWord } from './lexicon'

/** A number read from tokens [from, to): its value, the value before its last scale word and that scale. */
export interface LatinNumber {
  from: number
  to: number
  value: number
  base: number
  scale: number
  /** Written in words ("twenty-five", "trois milliards"). */
  words: boolean
  /** Only an article stands for the one ("a decade", "un million"): it counts nothing alone. */
  article: boolean
  /** Four plain digits in the range of years. */
  yearLike: boolean
}

/** Digit strings longer than this are ids or codes, never figures. */
const MAX_DIGITS = 15

/**
 * The value of a digit string under a locale's convention. Both marks: the last is the decimal one
 * (1,234.5; 1.234,5). One kind of mark: the locale's decimal mark once is a decimal ("1,5" in
 * French, "2.5" in English); the other mark, or any mark repeated, between groups of three digits
 * separates thousands ("2,750"; "2.901" and "40.000" in French), and so does a French comma before
 * exactly three digits with no scale word after ("2,750 tonnes").
 */
export function digitValue(raw: string, decimal: '.' | ',', scaled = false): number {
  if (/^\d+$/.test(raw)) return Number(raw)
  const dots = raw.split('.').length - 1
  const commas = raw.split(',').length - 1
  if (dots && commas) {
    const dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ','
    return Number(raw.split(dec === '.' ? ',' : '.').join('').replace(dec, '.'))
  }
  const mark = dots ? '.' : ','
  const groups = raw.split(mark)
  const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3 && groups[0] !== '0'
  // A comma before three digits is a thousands mark even in French text that copies the English
  // style ("2,750 tonnes"): three decimals are rare in the news, unless a scale word follows ("1,250 million").
  if (thousands && (mark !== decimal || groups.length > 2 || (mark === ',' && !scaled))) return Number(groups.join(''))
  if (groups.length > 2) return NaN
  return Number(`${groups[0]}.${groups[1]}`)
}

/** Digits at token i, with French groups split by spaces joined ("11 300", "2 750"). */
export function readDigits(tokens: Token[], i: number, lex: LatinLexicon): { to: number; value: number; raw: string } | null {
  const t = tokens[i]
  if (!t || t.t !== 'n' || t.w.replace(/[.,]/g, '').length > MAX_DIGITS) return null
  let raw = t.w
  let to = i + 1
  if (lex.spaceGroups && /^\d{1,3}$/.test(raw)) {
    for (;;) {
      const g = tokens[to]
      if (!g || g.nl || g.t !== 'n' || g.s !== tokens[to - 1].e + 1 || !/^\d{3}(,\d+)?$/.test(g.w)) break
      raw += g.w
      to++
      if (g.w.includes(',')) break
    }
  }
  let value = digitValue(raw, lex.decimal, !!(tokens[to] && !tokens[to].nl && lex.digitScales.at(tokens, to, true)))
  // A mixed number: "2 1/2", "2½".
  const f = fractionAfter(tokens, to)
  if (f && /^\d+$/.test(raw)) { value += f.value; to = f.to }
  return Number.isFinite(value) ? { to, value, raw } : null
}

const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }

function fractionAfter(tokens: Token[], k: number): { value: number; to: number } | null {
  const t = tokens[k]
  if (!t || t.nl) return null
  if (VULGAR[t.w] !== undefined && t.s === tokens[k - 1].e) return { value: VULGAR[t.w], to: k + 1 }
  const slash = tokens[k + 1]
  const den = tokens[k + 2]
  // "2 1/2", and "2-1/2" as American copy writes it.
  if (t.w === '-' && t.s === tokens[k - 1].e && tokens[k + 1]?.s === t.e && tokens[k + 2]?.w === '/') return fractionAfterDash(tokens, k + 1)
  if (t.s !== tokens[k - 1].e + 1 || !/^[123]$/.test(t.w) || slash?.w !== '/' || slash.s !== t.e || !den || den.s !== slash.e || !/^[234]$/.test(den.w)) return null
  const v = Number(t.w) / Number(den.w)
  return v < 1 ? { value: v, to: k + 3 } : null
}

function fractionAfterDash(tokens: Token[], k: number): { value: number; to: number } | null {
  const t = tokens[k]
  const slash = tokens[k + 1]
  const den = tokens[k + 2]
  if (!/^[123]$/.test(t.w) || slash.s !== t.e || !den || den.s !== slash.e || !/^[234]$/.test(den.w)) return null
  const v = Number(t.w) / Number(den.w)
  return v < 1 ? { value: v, to: k + 3 } : null
}

const isDash = (tokens: Token[], j: number) => tokens[j]?.w === '-' && tokens[j - 1]?.e === tokens[j].s && tokens[j + 1]?.s === tokens[j].e

/**
 * Number words at token i: "twenty-five", "one hundred and five", "two and a half", "vingt et un",
 * "quatre-vingt-dix", "deux cents", "trois mille", "half a million". Units and tens add; hundreds
 * and scales multiply what stands before them. An article counts as one only before a hundred or
 * a scale ("a million"), or for its caller to pair with a unit ("a decade").
 */
export function readWords(tokens: Token[], i: number, lex: LatinLexicon): LatinNumber | null {
  const frac = lex.scaleFractions.at(tokens, i, true)
  if (frac) {
    const k = skipDash(tokens, i + frac.n)
    const sc = wordAt(tokens, k, lex)
    if (sc && sc.value.kind === 'scale') return number(i, k + sc.n, frac.value * sc.value.value, frac.value, sc.value.value, false)
  }
  let total = 0
  let current = 0
  let last: NumberWord['kind'] | null = null
  let lastValue = 0
  let lastScale = 1
  let j = i
  let article = false
  let count = 0
  for (;;) {
    const el = count > 0 && tokens[j]?.nl ? null : wordAt(tokens, j, lex)
    if (!el) break
    const { value: v, kind } = el.value
    if (kind === 'article' && count > 0 && last === 'ten') {
      // "vingt et un": the article is the unit one.
      current += 1
    } else if (kind === 'article') {
      if (count > 0) break
      const next = wordAt(tokens, j + el.n, lex)
      // "a million", "un million": the article is the one; alone it is the caller's to read.
      if (!next || (next.value.kind !== 'scale' && next.value.kind !== 'hundred')) { article = true; current = 1; j += el.n; count++; break }
      current = 1
    } else if (kind === 'unit') {
      const ok = last === null || last === 'hundred' || last === 'scale'
        || (last === 'ten' && v < 10 && lastValue % 10 === 0)
        || (last === 'ten' && v < 20 && (lastValue === 60 || lastValue === 80))
        || (last === 'unit' && lastValue === 10 && v < 10 && current % 100 === 10)
      if (!ok || (last === 'article')) break
      current += v
    } else if (kind === 'ten') {
      if (!(last === null || last === 'hundred' || last === 'scale')) break
      current += v
    } else if (kind === 'hundred') {
      if (!(last === null || last === 'unit' || last === 'article') || current >= 10) break
      current = (current || 1) * v
    } else {
      if (last === 'scale' && v >= lastScale) break
      total += (current || 1) * v
      current = 0
      lastScale = v
    }
    last = kind === 'article' && count > 0 ? 'unit' : kind
    lastValue = kind === 'unit' || kind === 'ten' ? v : lastValue
    j += el.n
    count++
    // A half: "two and a half", "two-and-a-half", "deux millions et demi".
    const h = halfAt(tokens, j, lex)
    if (h && (kind === 'unit' || kind === 'ten' || kind === 'scale')) {
      if (kind === 'scale') total += h.value * lastScale
      else current += h.value
      j = h.to
      if (kind === 'scale') break
      const sc = wordAt(tokens, skipDash(tokens, j), lex)
      if (!sc || sc.value.kind !== 'scale') break
      j = skipDash(tokens, j)
      continue
    }
    // Words join with a glued dash, a space, or "and"/"et" before the next element.
    const k = skipDash(tokens, j, lex)
    if (k !== j) { j = k; continue }
    // "and"/"et" alone, or glued between dashes as the 1990 spelling writes it ("quarante-et-un").
    const dashed = isDash(tokens, j) && isDash(tokens, j + 2) ? 1 : 0
    const t = tokens[j + dashed]
    if (t && !t.nl && lex.numberJoin.has(t.w) && wordAt(tokens, j + 1 + 2 * dashed, lex)) {
      const next = wordAt(tokens, j + 1 + 2 * dashed, lex)!
      const joins = (last === 'hundred' || last === 'scale') ? next.value.kind !== 'scale' && next.value.kind !== 'article' : last === 'ten' && (next.value.kind === 'article' || (next.value.kind === 'unit' && next.value.value < 20))
      if (joins) { j += 1 + 2 * dashed; continue }
    }
    if (tokens[j]?.nl) break
  }
  if (count === 0) return null
  const value = total + current
  // "trois milliards": 3 of a billion, for a range's first end to borrow the scale ("un milliard et demi": 1.5 of it).
  const scaled = last === 'scale' && lastScale > 1 && Number.isInteger((value * 4) / lastScale)
  return { ...number(i, j, value, scaled ? value / lastScale : value, scaled ? lastScale : 1, article) }

  function number(from: number, to: number, v: number, base: number, scale: number, art: boolean): LatinNumber {
    return { from, to, value: v, base, scale, words: true, article: art, yearLike: false }
  }
}

function wordAt(tokens: Token[], j: number, lex: LatinLexicon) {
  const t = tokens[j]
  if (!t || t.t !== 'w') return null
  return lex.numberWords.at(tokens, j, true)
}

const skipDash = (tokens: Token[], j: number, lex?: LatinLexicon) => (isDash(tokens, j) && tokens[j + 1].t === 'w' && (!lex || lex.numberWords.at(tokens, j + 1, true)) ? j + 1 : j)

/** "and a half" / "-and-a-half" / "et demi" at token j, dashes allowed between its words. */
export function halfAt(tokens: Token[], j: number, lex: LatinLexicon): { value: number; to: number } | null {
  const start = tokens[j]?.w === '-' && isDash(tokens, j) ? j + 1 : j
  // Match the phrase over the words alone, skipping glued dashes between them.
  const words: Token[] = []
  const at: number[] = []
  for (let k = start; k < start + 8 && tokens[k] && words.length < 4; k++) {
    if (tokens[k].w === '-' && isDash(tokens, k)) continue
    if (tokens[k].t !== 'w' || (k > start && tokens[k].nl)) break
    words.push(tokens[k])
    at.push(k)
  }
  const h = lex.half.at(words, 0, true)
  return h ? { value: h.value, to: at[h.n - 1] + 1 } : null
}
