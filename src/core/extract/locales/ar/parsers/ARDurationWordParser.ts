import type { Context, Hit } from '../../../common/hit'
import type { Token } from '../tokens'
import { L } from '../lexicon'
import { prefixSkip } from './ARNumberParser'

// Durations with no number word: "عامًا" (a year), "أكثر من عقد", "بعد عقد من الاضطرابات",
// "السنوات العشر الماضية"; and, for a whole selection, a bare unit ("شهر", "لحظة").
const ACCUSATIVE = new Set(['عاما', 'يوما', 'شهرا', 'اسبوعا'])
const MOMENT = new Set(['لحظه'])

export function parseDurationWord(tokens: Token[], i: number, ctx: Context): Hit | null {
  const t = tokens[i]
  if (!t || t.t !== 'w') return null
  let j = i
  const qb = L.qualBefore.at(tokens, i)
  if (qb) j = i + qb.n
  const u = tokens[j]
  if (!u || u.t !== 'w' || (j > i && u.nl)) return null
  const tu = L.timeUnits.at(tokens, j)
  if (!tu) return ctx.whole && MOMENT.has(u.w) && j === i ? hit(i, i + 1, 0, 1, 'second', null) : null
  const stem = u.w.slice(tu.pre)
  const qual = qb ? qb.value : null
  // "السنوات العشر الماضية": a definite plural unit, a definite number word, "past".
  if (tu.value.plural && u.w.slice(0, tu.pre).endsWith('ال')) {
    const n = L.units.at(tokens, j + 1)
    if (n && tokens[j + 1].w.startsWith('ال')) {
      let to = j + 2
      if (tokens[to]?.w.startsWith('الماضي')) to++
      return hit(i, to, prefixSkip(t.w, tu.pre - 2), n.value, tu.value.unit, qual)
    }
    return null
  }
  if (tu.value.dual || tu.value.plural) return null
  const decade = tu.value.unit === 'decade'
  const value = decade ? 10 : 1
  const unit = decade ? 'year' : tu.value.unit
  if (decade && !qual && tokens[j + 1]?.w !== 'من') return null
  // "يوم واحد": a unit and "one" after it.
  const one = tokens[j + 1] && !tokens[j + 1].nl && L.units.at(tokens, j + 1, true)
  if (!decade && one && one.value === 1) return hit(qb ? i : j, j + 2, qb ? prefixSkip(t.w, qb.pre) : prefixSkip(u.w, tu.pre), 1, unit, qual)
  if (!decade && !qual && !ACCUSATIVE.has(stem) && !(ctx.whole && j === i && tokens.length === 1)) return null
  if (!decade && L.units.at(tokens, j + 1)) return null
  return hit(qb ? i : j, j + 1, qb ? prefixSkip(t.w, qb.pre) : prefixSkip(u.w, tu.pre), value, unit, qual)

  function hit(from: number, to: number, skip: number, v: number, unit: string, q: typeof qual): Hit {
    const open = q === 'more-than' || q === 'at-least'
    const closedAbove = q === 'less-than' || q === 'at-most'
    return { from, to, skip, counted: null, quantity: { kind: 'duration', lo: closedAbove ? null : v, hi: open ? null : v, unit, per: null, precision: 'round', qualifier: q } }
  }
}
