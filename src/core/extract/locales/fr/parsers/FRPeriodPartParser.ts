import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearAt, type LatinPoint } from '../../../common/latin/dates'
import { monthYearAt } from '../dates'
import { L, LEX } from '../lexicon'

// A part of a month or a year: "fin octobre", "début octobre", "mi-novembre", "la mi-octobre",
// "fin 2019", "mi-2020", "fin août", "la fin de l'année", "fin de l'année dernière", "début du mois".
// Début is days 1–10 or January–March, mi 10–20 or May–August, fin 21–end or October–December.

// "la fin de l'année 2025", "début du mois de mars", "fin du mois d'octobre 2023": the period word
// names the year or the month that follows it, not the current one.
function namedAfter(ctx: Context, i: number, k: number, unit: string, offset: number): LatinPoint | null {
  const { tokens } = ctx
  if (offset !== 0 || !tokens[k] || tokens[k].nl) return null
  if (unit === 'year') {
    const y = yearAt(tokens, k, LEX)
    return y === null ? null : { from: i, to: k + 1, y }
  }
  if (unit !== 'month' || (tokens[k].w !== 'de' && tokens[k].w !== 'd')) return null
  const m = tokens[k].w === 'd' ? k + 2 : k + 1
  const mo = tokens[m] && !tokens[m].nl ? monthYearAt(ctx, m) : null
  return mo ? { ...mo, from: i } : null
}

export const FRPeriodPartParser: Parser = {
  name: 'FRPeriodPart',
  starters: { words: L.parts.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const part = L.parts.at(tokens, i, true)
    if (!part) return null
    let k = i + part.n
    // "mi-novembre", "mi-2020".
    if (tokens[k]?.w === '-' && tokens[k].s === tokens[k - 1].e) k++
    if (!tokens[k] || tokens[k].nl) return null
    let p: LatinPoint | null = null
    const rel = L.partRelative.at(tokens, k, true)
    if (rel && rel.value.unit !== 'week') p = namedAfter(ctx, i, k + rel.n, rel.value.unit, rel.value.offset) ?? { from: i, to: k + rel.n, relative: rel.value }
    if (!p) {
      const mo = monthYearAt(ctx, k) ?? null
      if (mo) p = { ...mo, from: i }
    }
    if (!p) {
      const y = yearAt(tokens, k, LEX)
      if (y !== null) p = { from: i, to: k + 1, y }
    }
    if (!p) return null
    return dateHit({ ...p, part: part.value }, 'FRPeriodPart')
  },
}
