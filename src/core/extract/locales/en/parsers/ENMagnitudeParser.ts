import type { Context, Hit, Parser } from '../../../common/contracts'
import { readDigits } from '../../../common/latin/numbers'
import { LEX } from '../lexicon'

// An earthquake's magnitude written before its number: "magnitude 6.8", "a magnitude-7 quake".
// ("6.8-magnitude" and "6.8 magnitude" are read by the cardinal parser, the word as its unit.)

export const ENMagnitudeParser: Parser = {
  name: 'ENMagnitude',
  starters: { words: ['magnitude'] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const k = tokens[i + 1]?.w === '-' && tokens[i + 1].s === tokens[i].e ? i + 2 : i + 1
    const t = tokens[k]
    if (!t || t.nl || t.t !== 'n') return null
    const d = readDigits(tokens, k, LEX)
    if (!d || d.value >= 10) return null
    return { from: i, to: d.to, skip: 0, counted: null, parser: 'ENMagnitude', quantity: { kind: 'count', lo: d.value, hi: d.value, unit: 'magnitude', per: null, precision: 'exact', qualifier: null } }
  },
}
