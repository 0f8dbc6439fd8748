import type { Context, Hit, Refiner } from '../../../common/contracts'

// A definite numeral refers back when the text already gave that number: "فُقد خمسة … وكان
// الخمسة على متن" says nothing new, while "الأيام الأربعة" or "الـ13 ولاية" at their first mention
// are figures. Only counts written with the article are concerned.

const DEFINITE_WORD = /^[وفبلك]?(ال|لل)/
// "ألف", "آلاف", "ألفين" fold to what looks like an article ("الف"): they are thousands, not definite.
const THOUSANDS = /^[وفبلك]?(الف|الفا|الفين|الفان|الاف)$/

export const ARDefiniteNumerals: Refiner = {
  name: 'ARDefiniteNumerals',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const seen = new Set<number>()
    return hits.filter((h) => {
      const q = h.quantity
      const value = typeof q.lo === 'number' && q.lo === q.hi ? q.lo : null
      const first = ctx.tokens[h.from].w.slice(h.skip)
      const definite = q.kind === 'count' && q.unit === null && DEFINITE_WORD.test(first) && !THOUSANDS.test(first)
      const repeat = definite && value !== null && seen.has(value)
      if (value !== null) seen.add(value)
      return !repeat
    })
  },
}
