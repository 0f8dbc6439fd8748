import type { Context, Hit, Parser } from '../../../common/contracts'
import { latinHit } from '../../../common/latin/quantity'
import { unitAt } from '../../../common/latin/units'
import { foldKey } from '../../../../text/normalize'
import { VAGUE } from '../constants'
import { LEX } from '../lexicon'

// A round number named with the definite article, as a mark a figure reaches: "approcherons-nous
// le millier", "dépasse la centaine", "franchi la barre du millier", "frôle la dizaine de morts".
// About the number, as "un millier" is; a verb of exceeding or approaching then qualifies it. The
// span is the noun alone (the article is left out, as with "approchait les 10 000").

/** "millier" → 1000, "centaine" → 100, …: the nouns of the rounded amounts ("un millier", "une centaine"). */
const ROUND: Map<string, number> = new Map(Object.entries(VAGUE)
  .filter(([k, v]) => /^une? \S+$/.test(k) && v.qualifier === 'about')
  .map(([k, v]) => [foldKey(k.split(' ')[1]), v.lo]))

export const FRDefiniteRoundParser: Parser = {
  name: 'FRDefiniteRound',
  starters: { words: ROUND.keys() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const v = ROUND.get(tokens[i].w)
    if (v === undefined || tokens[i].nl) return null
    const prev = tokens[i - 1]
    const definite = !!prev && (prev.w === 'le' || prev.w === 'la' || prev.w === 'du' || ((prev.w === "'" || prev.w === '\u2019') && tokens[i - 2]?.w === 'l'))
    if (!definite) return null
    const unit = unitAt(ctx, LEX, i + 1, { scaled: false, vague: true })
    return latinHit(ctx, LEX, { from: i, lo: v, hi: v, vague: false, words: true, base: v, scale: 1, unit, qualifier: 'about' }, 'FRDefiniteRound')
  },
}
