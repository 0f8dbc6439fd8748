import type { Context } from '../../common/contracts'
import type { DatePoint } from '../../common/dates'
import { dayAt, isYear, monthAt, yearAfter, yearAt, type LatinPoint } from '../../common/latin/dates'
import { rawToken } from '../../common/latin/names'
import type { Token } from '../../common/tokens'
import { LEX, L } from './lexicon'

// Readers shared by the English date parsers: a date written month first ("March 12, 2019",
// "Sept. 10-12") or day first ("12 March 2019", "12th of March"), and what may follow a month.

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s
const WEAK_AFTER = new Set(['have', 'has', 'be', 'been', 'not', 'also', 'still', 'never', 'well', 'soon', 'yet', 'only', 'even', 'need', 'take', 'face', 'see', 'lose', 'remain', 'die', 'come', 'go', 'get', 'become', 'rise', 'fall', 'reach', 'hit', 'top', 'exceed'])

/** A date point and, for "September 10-11", the range's end. */
export interface EnDate extends LatinPoint { end?: DatePoint }

/** "March 12, 2019", "Sept. 14", "September 10-11", "March 3-7, 2024", "March 2019", "March" (lone month: see `lone`). */
export function monthFirstAt(ctx: Context, j: number, lone: 'any' | 'strong' | 'none'): EnDate | null {
  const { tokens } = ctx
  const mo = monthAt(tokens, j, L.months, L.monthAbbreviations)
  if (!mo) return null
  const weak = L.weakMonths.has(mo.word)
  const k = mo.to
  const day = tokens[k] && !tokens[k].nl ? dayAt(tokens, k, LEX) : null
  if (day && !followsAsCount(tokens, day.to) && tokens[day.to]?.w !== ':') {
    const p: EnDate = { from: j, to: day.to, m: mo.m, d: day.d }
    // "September 10-11", "Sept. 10 - 12": a second day in the same month.
    const dash = tokens[p.to]
    if (dash && dash.w === '-' && !dash.nl) {
      const d2 = dayAt(tokens, p.to + 1, LEX)
      const m2 = d2 ? null : monthAt(tokens, p.to + 1, L.months, L.monthAbbreviations)
      const d3 = m2 ? dayAt(tokens, m2.to, LEX) : null
      if (d2 && d2.d > day.d) { p.end = { m: mo.m, d: d2.d }; p.to = d2.to } else if (m2 && d3) { p.end = { m: m2.m, d: d3.d }; p.to = d3.to }
    }
    const y = yearAfter(tokens, p.to, LEX)
    if (y) { p.y = y.y; p.to = y.to; if (p.end) p.end.y = y.y }
    if (weak && p.y === undefined && WEAK_AFTER.has(tokens[p.to]?.w ?? '')) return null
    return p
  }
  const y = yearAt(tokens, k, LEX) ?? (tokens[k]?.w === ',' ? yearAt(tokens, k + 1, LEX) : null)
  if (y !== null) return { from: j, to: tokens[k].w === ',' ? k + 2 : k + 1, m: mo.m, y }
  if (lone === 'none' || (lone === 'strong' && weak)) return null
  if (givenName(ctx, j, k, mo.word)) return null
  const p: EnDate = { from: j, to: k, m: mo.m }
  monthSuffix(tokens, p)
  return p
}

/** "12 March 2019", "8 August, 2020", "12th of March", "5 Aug 2020". */
export function dayFirstAt(ctx: Context, j: number): EnDate | null {
  const { tokens } = ctx
  const day = dayAt(tokens, j, LEX, true)
  if (!day) return null
  let k = day.to
  if (tokens[k]?.w === 'of' && tokens[j + 1]?.s === tokens[j].e) k++
  if (!tokens[k] || tokens[k].nl) return null
  const mo = monthAt(tokens, k, L.months, L.monthAbbreviations)
  if (!mo) return null
  const p: EnDate = { from: j, to: mo.to, m: mo.m, d: day.d }
  const y = yearAfter(tokens, p.to, LEX)
  if (y) { p.y = y.y; p.to = y.to }
  if (L.weakMonths.has(mo.word) && p.y === undefined) {
    const next = tokens[p.to]
    const lead = tokens[j - 1]
    if (!(lead && L.monthLeads.has(lead.w) || lead?.w === 'on') && next && next.t === 'w' && !next.nl) return null
  }
  return p
}

/** What may follow a lone month: a year word ("March last year", "March of 2019"). Extends p in place. */
export function monthSuffix(tokens: Token[], p: EnDate): void {
  let k = p.to
  if (tokens[k]?.w === 'of' && !tokens[k].nl) {
    if (isYear(tokens[k + 1]) && yearAt(tokens, k + 1, LEX) !== null) { p.y = Number(tokens[k + 1].w); p.to = k + 2; return }
    k++
  }
  const rel = tokens[k] && !tokens[k].nl ? L.partRelative.at(tokens, k, true) : null
  if (rel && rel.value.unit === 'year' && !tokens[k].w.startsWith('the')) { p.relative = rel.value; p.to = k + rel.n }
}

// Months that are also given names: "June Lacuesta had been searching", "told April Smith". Before
// a capitalised word, and with no preposition of time before it ("in June Biden said"), a lone
// month is a person's name.
const NAME_MONTHS = new Set(['april', 'may', 'june'])
function givenName(ctx: Context, j: number, k: number, word: string): boolean {
  const { tokens } = ctx
  const next = tokens[k]
  if (!NAME_MONTHS.has(word) || !next || next.nl || next.t !== 'w' || k !== j + 1) return false
  const raw = rawToken(ctx, k)
  if (raw[0] === raw[0].toLowerCase() || L.months.at(tokens, k, true) || L.weekdays.at(tokens, k, true)) return false
  const lead = tokens[j - 1]
  return !(lead && !tokens[j].nl && (L.monthLeads.has(lead.w) || lead.w === 'on'))
}

// "May 20 people": a day number followed by what it counts is no day.
function followsAsCount(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  if (!t || t.nl) return false
  if (t.w === '%' || LEX.percent.at(tokens, k, true) || LEX.measures.at(tokens, k, true) || LEX.timeUnits.at(tokens, k, true) || LEX.digitScales.at(tokens, k, true)) return true
  return glued(tokens[k - 1], t) && t.t === 'w' && !LEX.ordinalSuffixes.has(t.w)
}
