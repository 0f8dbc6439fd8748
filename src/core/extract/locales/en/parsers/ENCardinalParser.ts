import type { Context, Hit, Parser } from '../../../common/contracts'
import { consumed, notAFigure } from '../../../common/latin/names'
import { readDigits, readWords, type LatinNumber } from '../../../common/latin/numbers'
import { latinHit } from '../../../common/latin/quantity'
import { hyphenUnitAt, unitAt, type LatinUnit } from '../../../common/latin/units'
import { L, LEX } from '../lexicon'
import { yearIsCount } from '../years'

// A cardinal in digits or words, with its scale, unit, rate and counted noun: "11,300",
// "$71.4 million", "€252.7m", "2.5bn", "twenty-five", "two and a half years", "a decade",
// "five-day", "three-member", "60-plus", "20- to 30-metre", "30 percent", "2,750 tons".
// Qualifiers and ranges are attached by the refiners.

export const ENCardinalParser: Parser = {
  name: 'ENCardinal',
  starters: { digits: true, symbols: ['$', '€', '£'], words: [...LEX.numberWords.firstWords(), ...LEX.currencyBefore.firstWords(), ...LEX.scaleFractions.firstWords()] },
  extract(ctx: Context, i: number): Hit | null {
    const { tokens } = ctx
    const cur = LEX.currencyBefore.at(tokens, i, true)
    const j = cur ? i + cur.n : i
    const t = tokens[j]
    if (!t || (cur && (t.t !== 'n' || t.nl))) return null
    let n: LatinNumber | null
    if (t.t === 'n') {
      const nf = cur ? null : notAFigure(ctx, j, LEX)
      if (nf === 'name') return null
      if (nf) return consumed(i, nf.to, 'ENCardinal')
      const d = readDigits(tokens, j, LEX)
      if (!d) return null
      n = { from: i, to: d.to, value: d.value, base: d.value, scale: 1, words: false, article: false, yearLike: /^\d{4}$/.test(d.raw) && d.value >= 1800 && d.value <= 2100 }
      const sc = tokens[n.to] && !tokens[n.to].nl ? LEX.digitScales.at(tokens, n.to, true) : null
      if (sc && (!sc.value.moneyOnly || cur || LEX.currencyAfter.at(tokens, n.to + sc.n, true)) && !(sc.value.moneyOnly && !cur && tokens[n.to].s !== tokens[n.to - 1].e)) {
        n.scale = sc.value.value
        n.value *= n.scale
        n.to += sc.n
      }
    } else {
      n = readWords(tokens, j, LEX)
      if (!n) return null
      n.from = i
    }
    if (!cur && !n.words && n.yearLike && n.scale === 1 && !yearIsCount(tokens, j) && !unitFollows(ctx, n.to)) return null
    // "20- to 30-metre": a suspended hyphen joins two numbers into one range with the second's unit.
    const suspended = !n.words ? suspendedRange(ctx, n) : null
    if (suspended) return suspended
    const hy = hyphenUnitAt(ctx, LEX, n.to)
    let unit: LatinUnit = cur ? { kind: 'money', unit: cur.value, to: n.to } : hy ?? unitAt(ctx, LEX, n.to, { scaled: n.scale > 1, vague: false })
    if (cur && LEX.currencyAfter.at(tokens, n.to, true)) unit = { ...unit, to: n.to + LEX.currencyAfter.at(tokens, n.to, true)!.n }
    // An article is "one" only with a scale or a time unit ("a million", "a decade"); "a second" is an ordinal.
    if (n.article && (unit.kind !== 'duration' || unit.unit === 'second')) return null
    let weak = false
    if (n.words && !n.article && n.scale === 1 && unit.kind === 'count' && unit.unit === null && !hy) {
      const next = tokens[n.to]
      if (next && !next.nl && LEX.times.has(next.w)) return null
      if (n.value === 1 && (next?.w === 'of' || tokens[j - 1]?.w === 'no')) return null
      // A number word that counts nothing after it ("the nine", "in two") stands only as a range's end.
      weak = !next || next.nl || next.t !== 'w' || (n.value === 1 && LEX.stop.has(next.w))
    }
    if (!n.words && unit.kind === 'count' && unit.unit === null && LEX.times.has(tokens[n.to]?.w ?? '')) return null
    return latinHit(ctx, LEX, { from: i, lo: n.value, hi: n.value, vague: false, words: n.words, base: n.base, scale: n.scale, unit, qualifier: hy?.plus ? 'more-than' : null, weak }, 'ENCardinal')
  },
}

const unitFollows = (ctx: Context, k: number) => unitAt(ctx, LEX, k, { scaled: false, vague: false }).kind !== 'count' || unitAt(ctx, LEX, k, { scaled: false, vague: false }).unit !== null

function suspendedRange(ctx: Context, n: LatinNumber): Hit | null {
  const { tokens } = ctx
  const dash = tokens[n.to]
  const join = tokens[n.to + 1]
  if (!dash || dash.w !== '-' || dash.s !== tokens[n.to - 1].e || !join || join.s === dash.e || !L.rangeJoins.bare.has(join.w) && join.w !== 'or') return null
  const b = tokens[n.to + 2]
  if (!b || b.t !== 'n' || b.nl) return null
  const d = readDigits(tokens, n.to + 2, LEX)
  const hy = d ? hyphenUnitAt(ctx, LEX, d.to) : null
  if (!d || !hy || hy.plus || !(d.value > n.value)) return null
  const h = latinHit(ctx, LEX, { from: n.from, lo: n.value, hi: d.value, vague: false, words: false, base: n.value, scale: 1, unit: hy, qualifier: 'range' }, 'ENCardinal')
  return { ...h, num: undefined }
}
