import type { Qualifier, Quantity, QuantityKind } from '../../../model'
import type { Context, Hit } from '../contracts'
import { round6 } from '../qualify'
import type { Token } from '../tokens'
import type { LatinLexicon } from './lexicon'
import { perAt, type LatinUnit } from './units'

/** A number as a parser read it, with its unit already found. */
export interface LatinCore {
  from: number
  lo: number
  hi: number
  vague: boolean
  words: boolean
  base: number
  scale: number
  unit: LatinUnit
  qualifier?: Qualifier | null
  /** The figure stands only if a range takes it ("three" in "three to five days"). */
  weak?: boolean
}

/**
 * The hit of a number and its unit: a rate after it ("a month", "par an"), the counted noun, and
 * how it was written (for range merging).
 */
export function latinHit(ctx: Context, lex: LatinLexicon, core: LatinCore, parser: string): Hit {
  const { tokens } = ctx
  const { unit } = core
  // A half after a vague amount's unit ("several years and a half") adds nothing to a vague interval.
  const add = core.vague ? 0 : unit.add ?? 0
  const lo = core.lo * (unit.factor ?? 1) + add
  const hi = core.hi * (unit.factor ?? 1) + add
  let to = unit.to
  const rated = unit.kind === 'money' || (unit.kind === 'count' && !core.vague)
  const per = rated ? perAt(tokens, lex, to) : null
  if (per) to = per.to
  // "2,500 dirhams ($242) a month": a rate after a conversion in brackets applies to both amounts, outside their spans.
  const later = rated && !per ? perAfterBrackets(tokens, lex, to) : null
  const counted = rated && !per && !later && unit.kind === 'count' && unit.unit === null ? countedRate(tokens, lex, to) : null
  if (counted) to = counted.to
  const period = per?.per ?? later ?? counted?.per ?? null
  const kind: QuantityKind = period ? 'rate' : unit.kind
  const qualifier = core.qualifier ?? (core.vague ? 'vague' : null)
  const q: Quantity = {
    kind, lo: round6(lo), hi: round6(hi),
    unit: period ? `${unit.unit ?? 'count'}/${period}` : unit.unit,
    per: period, precision: core.vague ? 'vague' : precisionOf(lo, core.words), qualifier,
  }
  if (qualifier === 'more-than' || qualifier === 'at-least') q.hi = null
  const dayLike = !core.words && !core.vague && unit.kind === 'count' && unit.unit === null && unit.to === core.from + 1 && Number.isInteger(core.lo) && core.lo >= 1 && core.lo <= 31
  const hit: Hit = {
    from: core.from, to, skip: 0, quantity: q, counted: kind === 'count' ? countedPhrase(tokens, lex, to) : null, parser,
    num: core.vague || qualifier ? undefined : { value: core.base, scale: core.scale, words: core.words, dayLike },
  }
  if (core.weak) hit.weak = true
  return hit
}

// "51 ships a day", "200 camions par jour": a rate of the things a count counts, one or two words of
// noun between. Not "12 people a day earlier", where the words after say when.
const NOT_RATE_AFTER = new Set(['earlier', 'later', 'before', 'after', 'ago', 'plus', 'auparavant', 'avant', 'après', 'tard'])
function countedRate(tokens: Token[], lex: LatinLexicon, k: number): { per: string; to: number } | null {
  const c = countedPhrase(tokens, lex, k)
  if (!c || c[0] !== k) return null
  for (let e = c[0] + 1; e <= Math.min(c[1], c[0] + 2); e++) {
    const p = perAt(tokens, lex, e)
    if (p && !(tokens[p.to] && !tokens[p.to].nl && NOT_RATE_AFTER.has(tokens[p.to].w))) return p
  }
  return null
}

// A rate word right after brackets that follow the amount ("(…) a month"), or right after the closing bracket the amount sits in.
function perAfterBrackets(tokens: Token[], lex: LatinLexicon, k: number): string | null {
  let j = k
  if (tokens[j]?.w === '(') {
    while (j < k + 8 && tokens[j] && tokens[j].w !== ')' && !tokens[j].nl) j++
  }
  if (tokens[j]?.w !== ')' || tokens[j].nl) return null
  return perAt(tokens, lex, j + 1)?.per ?? null
}

function precisionOf(v: number, words: boolean): Quantity['precision'] {
  if (!Number.isInteger(v)) return 'exact'
  return words || (v >= 100 && v % 100 === 0) ? 'round' : 'exact'
}

/** The counted noun phrase after a count: up to three words, "of"/"de" skipped ("dozens of houses"). */
export function countedPhrase(tokens: Token[], lex: LatinLexicon, k: number): [number, number] | null {
  let s = k
  const of = tokens[s] && !tokens[s].nl ? lex.of.at(tokens, s, true) : null
  if (of) s += of.n
  let e = s
  while (e < s + 3 && tokens[e] && !tokens[e].nl && tokens[e].t === 'w' && !lex.stop.has(tokens[e].w)) e++
  return e > s ? [s, e] : null
}
