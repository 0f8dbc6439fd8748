import type { QuantityKind } from '../../../model'
import type { Context } from '../contracts'
import type { Token } from '../tokens'
import type { LatinLexicon } from './lexicon'
import { halfAt } from './numbers'

/** What follows a number: its kind and unit, the token after it, and a factor or addend ("decade" ×10, "and a half" +0.5). */
export interface LatinUnit { kind: QuantityKind; unit: string | null; to: number; factor?: number; add?: number }

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s

/** A hyphen at token k glued to the words on both sides of it ("50-million", "five-day", "million-dollar"). */
export const hyphenGlued = (tokens: Token[], k: number) => tokens[k]?.w === '-' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1])

/**
 * The unit after a number at token k: percent, currency, time unit, measure, else a plain count.
 * After a scale word or a vague amount, "of"/"de" may stand before the unit ("millions of dollars",
 * "1,5 million d'euros", "une soixantaine de kilomètres").
 */
export function unitAt(ctx: Context, lex: LatinLexicon, k: number, opts: { scaled: boolean; vague: boolean }): LatinUnit {
  const { tokens } = ctx
  const none: LatinUnit = { kind: 'count', unit: null, to: k }
  const t = tokens[k]
  if (!t || t.nl || !unitStarts(lex).has(t.w)) return none
  if (t.w === '%') return { kind: 'percent', unit: '%', to: k + 1 }
  const pct = lex.percent.at(tokens, k, true)
  if (pct) return { kind: 'percent', unit: '%', to: k + pct.n }
  const direct = unitWord(ctx, lex, k)
  if (direct) return direct
  const of = (opts.scaled || opts.vague) ? lex.of.at(tokens, k, true) : null
  if (of && tokens[k + of.n] && !tokens[k + of.n].nl) {
    // "des dizaines d'années", "une quinzaine de jours": a vague amount of a time unit is a duration;
    // after a scale ("1,5 million de jours") the unit is what is counted, not a duration.
    const after = unitWord(ctx, lex, k + of.n)
    if (after && (after.kind !== 'duration' || opts.vague)) return after
  }
  // "deux dernières semaines": an adjective between the number and its time unit.
  if (lex.unitAdjectives.has(t.w)) {
    const tu = tokens[k + 1] && !tokens[k + 1].nl ? lex.timeUnits.at(tokens, k + 1, true) : null
    if (tu) return duration(tokens, lex, k + 1 + tu.n, tu.value.unit, tu.value.factor)
  }
  return none
}

// The words any unit can start with, gathered once per lexicon: most numbers are followed by none.
const starts = new WeakMap<LatinLexicon, Set<string>>()
function unitStarts(lex: LatinLexicon): Set<string> {
  let set = starts.get(lex)
  if (!set) {
    set = new Set(['%', ...lex.percent.firstWords(), ...lex.currencyAfter.firstWords(), ...lex.timeUnits.firstWords(), ...lex.measures.firstWords(), ...lex.of.firstWords(), ...lex.unitAdjectives])
    starts.set(lex, set)
  }
  return set
}

function unitWord(ctx: Context, lex: LatinLexicon, k: number): LatinUnit | null {
  const { tokens } = ctx
  const cur = lex.currencyAfter.at(tokens, k, true)
  if (cur) return { kind: 'money', unit: cur.value, to: k + cur.n }
  const tu = lex.timeUnits.at(tokens, k, true)
  if (tu) return duration(tokens, lex, k + tu.n, tu.value.unit, tu.value.factor)
  const me = lex.measures.at(tokens, k, true)
  if (me) return { kind: 'count', unit: me.value, to: k + me.n }
  return null
}

// "four years", "un an et demi", "a year and a half": a half after the unit adds to the number.
function duration(tokens: Token[], lex: LatinLexicon, to: number, unit: string, factor: number): LatinUnit {
  // "une année entière": a word of wholeness after the unit stays in the span.
  if (tokens[to] && !tokens[to].nl && lex.unitAfter.has(tokens[to].w)) to++
  const h = tokens[to] && !tokens[to].nl ? halfAt(tokens, to, lex) : null
  return h ? { kind: 'duration', unit, to: h.to, factor, add: h.value * factor } : { kind: 'duration', unit, to, factor }
}

/**
 * A hyphenated unit glued to its number ("five-day", "18-month", "2.5-year", "three-member",
 * "6.8-magnitude", "60-plus"): the word is part of the figure's span.
 */
export function hyphenUnitAt(ctx: Context, lex: LatinLexicon, k: number): (LatinUnit & { plus?: boolean }) | null {
  const { tokens } = ctx
  const w = tokens[k + 1]
  if (!hyphenGlued(tokens, k) || w.t !== 'w') return null
  const tu = lex.timeUnits.at(tokens, k + 1, true)
  if (tu) {
    let to = k + 1 + tu.n
    // "a five-year-old girl": an age is a duration too.
    if (tokens[to]?.w === '-' && glued(tokens[to - 1], tokens[to]) && tokens[to + 1]?.w === 'old' && glued(tokens[to], tokens[to + 1])) to += 2
    return { kind: 'duration', unit: tu.value.unit, to, factor: tu.value.factor }
  }
  const me = lex.measures.at(tokens, k + 1, true)
  if (me) return { kind: 'count', unit: me.value, to: k + 1 + me.n }
  if (w.w === 'plus') return { kind: 'count', unit: null, to: k + 2, plus: true }
  return { kind: 'count', unit: null, to: k + 2 }
}

/** A rate after an amount: "a month", "per day", "par an". */
export function perAt(tokens: Token[], lex: LatinLexicon, k: number): { per: string; to: number } | null {
  const t = tokens[k]
  if (!t || t.nl) return null
  const p = lex.per.at(tokens, k, true)
  return p ? { per: p.value, to: k + p.n } : null
}
