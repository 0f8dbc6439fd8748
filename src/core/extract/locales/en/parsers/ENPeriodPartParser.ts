import type { Context, Hit, Parser } from '../../../common/contracts'
import { dateHit, yearAt, type LatinPoint } from '../../../common/latin/dates'
import { monthFirstAt } from '../dates'
import { L, LEX } from '../lexicon'

// A part of a month or a year: "late October", "mid-September", "early 2023", "late 2019",
// "the end of 2020", "end of the year", "the end of last year", "late last month", "year-end".
// Early is days 1–10 or January–March, mid 10–20 or May–August, late 21–end or October–December.

export const ENPeriodPartParser: Parser = {
  name: 'ENPeriodPart',
  starters: { words: [...L.parts.firstWords(), ...L.periodEnds.firstWords()] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const end = L.periodEnds.at(tokens, i, true)
    if (end) return dateHit({ from: i, to: i + end.n, relative: { unit: end.value, offset: 0 }, part: 'late' }, 'ENPeriodPart')
    const part = L.parts.at(tokens, i, true)
    if (!part) return null
    let k = i + part.n
    // "mid-September", "mid-2020".
    if (tokens[k]?.w === '-' && tokens[k].s === tokens[k - 1].e) k++
    if (!tokens[k] || tokens[k].nl) return null
    let p: LatinPoint | null = null
    const rel = L.partRelative.at(tokens, k, true)
    if (rel && rel.value.unit !== 'week') p = { from: i, to: k + rel.n, relative: rel.value }
    if (!p) {
      const mo = monthFirstAt(ctx, k, 'any')
      if (mo && mo.d === undefined) p = { ...mo, from: i }
    }
    if (!p) {
      const y = yearAt(tokens, k, LEX)
      if (y !== null && !LEX.stop.has(tokens[k + 1]?.w ?? '.') && tokens[k + 1]?.t === 'w' && /s$/.test(tokens[k + 1].w)) return null
      if (y !== null) p = { from: i, to: k + 1, y }
    }
    if (!p) return null
    return dateHit({ ...p, part: part.value }, 'ENPeriodPart')
  },
}
