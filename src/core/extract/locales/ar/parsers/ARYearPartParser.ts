import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { dateHit, isYear, type PointMatch } from '../dates'
import { L } from '../lexicon'

// A quarter, a third or a half of a named year: "الربع الأول من العام الجاري" (January–March of
// the publication year), "النصف الثاني من 2023", "الربع الأخير من العام الماضي", "الثلث الأول من
// عام 2024". Without a year ("خلال الربع الأول") nothing places it: no date, and no share either
// (ARFraction leaves a fraction with an ordinal after it).

/** Months in each part, by the fraction of the year: a quarter, a third, a half. */
const MONTHS_IN: Map<number, number> = new Map([[0.25, 3], [Math.round((1 / 3) * 1e6) / 1e6, 4], [0.5, 6]])

export const ARYearPartParser: Parser = {
  name: 'ARYearPart',
  starters: { words: L.fractions.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const fr = L.fractions.at(tokens, i)
    const size = fr ? MONTHS_IN.get(Math.round(fr.value * 1e6) / 1e6) : undefined
    if (!fr || !size) return null
    const k = i + fr.n
    const ord = tokens[k] && !tokens[k].nl ? L.periodOrdinals.at(tokens, k, true) : null
    if (!ord) return null
    const parts = 12 / size
    const nth = ord.value === -1 ? parts : ord.value
    if (nth > parts) return null
    const months: [number, number] = [(nth - 1) * size + 1, nth * size]
    let j = k + ord.n
    if (tokens[j]?.w !== 'من' || tokens[j].nl) return null
    j++
    const base = { from: i, skip: prefixSkip(tokens[i].w, fr.pre), months }
    // "من 2023", "من عام 2024", "من العام 2024".
    const word = tokens[j] && L.yearWords.has(tokens[j].w) ? 1 : 0
    if (isYear(tokens[j + word]) && !tokens[j + word].nl) return dateHit({ ...base, to: j + word + 1, y: Number(tokens[j + word].w) } as PointMatch, 'ARYearPart')
    const rel = tokens[j] && !tokens[j].nl ? L.relative.at(tokens, j, true) : null
    if (!rel || rel.value.unit !== 'year') return null
    // "من هذا العام 2012": the year the text names after the relative word.
    const after = j + rel.n
    if (rel.value.offset === 0 && isYear(tokens[after]) && !tokens[after].nl) return dateHit({ ...base, to: after + 1, y: Number(tokens[after].w) } as PointMatch, 'ARYearPart')
    return dateHit({ ...base, to: after, relative: { unit: 'year', offset: rel.value.offset } } as PointMatch, 'ARYearPart')
  },
}
