import type { Qualifier, Quantity, QuantityKind } from '../../../../model'
import type { Context, Hit } from '../../../common/hit'
import type { Token } from '../tokens'
import { glued } from '../tokens'
import { L } from '../lexicon'
import { CURRENCY_SYMBOLS } from '../constants'
import { parseNumber, prefixSkip, type NumberMatch } from './ARNumberParser'
import { parseDual } from './ARDualParser'

// Counts, money, percentages, rates, measures and durations: an optional qualifier, a number
// (digits, words, a vague amount or a dual noun), an optional range, a unit, an optional rate.

type Bounds = { lo: number | null; hi: number | null; qualifier: Qualifier | null }
interface Core { from: number; to: number; skip: number; lo: number; hi: number; vague: boolean; words: boolean; yearLike: boolean; ambiguity?: string; dualUnit?: string | null; countedTo?: number; lastScale: number }

const LATIN = /^[a-z]+$/

/** True when digits are part of a name or a model, not a figure: TB2, Mi-35M, عربي21, "القاعدة الجوية 101", "1." list markers. */
function digitsInName(tokens: Token[], j: number, ctx: Context): boolean {
  const t = tokens[j]
  const prev = tokens[j - 1]
  const next = tokens[j + 1]
  if (prev && glued(prev, t) && prev.t === 'w' && !/^[وفبلك]$/.test(prev.w) && !L.months.at(tokens, j - 1)) return true
  if (next && glued(t, next) && next.t === 'w' && LATIN.test(next.w)) return true
  if (prev && prev.w === '-' && glued(prev, t) && tokens[j - 2]?.t === 'w' && glued(tokens[j - 2], prev)) return true
  if (next && next.w === '-' && glued(t, next) && tokens[j + 2]?.t === 'w' && glued(next, tokens[j + 2])) return true
  if ((j === 0 || t.nl) && next && (next.w === '.' || next.w === ')') && glued(t, next)) return true
  if (prev && !t.nl && prev.t === 'w' && (L.nameHeads.has(prev.w) || ctx.nameHeads.has(prev.w) || L.letterNames.has(prev.w))) return true
  if (prev?.w === '"' && tokens[j - 2]?.t === 'w' && ctx.nameHeads.has(tokens[j - 2].w)) return true
  return false
}

function numberCore(tokens: Token[], j: number, ctx: Context, qualified: boolean): Core | null {
  const t = tokens[j]
  if (!t) return null
  const vague = t.t === 'w' ? L.vague.at(tokens, j) : null
  if (vague) {
    const stem = t.w.slice(vague.pre)
    // "عدة" and "بضعة" quantify a following noun; alone they are not figures.
    const next = tokens[j + vague.n]
    if ((stem === 'عده' || stem.startsWith('بضع')) && (!next || next.t !== 'w' || L.stop.has(next.w) || next.nl)) return null
    return { from: j, to: j + vague.n, skip: prefixSkip(t.w, vague.pre), lo: vague.value[0], hi: vague.value[1], vague: true, words: true, yearLike: false, lastScale: 1 }
  }
  if (t.t === 'n' && digitsInName(tokens, j, ctx)) return null
  const n = parseNumber(tokens, j)
  if (n) {
    if (n.words && n.value === 1 && tokens[n.to]?.w === 'من') return null
    if (n.words && n.to === j + 1 && L.scaleWords.has(tokens[j].w.slice(n.skip)) && !qualified) {
      // A lone "ألف" or "مليون" counts; but not "الألف" (the thousand, a name).
      if (tokens[j].w.startsWith('ال') && L.scaleWords.has(tokens[j].w.slice(2))) return null
    }
    return fromNumber(n)
  }
  if (t.t !== 'w') return null
  const dual = parseDual(tokens, j)
  if (dual) return { from: j, to: dual.to, skip: dual.skip, lo: 2, hi: 2, vague: false, words: true, yearLike: false, dualUnit: dual.timeUnit, countedTo: dual.countedTo, lastScale: 1 }
  const fr = qualified ? L.fractions.at(tokens, j) : null
  if (fr && fr.n === 1) return { from: j, to: j + 1, skip: prefixSkip(t.w, fr.pre), lo: fr.value, hi: fr.value, vague: false, words: true, yearLike: false, dualUnit: '%fraction', lastScale: 1 }
  return null
}

const fromNumber = (n: NumberMatch): Core => ({ from: n.from, to: n.to, skip: n.skip, lo: n.value, hi: n.value, vague: false, words: n.words, yearLike: n.yearLike, ambiguity: n.ambiguity, lastScale: n.lastScale })

interface Unit { kind: QuantityKind; unit: string | null; to: number; factor?: number; add?: number }

