import type { Context, Hit } from '../contracts'
import type { Token } from '../tokens'
import type { LatinLexicon } from './lexicon'
import { latinHit } from './quantity'
import { readDigits, readWords } from './numbers'
import { unitAt } from './units'

/**
 * A vague amount at token i with its conventional interval and its unit: "dozens" [20, 99],
 * "hundreds of kilometres", "a few hours", "several thousand", "des dizaines de milliers",
 * "une soixantaine de kilomètres" (about 60 km). "a few", "several", "quelques" and "plusieurs"
 * count only before a noun or a scale word.
 */
export function readVague(ctx: Context, lex: LatinLexicon, i: number, parser: string): Hit | null {
  const { tokens } = ctx
  const v = lex.vague.at(tokens, i, true)
  if (!v) return null
  let { lo, hi } = v.value
  let to = i + v.n
  const sc = v.value.scales && tokens[to] && !tokens[to].nl ? lex.numberWords.at(tokens, to, true) : null
  // "several hundred" [300, 999]: a vague number of hundreds stays below the next order ("hundreds" [200, 999]).
  if (sc && (sc.value.kind === 'scale' || sc.value.kind === 'hundred')) { lo *= sc.value.value; hi = Math.min(hi * sc.value.value, belowNextOrder(sc.value.value)); to += sc.n }
  // "several hundred million dollars", "a few hundred thousand people": a scale after the hundreds multiplies again.
  const again = sc && tokens[to] && !tokens[to].nl ? scaleAt(tokens, lex, to) : null
  if (again) { lo *= again.scale; hi *= again.scale; to += again.n }
  // "plusieurs centaines de millions d'euros", "quelques dizaines de milliers", "dozens of billions": a vague number of tens or hundreds of a scale.
  const of = !sc && !v.value.scales && lo >= 20 && tokens[to] && !tokens[to].nl ? lex.of.at(tokens, to, true) : null
  const big = of && tokens[to + of.n] && !tokens[to + of.n].nl ? scaleAt(tokens, lex, to + of.n) : null
  if (big) { lo *= big.scale; hi *= big.scale; to += of!.n + big.n }
  const next = tokens[to]
  if (v.value.scales && !sc && (!next || next.nl || next.t !== 'w' || lex.stop.has(next.w)) && !partitive(tokens, lex, to)) return null
  const unit = unitAt(ctx, lex, to, { scaled: false, vague: true })
  return latinHit(ctx, lex, { from: i, lo, hi, vague: true, words: true, base: lo, scale: 1, unit, qualifier: v.value.qualifier }, parser)
}

// A scale word at k: "million", "milliards", or the one-word plural a locale lists as a vague amount
// ("milliers", "thousands", "billions": [2, 9.99] times their scale), as the scale alone.
function scaleAt(tokens: Token[], lex: LatinLexicon, k: number): { scale: number; n: number } | null {
  const w = lex.numberWords.at(tokens, k, true)
  if (w) return w.value.kind === 'scale' && w.value.value >= 1e3 ? { scale: w.value.value, n: w.n } : null
  const v = lex.vague.at(tokens, k, true)
  const order = v && v.n === 1 && v.value.qualifier === 'vague' ? v.value.lo / 2 : 0
  return order >= 1e3 && Number.isInteger(Math.log10(order)) ? { scale: order, n: 1 } : null
}

// "plusieurs de ses sollicitations", "plusieurs d'entre eux", "several of the victims": a vague
// number of a group already determined counts its members.
function partitive(tokens: Token[], lex: LatinLexicon, k: number): boolean {
  if (!tokens[k] || tokens[k].nl) return false
  // "plusieurs des victimes": the determiner carries the "of".
  if (lex.partitives.has(tokens[k].w)) return true
  const of = lex.of.at(tokens, k, true)
  const det = of ? tokens[k + of.n] : null
  return !!det && !det.nl && lex.partitives.has(det.w)
}

/** A share of a whole (a fraction) over tokens [from, to), as a percentage to two decimals. */
function shareHit(from: number, to: number, fraction: number, parser: string): Hit {
  const v = Math.round(fraction * 10000) / 100
  return { from, to, skip: 0, counted: null, parser, quantity: { kind: 'percent', lo: v, hi: v, unit: '%', per: null, precision: 'round', qualifier: null } }
}

/** A share of a whole at token i: "half of them", "a third of the population", "la moitié de la ville" → a percentage. */
export function readShare(ctx: Context, lex: LatinLexicon, i: number, parser: string): Hit | null {
  const { tokens } = ctx
  const fr = lex.fractions.at(tokens, i, true)
  if (!fr) return null
  const next = tokens[i + fr.n]
  if (lex.notShareLeads.has(tokens[i - 1]?.w ?? '')) return null
  // A plural share ("two-thirds were women", "trois quarts ont fui") is one without "of" after it;
  // "half", "a third" alone may be something else ("in half", "a third victim").
  const plural = fr.n > 1 && /s$/.test(tokens[i + fr.n - 1].w) && fr.value > 0.5
  if (!plural && (!next || next.nl || !lex.shareFollowers.has(next.w))) return null
  return shareHit(i, i + fr.n, fr.value, parser)
}

// Words that may stand between "one" and "in"/"sur": the thing counted and an adjective ("un habitant sur trois").
const ONE_IN_GAP = 2

/**
 * A share written as one of every so many at token i: "one in three", "one resident in five",
 * "un habitant sur trois", "une maison sur deux" → a percentage (33.33 %, 20 %, 50 %).
 */
export function readOneIn(ctx: Context, lex: LatinLexicon, i: number, parser: string): Hit | null {
  const { tokens } = ctx
  const one = lex.numberWords.at(tokens, i, true)
  if (!one || one.value.value !== 1 || one.n !== 1) return null
  for (let k = i + 1; k <= i + 1 + ONE_IN_GAP && tokens[k] && !tokens[k].nl; k++) {
    if (lex.oneIn.has(tokens[k].w)) {
      const n = tokens[k + 1]
      if (!n || n.nl) return null
      const of = n.t === 'n' ? readDigits(tokens, k + 1, lex) : readWords(tokens, k + 1, lex)
      if (!of || of.value < 2 || of.value > 1000 || !Number.isInteger(of.value)) return null
      // "one person died in three days" is a time, not a share.
      const after = tokens[of.to]
      if (after && !after.nl && (lex.timeUnits.at(tokens, of.to, true) || lex.measures.at(tokens, of.to, true))) return null
      return shareHit(i, of.to, 1 / of.value, parser)
    }
    if (tokens[k].t !== 'w' || lex.stop.has(tokens[k].w)) return null
  }
  return null
}

// The top of a vague number of a scale, as the plural's interval has it: 999 hundreds' worth, 9,999 thousands', 9.99 million.
const belowNextOrder = (scale: number) => (!Number.isInteger(Math.log10(scale)) ? Infinity : scale >= 1e6 ? 9.99 * scale : 10 * scale - 1)
