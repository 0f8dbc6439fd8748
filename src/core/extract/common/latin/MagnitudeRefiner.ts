import type { Context, Hit, Refiner } from '../contracts'
import type { LatinLexicon } from './lexicon'

// How far a sentence may reach, in tokens, either side of a figure.
const REACH = 40

/**
 * A small number counting nothing, in a sentence about an earthquake's strength, is its magnitude:
 * "put its strength at 7", "sa magnitude a atteint 7,2 … alors que le chiffre de 7 avait d'abord
 * été avancé".
 */
export function magnitudeInContext(lex: LatinLexicon): Refiner {
  return {
    name: 'MagnitudeInContext',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      return hits.map((h) => {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit !== null || q.qualifier || h.counted || h.num?.words || typeof q.lo !== 'number' || q.lo !== q.hi || q.lo >= 10 || q.lo <= 0) return h
        return inSentenceWith(ctx, h, lex.magnitudeCues) ? { ...h, quantity: { ...q, unit: 'magnitude' } } : h
      })
    },
  }
}

function inSentenceWith(ctx: Context, h: Hit, cues: Set<string>): boolean {
  const { tokens } = ctx
  for (let k = h.from - 1; k >= Math.max(0, h.from - REACH); k--) {
    if (tokens[k + 1].nl || tokens[k].w === '.' && tokens[k + 1].t === 'w') break
    if (cues.has(tokens[k].w)) return true
  }
  for (let k = h.to; k < Math.min(tokens.length, h.to + REACH); k++) {
    if (tokens[k].nl || tokens[k].w === '.') break
    if (cues.has(tokens[k].w)) return true
  }
  return false
}