/** The unit after a number at token k: percent, currency, time unit, measure; else a plain count. */
function unitAt(tokens: Token[], k: number, ctx: Context, core: Core): Unit {
  const t = tokens[k]
  const none: Unit = { kind: 'count', unit: null, to: k }
  if (!t || t.nl) return none
  if (t.w === '%') return { kind: 'percent', unit: '%', to: k + 1 }
  const pct = L.percent.at(tokens, k, true)
  if (pct) return { kind: 'percent', unit: '%', to: k + pct.n }
  const sym = CURRENCY_SYMBOLS[t.w]
  if (sym && (t.w !== 'c' || glued(tokens[k - 1], t) || ctx.whole)) return money(sym, k + 1)
  let cur = L.currencies.at(tokens, k)
  // "ملايين الدولارات": the currency may be definite after a vague amount.
  if (!cur && t.w === 'من' && core.vague) cur = L.currencies.at(tokens, k + 1)
  if (cur) return money(cur.value, k + cur.n + (t.w === 'من' ? 1 : 0))
  const tu = L.timeUnits.at(tokens, k)
  if (tu && !tu.value.dual && (tu.pre === 0 || t.w.startsWith('ال') === false)) {
    let to = k + tu.n
    let add = 0
    // "ثلاث سنوات ونصف", "عام ونصف".
    const half = tokens[to]
    if (half && !half.nl && (half.w === 'ونصف' || half.w === 'وربع')) { add = half.w === 'ونصف' ? 0.5 : 0.25; to++ }
    const decade = tu.value.unit === 'decade'
    return { kind: 'duration', unit: decade ? 'year' : tu.value.unit, to, factor: decade ? 10 : 1, add }
  }
  const me = L.measures.at(tokens, k)
  if (me && (me.pre === 0 || !t.w.startsWith('ال'))) return { kind: 'count', unit: me.value, to: k + me.n }
  return none

  function isCent(m: number): boolean {
    const c = tokens[m]
    return !!c && (L.currencies.at(tokens, m)?.value === 'USD-cent' || c.w === 'c' || c.w === '¢')
  }

  function money(code: string, to: number): Unit {
    if (code === 'USD-cent') return { kind: 'money', unit: 'USD', to, factor: 0.01 }
    // "20 دولار و43 سنت".
    const and = tokens[to]
    const k2 = and && and.w === 'و' ? to + 1 : to
    const cents = tokens[k2]
    if (cents && cents.t === 'n' && /^\d{1,2}$/.test(cents.w) && isCent(k2 + 1)) return { kind: 'money', unit: code, to: k2 + 2, add: Number(cents.w) / 100 }
    return { kind: 'money', unit: code, to }
  }
}

const RANGE_JOIN = new Set(['الي', 'حتي', '-'])

