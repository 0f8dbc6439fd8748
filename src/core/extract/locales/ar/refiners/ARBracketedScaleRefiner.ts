import type { Context, Hit, Refiner } from '../../../common/contracts'

// "بلغ العجز (285) مليون دولار", "إخلاء أكثر من (3) آلاف سائح": some outlets put the digits of a
// figure in brackets and its scale word after them. The two readings (a count of 285, and "مليون
// دولار" as one million dollars or "آلاف" as thousands) are one figure: the digits times the scale,
// with the brackets in its span. Runs before qualifiers attach, so "أكثر من" still reaches it.

export const ARBracketedScale: Refiner = {
  name: 'ARBracketedScale',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const { tokens } = ctx
    const out: Hit[] = []
    for (let k = 0; k < hits.length; k++) {
      const a = hits[k]
      const b = hits[k + 1]
      const scale = b ? scaleOnly(b) : 0
      const q = a.quantity
      const bracketed = tokens[a.from - 1]?.w === '(' && tokens[a.to]?.w === ')' && b?.from === a.to + 1 && !tokens[b.from].nl
      if (!scale || !bracketed || q.kind !== 'count' || q.unit !== null || q.qualifier || typeof q.lo !== 'number' || q.lo !== q.hi || a.to !== a.from + 1 || tokens[a.from].t !== 'n') {
        out.push(a)
        continue
      }
      const v = q.lo * scale
      out.push({
        ...b, from: a.from - 1, skip: 0, parser: `${a.parser}+${b.parser}`,
        quantity: { ...b.quantity, lo: v, hi: v, qualifier: null, precision: v % 100 === 0 ? 'round' : 'exact' },
        num: { value: q.lo, scale, words: false, dayLike: false },
      })
      k++
    }
    return out
  },
}

// The scale a hit stands for when it is a scale word alone: "مليون دولار" (one million of something),
// or a vague plural of a scale ("آلاف" [2000, 9999] is thousands); 0 otherwise.
function scaleOnly(h: Hit): number {
  const q = h.quantity
  if (typeof q.lo !== 'number' || typeof q.hi !== 'number') return 0
  if (!q.qualifier && q.lo === q.hi && h.num?.value === 1 && h.num.scale >= 1e3) return h.num.scale
  const order = q.lo / 2
  return q.qualifier === 'vague' && order >= 1e3 && Number.isInteger(Math.log10(order)) ? order : 0
}
