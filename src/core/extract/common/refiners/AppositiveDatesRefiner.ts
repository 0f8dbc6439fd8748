import type { Context, Hit, Refiner } from '../contracts'

/**
 * A day named, then named again in apposition ("فجر اليوم، ٢٤ يوليو", "Friday (March 22)",
 * "dimanche, 10 septembre") is one date: when the two readings fall on the same day, they become
 * one figure spanning both. Two different days side by side stay two.
 */
export const AppositiveDates: Refiner = {
  name: 'AppositiveDates',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const { tokens } = ctx
    const out: Hit[] = []
    for (const h of hits) {
      const prev = out[out.length - 1]
      if (prev && sameDay(prev, h) && !tokens[h.from].nl) {
        const between = tokens.slice(prev.to, h.from).map((t) => t.w)
        const comma = between.length === 1 && (between[0] === ',' || between[0] === '،')
        const bracket = between.length === 1 && between[0] === '(' && tokens[h.to]?.w === ')'
        if (comma || bracket) {
          out[out.length - 1] = { ...prev, to: bracket ? h.to + 1 : h.to, counted: null }
          continue
        }
      }
      out.push(h)
    }
    return out
  },
}

function sameDay(a: Hit, b: Hit): boolean {
  const qa = a.quantity
  const qb = b.quantity
  return qa.kind === 'date' && qb.kind === 'date' && !a.weak && !b.weak && !a.drop && !b.drop && typeof qa.lo === 'string' && qa.lo === qa.hi && qa.lo === qb.lo && qb.lo === qb.hi
}
