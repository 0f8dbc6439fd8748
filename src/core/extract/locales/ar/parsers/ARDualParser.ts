import type { Context, Hit, Parser } from '../../../common/contracts'
import { dualShape, parseDual } from '../duals'
import { quantityHit } from '../quantity'

// A dual noun is a count of two ("طائرتين", "مواطنان", "طائرتي هليكوبتر"), or a duration of two
// units ("سنتين", "أسبوعين"). A definite dual ("البلدين") refers back and is no new figure.

export const ARDualParser: Parser = {
  name: 'ARDual',
  starters: { shape: dualShape },
  extract(ctx: Context, i: number): Hit | null {
    const dual = parseDual(ctx.tokens, i, ctx.original)
    if (!dual) return null
    return quantityHit(ctx, { from: i, to: dual.to, skip: dual.skip, lo: 2, hi: 2, vague: false, words: true, yearLike: false, dualUnit: dual.timeUnit, dualFactor: dual.factor, countedTo: dual.countedTo, base: 2, scale: 1 }, 'ARDual')
  },
}
