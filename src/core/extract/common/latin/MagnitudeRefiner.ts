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
        if (q.kind === 'count' && q.unit === 'magnitude') return withoutMeasureName(ctx, h, lex)
        const c = h.counted
        // "6,4 degrés sur l'échelle de Richter": the noun is the magnitude's unit, inside the span.
        const noun = c && c[1] - c[0] >= 1 && c[0] === h.to && lex.magnitudeNouns.has(ctx.tokens[c[0]].w)
        // A decimal counts no noun after it ("a magnitude of 7.5 first reported"); a whole number may ("7 people").
        const decimal = typeof q.lo === 'number' && !Number.isInteger(q.lo)
        if (q.kind !== 'count' || q.unit !== null || q.qualifier || (c && !noun && !decimal) || h.num?.words || typeof q.lo !== 'number' || q.lo !== q.hi || q.lo >= 10 || q.lo <= 0) return h
        if (!inSentenceWith(ctx, h, lex.magnitudeCues)) return h
        return { ...h, to: noun ? c![0] + 1 : h.to, counted: noun ? null : h.counted, quantity: { ...q, unit: 'magnitude' } }
      })
    },
  }
}

// "7.5-magnitude", "6.8 magnitude": the word names the measure, it is no unit ("degrees" is), so the
// span ends at the number, as when the word comes first ("magnitude 7.8" → "7.8").
function withoutMeasureName(ctx: Context, h: Hit, lex: LatinLexicon): Hit {
  const { tokens } = ctx
  let to = h.to
  if (to - 1 > h.from && lex.magnitudeCues.has(tokens[to - 1].w) && !lex.magnitudeNouns.has(tokens[to - 1].w)) to--
  else return h
  if (to - 1 > h.from && tokens[to - 1].w === '-') to--
  return { ...h, to }
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
