import type { Context, Hit, Parser } from '../../../common/contracts'
import { latinHit } from '../../../common/latin/quantity'
import { L, LEX } from '../lexicon'

// A time unit made an adjective with "-long" and no article: "the week-long operation" (1 week),
// "the decade-long war" (10 years). With an article the cardinal reads "a decade" itself; a plural
// ("months-long") gives no number and is left out.

export const ENUnitLongParser: Parser = {
  name: 'ENUnitLong',
  starters: { words: LEX.timeUnits.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const tu = LEX.timeUnits.at(tokens, i, true)
    if (!tu || tu.n !== 1 || tokens[i].w.endsWith('s')) return null
    const dash = tokens[i + 1]
    const long = tokens[i + 2]
    if (!dash || dash.w !== '-' || dash.s !== tokens[i].e || !long || long.s !== dash.e || !L.longWords.has(long.w)) return null
    // "a half-hour-long" and "36-hour-long" are read from their number.
    if (tokens[i - 1]?.w === '-' && tokens[i - 1].e === tokens[i].s) return null
    const unit = { kind: 'duration' as const, unit: tu.value.unit, to: i + 3, factor: tu.value.factor }
    return latinHit(ctx, LEX, { from: i, lo: 1, hi: 1, vague: false, words: true, base: 1, scale: 1, unit }, 'ENUnitLong')
  },
}
