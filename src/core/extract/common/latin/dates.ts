import type { Context, Hit } from '../contracts'
import { dateQuantity, type DatePoint } from '../dates'
import type { PhraseSet } from '../phrases'
import type { Token } from '../tokens'
import type { LatinLexicon } from './lexicon'

// Readers shared by the English and French date parsers: a month name (abbreviated or not), a day
// number (with an ordinal suffix), a year that is not a number of something.

/** A date point over tokens [from, to). */
export interface LatinPoint extends DatePoint { from: number; to: number }

export const isYear = (t: Token | undefined) => !!t && t.t === 'n' && /^\d{4}$/.test(t.w) && Number(t.w) >= 1800 && Number(t.w) <= 2100

/** A month name at token j ("September", "Sept.", "sept"); an abbreviation takes its dot. */
export function monthAt(tokens: Token[], j: number, months: PhraseSet<number>, abbreviations: Set<string>): { m: number; to: number; word: string } | null {
  const t = tokens[j]
  if (!t || t.t !== 'w') return null
  const mo = months.at(tokens, j, true)
  if (!mo) return null
  let to = j + mo.n
  if (tokens[to]?.w === '.' && tokens[to].s === tokens[to - 1].e && abbreviations.has(t.w)) to++
  return { m: mo.value, to, word: t.w }
}

/**
 * A day number at token k: 1–31, with a glued ordinal suffix ("12th", "1er"). `first` when the day
 * opens the date, which may then start a line ("22 juin 2022 : 1 163 morts" in a list of dates).
 */
export function dayAt(tokens: Token[], k: number, lex: LatinLexicon, first = false): { d: number; to: number } | null {
  const t = tokens[k]
  if (!t || t.t !== 'n' || (t.nl && !first) || !/^\d{1,2}$/.test(t.w)) return null
  const d = Number(t.w)
  if (d < 1 || d > 31) return null
  const suf = tokens[k + 1]
  if (suf && suf.s === t.e && suf.t === 'w') return lex.ordinalSuffixes.has(suf.w) ? { d, to: k + 2 } : null
  return { d, to: k + 1 }
}

/** Year digits at token k, on the same line, that do not count something ("2025 dollars" is no year). */
export function yearAt(tokens: Token[], k: number, lex: LatinLexicon): number | null {
  const t = tokens[k]
  if (!isYear(t) || t.nl) return null
  const after = tokens[k + 1]
  if (after && !after.nl && (after.w === '%' || lex.currencyAfter.at(tokens, k + 1, true) || lex.percent.at(tokens, k + 1, true) || lex.measures.at(tokens, k + 1, true) || lex.digitScales.at(tokens, k + 1, true))) return null
  if (after && after.s === t.e && (after.t === 'w' || after.w === '-' && tokens[k + 2]?.t === 'w')) return null
  return Number(t.w)
}

/** A year after a comma or a space: "March 12, 2019", "8 August, 2020". */
export function yearAfter(tokens: Token[], k: number, lex: LatinLexicon): { y: number; to: number } | null {
  const comma = tokens[k]?.w === ','
  const y = yearAt(tokens, comma ? k + 1 : k, lex)
  return y === null ? null : { y, to: (comma ? k + 1 : k) + 1 }
}

/** The hit of a date point (and a range's end), resolved later by the ResolveDates refiner. */
export function dateHit(p: LatinPoint, parser: string, end?: DatePoint, weak = false): Hit {
  const { from, to, ...point } = p
  const hit: Hit = { from, to, skip: 0, counted: null, parser, point, quantity: dateQuantity(end ? 'daterange' : 'date', null, 'day') }
  if (end) hit.end = end
  if (weak) hit.weak = true
  return hit
}

/** "2023-24": a span of two years written with the second shortened; null if the digits at i are not one. */
export function shortYearSpan(tokens: Token[], i: number): { y: number; y2: number; to: number } | null {
  const t = tokens[i]
  const dash = tokens[i + 1]
  const b = tokens[i + 2]
  if (!isYear(t) || !dash || dash.w !== '-' || dash.s !== t.e || !b || b.s !== dash.e || !/^\d\d$/.test(b.w)) return null
  const y = Number(t.w)
  const y2 = Math.floor(y / 100) * 100 + Number(b.w)
  return y2 === y + 1 ? { y, y2, to: i + 3 } : null
}

// How far back in its clause a future verb may stand from the date it sets ("will resume on Monday").
const FUTURE_REACH = 6

/**
 * Whether the clause before token i sets a date in the future: "talks will resume on Monday", "le
 * Conseil se réunira le 3 décembre". A weekday or a month without a year is then the next one.
 */
export function futureBefore(ctx: Context, i: number, lex: LatinLexicon): boolean {
  const { tokens } = ctx
  for (let k = i - 1; k >= Math.max(0, i - FUTURE_REACH); k--) {
    const t = tokens[k]
    if (tokens[k + 1].nl || t.t === 'p' && t.w !== "'" && t.w !== '\u2019' || lex.clauseEnds.has(t.w)) return false
    if (lex.futureWords.has(t.w)) return true
    // "The fair, to be held November 11-14": a plan.
    if (t.w === 'be' && tokens[k - 1]?.w === 'to') return true
    if (t.t === 'w' && t.w.length > 4 && lex.futureEndings.some((e) => t.w.endsWith(e))) {
      const raw = ctx.original.text[ctx.original.offsets[t.s]]
      if (raw === raw.toLowerCase()) return true
    }
  }
  return false
}

