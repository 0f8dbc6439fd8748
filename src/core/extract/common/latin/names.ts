import type { Context, Hit } from '../contracts'
import type { Token } from '../tokens'
import type { LatinLexicon } from './lexicon'

// Digits that are not figures in Latin-script text: part of a name ("Alalam24", "C-130", "787-8",
// "COVID-19", "Resolution 2719", "France 2"), ordinals ("6th", "3e"), list markers, clock times
// written with a zone ("2211 GMT"), page furniture ("3 min read", "245 shares"), ids and phone
// numbers written with a leading zero ("0030-6943850188").

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s
const CLOCK_ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'hrs', 'am', 'pm'])
/** Unseparated digit runs this long are ids, not counts (a count that large is written with separators). */
const ID_DIGITS = 7

/** How the digits at token j are not a figure: a name or an ordinal (skip), or furniture to consume; null if they may be one. */
export function notAFigure(ctx: Context, j: number, lex: LatinLexicon): 'name' | { to: number } | null {
  const { tokens } = ctx
  const t = tokens[j]
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  // A word glued before the digits: "Alalam24", "TF1", "COP28", "A320" (currency signs are read before this).
  if (prev && glued(prev, t) && prev.t === 'w') return 'name'
  // "C-130", "COVID-19", "Mi-35": a word, a dash, digits.
  if (prev && prev.w === '-' && glued(prev, t) && tokens[j - 2]?.t === 'w' && glued(tokens[j - 2], prev)) return 'name'
  // "Boeing 787-8", "A320-200": the variant after a model's number is part of its name.
  if (prev && prev.w === '-' && glued(prev, t) && tokens[j - 2]?.t === 'n' && glued(tokens[j - 2], prev) && notAFigure(ctx, j - 2, lex) === 'name') return 'name'
  if (next && glued(t, next) && next.t === 'w') {
    if (lex.ordinalSuffixes.has(next.w)) return 'name'
    if (next.w === 'am' || next.w === 'pm') return { to: j + 2 }
    // "1990s" is a decade, read by the decade parser; other glued words name something ("4x4", "F16" read backwards).
    if (next.w === 's') return 'name'
    if (!lex.digitScales.at(tokens, j + 1, true) && !lex.measures.at(tokens, j + 1, true) && !lex.timeUnits.at(tokens, j + 1, true) && !lex.currencyAfter.at(tokens, j + 1, true)) return 'name'
  }
  if (prev && !t.nl && prev.t === 'w' && (lex.nameHeads.has(prev.w) || acronym(ctx, j - 1, lex))) return 'name'
  // A number to call: "composer le 1016", "dial 112", "numéro vert : 3114".
  const dial = prev?.w === ':' ? j - 2 : j - 1
  if (!t.nl && dial >= 0 && lex.dialLeads.endingAt(tokens, dial)) return 'name'
  // "Réf : 240613", "ID: 4471", "No. 10".
  if (prev && !t.nl && (prev.w === ':' || prev.w === '.') && tokens[j - 2]?.t === 'w' && lex.nameHeads.has(tokens[j - 2].w)) return 'name'
  // "No. 10", "n° 5".
  if (prev && (prev.w === '°' || prev.w === 'º' || prev.w === '#')) return 'name'
  // A list marker: "1." or "2)" at the start of a line.
  if ((j === 0 || t.nl) && next && (next.w === '.' || next.w === ')') && glued(t, next) && !(tokens[j + 2] && /^\d/.test(tokens[j + 2].w))) return 'name'
  if (next && !next.nl && CLOCK_ZONES.has(next.w) && /^\d{3,4}$/.test(t.w)) return { to: j + 2 }
  // "10 h 30": a clock time written with spaces.
  if (next && !next.nl && (next.w === 'h' || next.w === ':') && /^\d{1,2}$/.test(t.w) && Number(t.w) <= 24 && /^\d\d$/.test(tokens[j + 2]?.w ?? '') && !tokens[j + 2].nl) return { to: j + 3 }
  // "10 a.m.", "3 pm", "5 o'clock".
  const clock = next && !next.nl && /^\d{1,2}$/.test(t.w) && Number(t.w) <= 24 ? lex.clockWords.at(tokens, j + 1, true) : null
  if (clock) return { to: j + 1 + clock.n }
  const f = next && !next.nl ? lex.furniture.at(tokens, j + 1, true) : null
  if (f) return { to: j + 1 + f.n }
  const lead = prev?.w === ':' ? j - 2 : j - 1
  if (!t.nl && lead >= 0 && lex.furnitureLeads.endingAt(tokens, lead)) {
    const u = next && !next.nl && next.t === 'w' ? 1 : 0
    return { to: j + 1 + u }
  }
  if (/^\d+$/.test(t.w) && t.w.length >= ID_DIGITS && !lex.digitScales.at(tokens, j + 1, true)) return { to: j + 1 }
  // A leading zero: a phone number or a code, with the groups joined to it ("0030-6943850188").
  if (/^0\d+$/.test(t.w)) {
    let to = j + 1
    while (tokens[to] && !tokens[to].nl && (tokens[to].w === '-' || tokens[to].w === '.') && /^\d+$/.test(tokens[to + 1]?.w ?? '') && glued(tokens[to], tokens[to + 1])) to += 2
    return { to }
  }
  return null
}

/** A hit that consumes tokens [from, to) and is dropped: no parser reads a figure inside it. */
export function consumed(from: number, to: number, parser: string): Hit {
  return { from, to, skip: 0, counted: null, parser, drop: true, quantity: { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null } }
}

/**
 * An acronym names what the number after it belongs to ("COP 28", "IDEX 2025"),
 * unless it is a unit or a currency ("USD 5", "GMT") or the whole line is in capitals (a headline).
 */
export function acronym(ctx: Context, i: number, lex: LatinLexicon): boolean {
  const r = rawToken(ctx, i)
  if (r.length < 2 || r !== r.toUpperCase() || r === r.toLowerCase()) return false
  const { tokens } = ctx
  if ((lex.currencyBefore.at(tokens, i, true) && !CAPITAL_NAMES.has(r)) || lex.currencyAfter.at(tokens, i, true) || lex.measures.at(tokens, i, true) || CLOCK_ZONES.has(tokens[i].w)) return false
  const before = tokens[i - 1]
  const r0 = before && !tokens[i].nl && before.t === 'w' ? rawToken(ctx, i - 1) : ''
  return !(r0.length > 1 && r0 === r0.toUpperCase())
}

// The rupee is written "Rs" or "Rs."; in capitals ("RS 24", "RS-28") the letters name a model.
const CAPITAL_NAMES = new Set(['RS'])

/** The currency written before the digits at token i, unless its capitals make it a name ("RS 24 Yars", a missile) outside a headline in capitals. */
export function currencyBeforeAt(ctx: Context, i: number, lex: LatinLexicon) {
  const cur = lex.currencyBefore.at(ctx.tokens, i, true)
  return cur && CAPITAL_NAMES.has(rawToken(ctx, i)) && acronym(ctx, i, lex) ? null : cur
}

/** Token i as the source writes it, before folding. */
export function rawToken(ctx: Context, i: number): string {
  const { offsets, text } = ctx.original
  const t = ctx.tokens[i]
  return text.slice(offsets[t.s], offsets[t.e - 1] + 1)
}
