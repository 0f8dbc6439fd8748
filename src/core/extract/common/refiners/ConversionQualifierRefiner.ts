import type { Context, Hit, Refiner } from '../contracts'
import { qualify } from '../qualify'

const BOUNDS = new Set(['about', 'more-than', 'less-than', 'at-least', 'at-most'])

/**
 * A figure converted in parentheses right after a qualified one says the same thing in another unit,
 * so it takes the same qualifier: "roughly 50 miles (80 km)" → 80 km is "about" too,
 * "more than $3 billion (Dh11 billion)" → more than Dh11 billion.
 */
export const ConversionQualifier: Refiner = {
  name: 'ConversionQualifier',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const { tokens } = ctx
    return hits.map((h, k) => {
      const prev = hits[k - 1]
      if (!prev || h.quantity.qualifier || !BOUNDS.has(prev.quantity.qualifier ?? '')) return h
      if (prev.quantity.kind !== h.quantity.kind || h.from !== prev.to + 1 || tokens[prev.to].w !== '(') return h
      return { ...h, quantity: qualify(h.quantity, prev.quantity.qualifier!) }
    })
  },
}
