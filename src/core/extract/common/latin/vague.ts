import type { Context, Hit } from '../contracts'
import type { LatinLexicon } from './lexicon'
import { latinHit } from './quantity'
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
  if (sc && (sc.value.kind === 'scale' || sc.value.kind === 'hundred')) { lo *= sc.value.value; hi *= sc.value.value; to += sc.n }
  const next = tokens[to]
  if (v.value.scales && !sc && (!next || next.nl || next.t !== 'w' || lex.stop.has(next.w))) return null
  const unit = unitAt(ctx, lex, to, { scaled: false, vague: true })
  return latinHit(ctx, lex, { from: i, lo, hi, vague: true, words: true, base: lo, scale: 1, unit, qualifier: v.value.qualifier }, parser)
}

/** A share of a whole at token i: "half of them", "a third of the population", "la moitié de la ville" → a percentage. */
export function readShare(ctx: Context, lex: LatinLexicon, i: number, parser: string): Hit | null {
  const { tokens } = ctx
  const fr = lex.fractions.at(tokens, i, true)
  if (!fr) return null
  const next = tokens[i + fr.n]
  if (!next || next.nl || !lex.shareFollowers.has(next.w) || lex.notShareLeads.has(tokens[i - 1]?.w ?? '')) return null
  const v = Math.round(fr.value * 10000) / 100
  return { from: i, to: i + fr.n, skip: 0, counted: null, parser, quantity: { kind: 'percent', lo: v, hi: v, unit: '%', per: null, precision: 'round', qualifier: null } }
}