// What starts on a weekday is set from that day on: "declared three days of mourning starting
// Thursday", "à partir de jeudi", "à compter de jeudi". ("dès mardi" and "from Tuesday" also tell
// since when something already happened, so they are not read so.)
const START_ONE = new Set(['starting', 'beginning', 'effective'])
const START_TWO = new Set(['partir', 'compter'])

/** Whether a start bound stands right before token i ("starting Thursday", "à partir de jeudi"): the weekday is the first such day on or after the publication day. */
export function startBefore(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1]
  if (!a || tokens[i].nl) return false
  if (START_ONE.has(a.w)) return true
  return (a.w === 'de' || a.w === 'du') && START_TWO.has(tokens[i - 2]?.w ?? '') && tokens[i - 3]?.w === 'à'
}

/** A locale's words for a quarter or a half of a year. */
export interface YearPartWords {
  /** "first" → 1, "deuxième" → 2. */
  ordinals: PhraseSet<number>
  /** "quarter" → 3 months, "semestre" → 6. */
  periods: PhraseSet<number>
  /** Letters glued to a quarter's number ("Q3", "T3"). */
  letters: Set<string>
  /** "of", "de", "du": between the period and its year. */
  of: PhraseSet<true>
  /** A year counted from the publication ("last year", "l'année dernière"). */
  relative: PhraseSet<{ unit: string; offset: number }>
}

/**
 * A quarter or a half of a named year at token i: "the first quarter of 2024", "the second half of
 * 2023", "Q3 2024", "au premier trimestre 2024", "le 1er semestre de l'année dernière". Without a
 * year it says nothing a reader could place ("au premier trimestre"), so it is no date.
 */
export function yearPartAt(ctx: Context, lex: LatinLexicon, words: YearPartWords, i: number): LatinPoint | null {
  const { tokens } = ctx
  const t = tokens[i]
  let ord: number
  let size: number
  let k: number
  const q = t.t === 'w' && words.letters.has(t.w) ? tokens[i + 1] : null
  if (q && q.s === t.e && /^[1-4]$/.test(q.w)) {
    ord = Number(q.w)
    size = 3
    k = i + 2
  } else {
    const o = t.t === 'n' && /^[1-4]$/.test(t.w) && tokens[i + 1]?.s === t.e && lex.ordinalSuffixes.has(tokens[i + 1].w) ? { value: Number(t.w), n: 2 } : words.ordinals.at(tokens, i, true)
    if (!o || !tokens[i + o.n] || tokens[i + o.n].nl) return null
    const per = words.periods.at(tokens, i + o.n, true)
    if (!per) return null
    ord = o.value
    size = per.value
    k = i + o.n + per.n
  }
  if (ord < 1 || ord * size > 12 || !tokens[k] || tokens[k].nl) return null
  const of = words.of.at(tokens, k, true)
  const j = of && tokens[k + of.n] && !tokens[k + of.n].nl ? k + of.n : k
  const months: [number, number] = [(ord - 1) * size + 1, ord * size]
  const y = yearAt(tokens, j, lex)
  if (y !== null) return { from: i, to: j + 1, y, months }
  const rel = words.relative.at(tokens, j, true)
  if (!rel || rel.value.unit !== 'year') return null
  // "de l'année 2024": the year named after "l'année".
  const named = rel.value.offset === 0 && tokens[j + rel.n] && !tokens[j + rel.n].nl ? yearAt(tokens, j + rel.n, lex) : null
  if (named !== null) return { from: i, to: j + rel.n + 1, y: named, months }
  return { from: i, to: j + rel.n, relative: { unit: 'year', offset: rel.value.offset }, months }
}

/**
 * "the next day", "la veille", "later that day": a day counted from the last day the text gave
 * (ResolveDates finds it), with a time of day after it ("le lendemain matin"). None before the event
 * it would then be counted from ("the day after the vote", "la veille du scrutin", "the day before
 * Christmas"): that event is no day of the text.
 */
export function anaphoricDayAt(ctx: Context, i: number, days: PhraseSet<number>, eventOpeners: Set<string>, timesOfDay: Set<string> | PhraseSet<unknown>, parser: string): Hit | null {
  const { tokens } = ctx
  const hit = days.at(tokens, i, true)
  if (!hit) return null
  let to = i + hit.n
  const next = tokens[to] && !tokens[to].nl ? tokens[to] : undefined
  // (Only a phrase that can take an event after it: "a day earlier the count stood at 300" does not.)
  const open = OPEN_ENDED.has(tokens[to - 1].w)
  if (next && open && (eventOpeners.has(next.w) || (next.t === 'w' && startsCapital(ctx, next)))) return null
  if (next) to += timesOfDay instanceof Set ? +timesOfDay.has(next.w) : timesOfDay.at(tokens, to, true)?.n ?? 0
  return dateHit({ from: i, to, anchored: hit.value }, parser)
}

const OPEN_ENDED = new Set(['before', 'after', 'prior', 'veille', 'lendemain'])
const startsCapital = (ctx: Context, t: Token) => /^\p{Lu}/u.test(ctx.original.text.charAt(ctx.original.offsets[t.s] ?? -1))
