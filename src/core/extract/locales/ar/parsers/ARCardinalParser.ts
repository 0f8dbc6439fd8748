import type { Context, Hit, Parser } from '../../../common/contracts'
import { CURRENCY_SYMBOLS } from '../constants'
import { L } from '../lexicon'
import { digitsInName } from '../names'
import { parseNumber } from '../numbers'
import { quantityHit, type Core } from '../quantity'

// A cardinal in digits or words ("11300", "١١٬٣٠٠", "خمسة آلاف", "نصف مليون", "$ 5"), with its
// scale, unit, rate and counted noun. Qualifiers and ranges are attached by the refiners.

const SIGNS = Object.keys(CURRENCY_SYMBOLS).filter((s) => s !== 'c')

export const ARCardinalParser: Parser = {
  name: 'ARCardinal',
  starters: {
    digits: true,
    symbols: SIGNS,
    words: [L.units, L.teenHeads, L.tens, L.hundreds, L.scales, L.fractions].flatMap((s) => [...s.firstWords()]),
  },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    let j = i
    const sign = CURRENCY_SYMBOLS[tokens[i].w]
    let preSymbol: string | undefined
    if (sign) {
      if (tokens[i + 1]?.t !== 'n' || tokens[i + 1].nl) return null
      preSymbol = sign
      j++
    }
    const t = tokens[j]
    if (t.t === 'n' && digitsInName(tokens, j, ctx)) return null
    const n = parseNumber(tokens, j)
    if (!n) return null
    // "واحد من": one of (a part), not a count.
    if (n.words && n.value === 1 && tokens[n.to]?.w === 'من') return null
    // A lone "ألف" counts, but "الألف" (the thousand) is a name.
    if (n.words && n.to === j + 1 && tokens[j].w.startsWith('ال') && L.scaleWords.has(tokens[j].w.slice(2))) return null
    const core: Core = { from: n.from, to: n.to, skip: n.skip, lo: n.value, hi: n.value, vague: false, words: n.words, yearLike: n.yearLike, ambiguity: n.ambiguity, base: n.base, scale: n.scale, preSymbol }
    return quantityHit(ctx, core, 'ARCardinal')
  },
}
