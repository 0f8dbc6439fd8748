import type { Context, Hit, Refiner } from '../contracts'
import { round6 } from '../qualify'

/**
 * A bare number joined by "+" to a scaled amount shares its scale and unit: "30 + 33 millions €"
 * is 30 million euros and 33 million euros, "20 + 5 millions £" 20 million pounds and 5 million.
 * So does one joined by a word of succession, its preposition repeated or not: "réduire ses
 * prétentions à 600 puis à 550 millions de dollars", "cut to 600 then 550 million dollars".
 */
export function sharedScale(successions: ReadonlySet<string>): Refiner {
  return {
    name: 'SharedScale',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const { tokens } = ctx
      // The tokens between the two amounts join them: "+", or "puis" with the first's preposition again or not.
      const joined = (a: Hit, b: Hit) => {
        if (b.from === a.to + 1) return tokens[a.to].w === '+' || successions.has(tokens[a.to].w)
        return b.from === a.to + 2 && successions.has(tokens[a.to].w) && tokens[a.to + 1].w === tokens[a.from - 1]?.w
      }
      return hits.map((a, k) => {
        const b = hits[k + 1]
        const qa = a.quantity
        if (!b || !a.num || !b.num || a.num.words || a.num.scale !== 1 || b.num.scale === 1 || qa.kind !== 'count' || qa.unit !== null || qa.qualifier) return a
        if (!joined(a, b) || typeof b.quantity.lo !== 'number') return a
        const factor = b.quantity.lo / (b.num.value * b.num.scale)
        const v = round6(a.num.value * b.num.scale * factor)
        return { ...a, counted: null, quantity: { ...b.quantity, lo: v, hi: v, qualifier: null } }
      })
    },
  }
}
