import type { Context, Hit, Refiner } from '../contracts'

// A duration written in two units, the larger first ("trois heures et vingt minutes", "3 hours 20
// minutes", "ثلاث ساعات وعشرين دقيقة", "un an et trois mois") is one figure, counted in the smaller
// unit (200 minutes, 15 months), as a reader would compare it.

/** Each unit, the next smaller one a compound is counted in, and how many of those it holds. */
export const SMALLER: Record<string, [string, number]> = { year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] }

/** A locale's words: what joins the two parts, and what before the first part makes them a range's ends instead. */
export interface CompoundWords {
  /** Folded words between the parts ("et", "and", "و", ","); nothing between them is a join too. */
  joins: ReadonlySet<string>
  /** A word before the first part that opens a range ("entre", "between", "بين"): then no compound. */
  notAfter: ReadonlySet<string>
}

export function compoundDurations(words: CompoundWords): Refiner {
  return {
    name: 'CompoundDurations',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const out: Hit[] = []
      for (let k = 0; k < hits.length; k++) {
        const a = hits[k]
        const b = hits[k + 1]
        const merged = b ? compound(ctx, a, b, words) : null
        if (merged) { out.push(merged); k++ } else out.push(a)
      }
      return out
    },
  }
}

function compound(ctx: Context, a: Hit, b: Hit, words: CompoundWords): Hit | null {
  const { tokens } = ctx
  const qa = a.quantity
  const qb = b.quantity
  if (qa.kind !== 'duration' || qb.kind !== 'duration' || qa.qualifier || qb.qualifier) return null
  const step = SMALLER[qa.unit ?? '']
  if (!step || step[0] !== qb.unit || qa.lo !== qa.hi || qb.lo !== qb.hi) return null
  const [x, y] = [qa.lo as number, qb.lo as number]
  // The smaller part is less than one of the larger unit, and the larger part is whole: "3 heures et 20 minutes", not "une heure et demie et 90 minutes".
  if (!Number.isInteger(x) || !Number.isInteger(y) || y <= 0 || y >= step[1]) return null
  if (tokens[b.from].nl) return null
  // The parts touch, or one join word stands between them, or the second carries a glued "و" ("وعشرين", "و20").
  const between = b.from - a.to
  if (between > 1 || (between === 1 && (!words.joins.has(tokens[a.to].w) || tokens[a.to].nl))) return null
  if (a.from > 0 && words.notAfter.has(tokens[a.from - 1].w)) return null
  const total = x * step[1] + y
  return {
    ...a, to: b.to, counted: null, consumed: b.consumed, num: undefined, parser: 'CompoundDurations',
    quantity: { ...qa, lo: total, hi: total, unit: step[0], precision: 'exact' },
  }
}
