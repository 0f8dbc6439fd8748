import type { Context, Hit, Parser } from '../../../common/contracts'
import { readDigits } from '../../../common/latin/numbers'
import { LEX } from '../lexicon'

// An earthquake's magnitude written before its number: "magnitude 6.8", "a magnitude-7 quake".
// The word names the measure and is no unit, so the span is the number alone, as in French
// ("séisme de magnitude 3,3" → "3,3"). ("6.8-magnitude" and "6.8 magnitude" are read by the
// cardinal parser, the word as its unit; MagnitudeInContext then leaves the word out of the span.)

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
    return { from: k, to: d.to, skip: 0, counted: null, parser: 'ENMagnitude', quantity: { kind: 'count', lo: d.value, hi: d.value, unit: 'magnitude', per: null, precision: 'exact', qualifier: null } }
  },
}
