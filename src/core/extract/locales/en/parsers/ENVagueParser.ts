import type { Context, Hit, Parser } from '../../../common/contracts'
import { latinHit } from '../../../common/latin/quantity'
import { unitAt } from '../../../common/latin/units'
import { LEX } from '../lexicon'

// Vague amounts with their conventional intervals: "dozens" [20, 99], "hundreds of thousands",
// "thousands", "millions of dollars", "a few hours", "several days", "several thousand",
// "hundreds of kilometres"; "a dozen" is about 12. "a few" and "several" count only before a noun.

export const ENVagueParser: Parser = {
  name: 'ENVague',
  starters: { words: LEX.vague.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const v = LEX.vague.at(tokens, i, true)
    if (!v) return null
    let { lo, hi } = v.value
    let to = i + v.n
    // "several thousand", "a few hundred": the scale word multiplies the vague amount.
    const sc = v.value.scales && tokens[to] && !tokens[to].nl ? LEX.numberWords.at(tokens, to, true) : null
    if (sc && (sc.value.kind === 'scale' || sc.value.kind === 'hundred')) { lo *= sc.value.value; hi *= sc.value.value; to += sc.n }
    const next = tokens[to]
    if (v.value.scales && !sc && (!next || next.nl || next.t !== 'w' || LEX.stop.has(next.w))) return null
    const unit = unitAt(ctx, LEX, to, { scaled: false, vague: true })
    return latinHit(ctx, LEX, { from: i, lo, hi, vague: true, words: true, base: lo, scale: 1, unit, qualifier: v.value.qualifier }, 'ENVague')
  },
}
