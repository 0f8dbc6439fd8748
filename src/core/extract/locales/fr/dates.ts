import type { Context } from '../../common/contracts'
import { dayAt, monthAt, yearAt, type LatinPoint } from '../../common/latin/dates'
import type { Token } from '../../common/tokens'
import { LEX, L } from './lexicon'

// Readers shared by the French date parsers: a day and its month ("4 août 2020", "1er août",
// "26 octobre dernier"), a month and its year ("août 2020", "avril dernier"), and what follows.

/** "4 août 2020", "1er août", "26 octobre dernier", "premier août": a day first, then its month. */
export function dayMonthAt(ctx: Context, j: number): LatinPoint | null {
  const { tokens } = ctx
  const first = tokens[j]?.w === 'premier' ? { d: 1, to: j + 1 } : dayAt(tokens, j, LEX, true)
  if (!first || !tokens[first.to] || tokens[first.to].nl) return null
  const mo = monthAt(tokens, first.to, L.months, L.monthAbbreviations)
  if (!mo) return null
  const p: LatinPoint = { from: j, to: mo.to, m: mo.m, d: first.d }
  monthSuffix(tokens, p)
  return p
}

const NUMBER_LEADS = new Set(['et', 'de', 'd', 'à', 'au', 'entre', 'avant', 'après', 'vers'])

/** "août 2020", "juillet", "avril dernier", "mars de l'année dernière": a month first; a lone weak month needs a lead word. */
export function monthYearAt(ctx: Context, j: number): LatinPoint | null {
  const { tokens } = ctx
  const mo = monthAt(tokens, j, L.months, L.monthAbbreviations)
  if (!mo) return null
  const p: LatinPoint = { from: j, to: mo.to, m: mo.m }
  monthSuffix(tokens, p)
  // "mi-mars": a part word glued by a dash leads the month as well as a word before it does.
  const lead = tokens[j - 1]?.w === '-' && tokens[j - 1].e === tokens[j].s ? j - 2 : j - 1
  // "sept" is seven as often as September: "et sept à Bouira", "de sept" count; only a word that
  // can only lead a month ("en", "début", "depuis") makes it one without a year.
  const led = lead >= 0 && !tokens[j].nl && L.monthLeads.has(tokens[lead].w) && !(mo.word === 'sept' && NUMBER_LEADS.has(tokens[lead].w))
  if (p.y === undefined && !p.past && !p.next && !p.relative && L.weakMonths.has(mo.word) && !led) return null
  return p
}

/** What may follow a month: a year, "dernier"/"prochain", "de l'année dernière". Extends p in place. */
export function monthSuffix(tokens: Token[], p: LatinPoint): void {
  const y = yearAt(tokens, p.to, LEX)
  if (y !== null) { p.y = y; p.to++; return }
  const t = tokens[p.to]
  if (!t || t.nl) return
  if (L.past.has(t.w)) { p.past = true; p.to++; return }
  if (L.next.has(t.w)) { p.next = true; p.to++; return }
  // "mars de l'année dernière", "juin de cette année".
  if (t.w === 'de' || t.w === 'd') {
    const k = p.to + (t.w === 'd' ? 2 : 1)
    const rel = tokens[k] && !tokens[k].nl ? L.partRelative.at(tokens, k, true) : null
    if (rel && rel.value.unit === 'year' && rel.n > 1) { p.relative = rel.value; p.to = k + rel.n }
  }
}
