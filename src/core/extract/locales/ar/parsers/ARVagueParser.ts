import type { Context, Hit, Parser } from '../../../common/contracts'
import { prefixSkip } from '../../../common/prefixes'
import { L } from '../lexicon'
import { quantityHit } from '../quantity'
import type { Token } from '../../../common/tokens'

// Vague amounts with their conventional intervals: "عشرات" [20, 99], "مئات الآلاف", "بضعة أيام",
// "ملايين الدولارات". "عدة" and "بضعة" count only before a noun.

const afterNoun = (tokens: Token[], i: number) => {
  const p = tokens[i - 1]
  return !!p && !tokens[i].nl && p.t === 'w' && !L.stop.has(p.w) && tokens[i].w === 'عده'
}

export const ARVagueParser: Parser = {
  name: 'ARVague',
  starters: { words: L.vague.firstWords() },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const t = tokens[i]
    const vague = L.vague.at(tokens, i)
    if (!vague) return null
    const stem = t.w.slice(vague.pre)
    // Folding writes ة as ه, so "بعده" (after it) reads as ب + "عدة": the word as written decides.
    if (stem === 'عده' && vague.pre > 0 && /ه[\u064B-\u065F]*$/.test(ctx.original.text.slice(ctx.original.offsets[t.s], ctx.original.offsets[t.e]))) return null
    const next = tokens[i + vague.n]
    // "عدة" and "بضعة" alone quantify a noun: before it ("عدة مدن") or after it ("مدناً عدة").
    if (vague.n === 1 && (stem === 'عده' || stem.startsWith('بضع')) && (!next || next.t !== 'w' || L.stop.has(next.w) || next.nl) && !afterNoun(tokens, i)) return null
    const [lo, hi] = vague.value
    const hit = quantityHit(ctx, { from: i, to: i + vague.n, skip: prefixSkip(t.w, vague.pre), lo, hi, vague: true, words: true, yearLike: false, base: lo, scale: 1 }, 'ARVague')
    // "دزينة": about twelve.
    if (hit && lo === hi) hit.quantity = { ...hit.quantity, qualifier: 'about', precision: 'round' }
    return hit
  },
}
