import type { Context, Hit, Refiner } from '../contracts'
import { rawToken } from './names'
import { isCountryWord } from '../../../entities/countries'

// The oldest age a report gives; a larger bare number after a name is no age.
const MAX_AGE = 120
// What may close an age in apposition: "Franklin Trejos, 68, who had lived…", "said Mary Jones, 71."
const CLOSERS = new Set([',', '.', ';', ')'])

/**
 * A bare whole number set off by commas right after a name is that person's age in years
 * ("Franklin Trejos, 68, who had lived in Lahaina…", "Anna Park, 24, a student"): a duration,
 * as the gold reads ages. Digits only, with nothing counted after them.
 */
export const AgeApposition: Refiner = {
  name: 'AgeApposition',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const { tokens } = ctx
    return hits.map((h) => {
      const q = h.quantity
      if (q.kind !== 'count' || q.unit !== null || q.qualifier || h.counted || !h.num || h.num.words || h.to - h.from !== 1) return h
      if (typeof q.lo !== 'number' || q.lo !== q.hi || !Number.isInteger(q.lo) || q.lo < 1 || q.lo > MAX_AGE) return h
      const comma = tokens[h.from - 1]
      const name = tokens[h.from - 2]
      const after = tokens[h.to]
      if (!comma || comma.w !== ',' || tokens[h.from].nl || !name || name.t !== 'w' || comma.nl) return h
      if (!after || after.nl || !CLOSERS.has(after.w)) return h
      const raw = rawToken(ctx, h.from - 2)
      // (A country is no person: "Deaths by country: Syria, 12, Lebanon, 8".)
      if (raw[0] === raw[0].toLowerCase() || isCountryWord(raw)) return h
      return { ...h, quantity: { ...q, kind: 'duration', unit: 'year', precision: 'exact' } }
    })
  },
}