/** A quantity (not a date) starting at token i. */
export function parseQuantity(tokens: Token[], i: number, ctx: Context): Hit | null {
  const t = tokens[i]
  if (!t) return null
  let j = i
  let qualifier: Qualifier | null = null
  let rangeWord: 'بين' | 'من' | null = null
  let preSymbol: string | null = null
  const qb = t.t === 'w' ? L.qualBefore.at(tokens, i) : null
  if (qb && tokens[i + qb.n] && !tokens[i + qb.n].nl) { qualifier = qb.value; j = i + qb.n }
  const w = tokens[j]?.w.replace(/^و/, '')
  if (w === 'بين' || (w === 'ما' && tokens[j + 1]?.w === 'بين')) { rangeWord = 'بين'; j += w === 'ما' ? 2 : 1 }
  else if (w === 'من' && j === i) { rangeWord = 'من'; j += 1 }
  const sym = tokens[j] && CURRENCY_SYMBOLS[tokens[j].w]
  if (sym && tokens[j].w !== 'c' && tokens[j + 1]?.t === 'n') { preSymbol = sym; j++ }
  const core = numberCore(tokens, j, ctx, qualifier !== null)
  if (!core) return null
  // Digits that look like a year, unqualified and with no unit, were the date parser's to take.
  const k = core.to
  let lo = core.lo
  let hi = core.hi
  let unit: Unit = preSymbol ? { kind: 'money', unit: preSymbol, to: k } : unitAt(tokens, k, ctx, core)
  // Ranges: "70-80%", "بين 200 و300", "ثلاثة إلى أربعة أشهر", "10$-20$".
  const joinAt = unit.to
  const jt = tokens[joinAt]
  const joins = jt && !jt.nl && (rangeWord === 'بين' ? jt.w === 'و' : RANGE_JOIN.has(jt.w) && (jt.w !== '-' || glued(tokens[joinAt - 1], jt)))
  let ranged = false
  // The joining letter may be glued to the second number: "بين عشرة وعشرون", "من عشرة لعشرين".
  const gluedJoin = !joins && jt && !jt.nl && jt.t === 'w' && ((rangeWord === 'بين' && jt.w[0] === 'و') || (rangeWord === 'من' && jt.w[0] === 'ل'))
  if ((joins || gluedJoin) && !core.vague && core.dualUnit === undefined) {
    let m = gluedJoin ? joinAt : joinAt + 1
    if (tokens[m] && CURRENCY_SYMBOLS[tokens[m].w] && tokens[m + 1]?.t === 'n') m++
    const second = tokens[m] ? parseNumber(tokens, m) : null
    if (second && second.value > core.hi && (tokens[m].t !== 'n' || !digitsInName(tokens, m, ctx))) {
      const u2 = unitAt(tokens, second.to, ctx, fromNumber(second))
      if (unit.kind === 'count' && unit.unit === null) unit = u2
      else if (u2.kind !== 'count' || u2.unit !== null) unit = { ...unit, to: u2.to }
      else unit = { ...unit, to: second.to }
      hi = second.value
      ranged = true
    }
  }
  if (rangeWord && !ranged) return null
  if (core.yearLike && !ranged && !qualifier && unit.kind === 'count' && unit.unit === null && !ctx.whole && core.lo % 100 !== 0) return null
  if (core.dualUnit === '%fraction') {
    if (unit.kind !== 'count' || unit.unit !== null) return null
    unit = { kind: 'percent', unit: '%', to: core.to }
    lo = hi = Math.round(core.lo * 10000) / 100
  } else if (core.dualUnit) {
    unit = { kind: 'duration', unit: core.dualUnit, to: core.to }
  }
  if (unit.factor !== undefined || unit.add !== undefined) {
    lo = lo * (unit.factor ?? 1) + (unit.add ?? 0)
    hi = hi * (unit.factor ?? 1) + (ranged ? 0 : unit.add ?? 0)
  }
  let to = unit.to
  // Rates: "10 ملايين دولار شهرياً", "5.200 دولار للأونصة".
  let per: string | null = null
  const pt = tokens[to]
  const pr = pt && !pt.nl && unit.kind !== 'duration' && unit.kind !== 'percent' ? L.per.at(tokens, to, true) : null
  if (pr) { per = pr.value; to += pr.n }
  const after = !qualifier && tokens[to] && !tokens[to].nl ? L.qualAfter.at(tokens, to, true) : null
  if (after) { qualifier = after.value; to += after.n }
  const kind: QuantityKind = per ? 'rate' : unit.kind
  const bounds = bound(lo, hi, qualifier, ranged, core.vague)
  const q: Quantity = {
    kind, lo: round(bounds.lo), hi: round(bounds.hi),
    unit: per ? `${unit.unit ?? 'count'}/${per}` : unit.unit,
    per, precision: core.vague ? 'vague' : precisionOf(lo, core.words), qualifier: bounds.qualifier,
  }
  if (core.ambiguity) q.ambiguity = core.ambiguity
  const countedFrom = core.countedTo !== undefined ? core.to : to
  const counted = countedPhrase(tokens, core.countedTo ?? countedFrom, kind)
  const countedRange: [number, number] | null = core.countedTo !== undefined && core.countedTo > core.to ? [core.to, core.countedTo] : counted
  const from = qualifier && qb ? i : rangeWord ? i : preSymbol ? j - 1 : core.from
  const skip = from === core.from ? core.skip : prefixSkip(tokens[from].w, tokens[from].w.startsWith('و') ? 1 : 0)
  return { from, to, skip, quantity: q, counted: countedRange, consumed: core.countedTo }
}

function bound(lo: number, hi: number, q: Qualifier | null, ranged: boolean, vague: boolean): Bounds {
  if (q === 'more-than' || q === 'at-least') return { lo, hi: null, qualifier: q }
  if (q === 'less-than' || q === 'at-most') return { lo: null, hi, qualifier: q }
  if (ranged) return { lo, hi, qualifier: 'range' }
  if (vague) return { lo, hi, qualifier: 'vague' }
  return { lo, hi, qualifier: q }
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6)

function precisionOf(v: number, words: boolean): Quantity['precision'] {
  if (!Number.isInteger(v)) return 'exact'
  return words || (v >= 100 && v % 100 === 0) ? 'round' : 'exact'
}

/** The counted noun phrase after a count: up to three words, "من" skipped ("ألف من مقاتلي فاجنر"). */
function countedPhrase(tokens: Token[], k: number, kind: QuantityKind): [number, number] | null {
  if (kind !== 'count') return null
  let s = k
  if (tokens[s]?.w === 'من' && !tokens[s].nl) s++
  let e = s
  while (e < s + 3 && tokens[e] && !tokens[e].nl && tokens[e].t === 'w' && !L.stop.has(tokens[e].w)) e++
  return e > s ? [s, e] : null
}
