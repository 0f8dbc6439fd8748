import type { Context, Hit, Refiner } from '../contracts'
import { round6 } from '../qualify'

/**
 * A bare number joined by "+" to a scaled amount shares its scale and unit: "30 + 33 millions €"
 * is 30 million euros and 33 million euros, "20 + 5 millions £" 20 million pounds and 5 million.
 */
export const SharedScale: Refiner = {
  name: 'SharedScale',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const { tokens } = ctx
    return hits.map((a, k) => {
      const b = hits[k + 1]
      const qa = a.quantity
      if (!b || !a.num || !b.num || a.num.words || a.num.scale !== 1 || b.num.scale === 1 || qa.kind !== 'count' || qa.unit !== null || qa.qualifier) return a
      if (b.from !== a.to + 1 || tokens[a.to].w !== '+' || typeof b.quantity.lo !== 'number') return a
      const factor = b.quantity.lo / (b.num.value * b.num.scale)
      const v = round6(a.num.value * b.num.scale * factor)
      return { ...a, counted: null, quantity: { ...b.quantity, lo: v, hi: v, qualifier: null } }
    })
  },
}
