import type { Precision, Quantity } from '../../../../model'
import type { Context, Hit } from '../../../common/hit'
import { addDays, iso, monthPart, monthRange, parseIso, validDay, weekday, yearPart, yearRange } from '../../../common/dates'
import type { Token } from '../tokens'
import { glued } from '../tokens'
import { L } from '../lexicon'
import { prefixSkip } from './ARNumberParser'

// Dates, date ranges and relative dates. A date is read as a "point" with what the text gives
// (day, month, year, a part of a period, a relative marker), then resolved against the reference day.

type Part = 'early' | 'mid' | 'late'
interface Point {
  from: number
  to: number
  skip: number
  y?: number
  m?: number
  d?: number
  part?: Part
  /** "الماضي": the last such month before the reference day. */
  past?: boolean
  relative?: { unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  weekday?: number
  decade?: number
  /** A bare day number, only meaningful as the first end of a range ("من 11 إلى 24 نوفمبر"). */
  dayOnly?: boolean
  /** A year with no word before it ("2022"): weaker evidence. */
  bareYear?: boolean
}

const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت'])
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه'])
const RANGE_FROM = new Set(['من', 'بين'])

const num = (t: Token | undefined) => (t && t.t === 'n' && /^\d+$/.test(t.w) ? Number(t.w) : NaN)
const isYear = (t: Token | undefined) => !!t && t.t === 'n' && /^\d{4}$/.test(t.w) && Number(t.w) >= 1800 && Number(t.w) <= 2100

function monthAt(tokens: Token[], j: number): { m: number; to: number; skip: number; weak: boolean } | null {
  const mo = L.months.at(tokens, j)
  if (!mo) return null
  let to = j + mo.n
  // Paired names: "تشرين الثاني/نوفمبر", "حزيران/ يونيو".
  if (tokens[to]?.w === '/' && !tokens[to].nl) {
    const second = L.months.at(tokens, to + 1, true)
    if (second) to += 1 + second.n
  }
  const stem = tokens[j].w.slice(mo.pre)
  return { m: mo.value, to, skip: prefixSkip(tokens[j].w, mo.pre), weak: L.weakMonths.has(stem) && to === j + mo.n }
}

/** Year digits after a month or a year word; glued is fine ("يناير2025"). */
function yearAfter(tokens: Token[], k: number): number | null {
  const t = tokens[k]
  if (!isYear(t) || t.nl) return null
  const after = tokens[k + 1]
  // "2025 دولار" is not a year.
  if (after && !after.nl && (L.currencies.at(tokens, k + 1, true) || after.w === '%')) return null
  return Number(t.w)
}

function relativeSuffix(tokens: Token[], p: Point): void {
  const t = tokens[p.to]
  if (!t || t.nl) return
  if (PAST.has(t.w)) { p.past = true; p.to++ } else if (NEXT.has(t.w)) { p.relative = { unit: 'year', offset: 0 }; p.to++ }
}

/** A single date expression at token j (no range, no preposition). */
function point(tokens: Token[], j: number, ctx: Context): Point | null {
  const t = tokens[j]
  if (!t) return null
  if (t.t === 'n') {
    const v = num(t)
    const mo = !Number.isNaN(v) && v >= 1 && v <= 31 && /^\d{1,2}$/.test(t.w) ? monthAt(tokens, j + 1) : null
    if (mo && !tokens[j + 1].nl) {
      const p: Point = { from: j, to: mo.to, skip: 0, d: v, m: mo.m }
      const y = yearAfter(tokens, p.to)
      if (y !== null) { p.y = y; p.to++ } else relativeSuffix(tokens, p)
      return p
    }
    if (/^\d{1,2}$/.test(t.w) && v >= 1 && v <= 31) return { from: j, to: j + 1, skip: 0, d: v, dayOnly: true }
    if (isYear(t)) {
      const prev = tokens[j - 1]
      // A year glued to a word, or after a word seen as a name elsewhere ("بامكس 2025"), is part of a name.
      if (prev && prev.t === 'w' && !prev.nl && (glued(prev, t) || ctx.nameHeads.has(prev.w)) && !L.months.at(tokens, j - 1)) return null
      const after = tokens[j + 1]
      if (after && !after.nl && (L.currencies.at(tokens, j + 1, true) || L.measures.at(tokens, j + 1, true) || L.timeUnits.at(tokens, j + 1, true) || after.w === '%' || L.percent.at(tokens, j + 1, true))) return null
      return { from: j, to: j + 1, skip: 0, y: Number(t.w), bareYear: true }
    }
    return null
  }
  if (t.t !== 'w') return null
  const wd = L.weekdays.at(tokens, j)
  if (wd) {
    let k = j + wd.n
    if (tokens[k]?.w === '،' || tokens[k]?.w === ',') k++
    const inner = point(tokens, k, ctx)
    if (inner && inner.d !== undefined && !inner.dayOnly) return { ...inner, from: j, skip: prefixSkip(t.w, wd.pre) }
    if (wd.pre > 0 && !tokens[j].w.startsWith('ال') && !/^[وفب]ال/.test(tokens[j].w)) return null
    return { from: j, to: j + wd.n, skip: prefixSkip(t.w, wd.pre), weekday: wd.value }
  }
  const od = L.ordinalDays.at(tokens, j)
  if (od && tokens[j + od.n]?.w === 'من') {
    const mo = monthAt(tokens, j + od.n + 1)
    if (mo) {
      const p: Point = { from: j, to: mo.to, skip: prefixSkip(t.w, od.pre), d: od.value, m: mo.m }
      const y = yearAfter(tokens, p.to)
      if (y !== null) { p.y = y; p.to++ } else relativeSuffix(tokens, p)
      return p
    }
  }
  const mo = monthAt(tokens, j)
  if (mo) {
    const p: Point = { from: j, to: mo.to, skip: mo.skip, m: mo.m }
    const y = yearAfter(tokens, p.to)
    if (y !== null) { p.y = y; p.to++ } else relativeSuffix(tokens, p)
    if (mo.weak && p.y === undefined) return null
    return p
  }
  const rel = L.relative.at(tokens, j)
  if (rel && !(rel.value.unit === 'day' && rel.value.offset === 0)) return { from: j, to: j + rel.n, skip: prefixSkip(t.w, rel.pre), relative: rel.value }
  for (const r of [{ stem: t.w, pre: 0 }, { stem: t.w.slice(1), pre: 1 }]) {
    if (L.yearWords.has(r.stem) && isYear(tokens[j + 1]) && !tokens[j + 1].nl) {
      return { from: j, to: j + 2, skip: prefixSkip(t.w, r.pre), y: Number(tokens[j + 1].w) }
    }
  }
  const dec = L.decades.at(tokens, j)
  if (dec) return { from: j, to: j + dec.n, skip: prefixSkip(t.w, dec.pre), decade: dec.value }
  return null
}

/** A part of a period before a point: "منتصف نوفمبر", "نهاية سنة 2022", "أواخر العام الماضي". */
function partPoint(tokens: Token[], j: number, ctx: Context): Point | null {
  const part = L.parts.at(tokens, j)
  if (!part) return null
  let k = j + part.n
  if (tokens[k]?.w === 'شهر') k++
  const p = point(tokens, k, ctx)
  if (!p || p.dayOnly || p.d !== undefined || p.weekday !== undefined || p.decade !== undefined) return null
  if (p.relative && p.relative.unit !== 'year' && p.relative.unit !== 'month') return null
  return { ...p, from: j, skip: prefixSkip(tokens[j].w, part.pre), part: part.value }
}

function anyPoint(tokens: Token[], j: number, ctx: Context): Point | null {
  return partPoint(tokens, j, ctx) ?? point(tokens, j, ctx)
}

interface Resolved { lo: string; hi: string; precision: Precision }

function resolve(p: Point, ref: string | null, fill?: Point): Resolved | null {
  const r = ref ? parseIso(ref) : null
  if (p.decade !== undefined) return { lo: iso(p.decade, 1, 1), hi: iso(p.decade + 9, 12, 31), precision: 'year' }
  if (p.relative) {
    if (!r || !ref) return null
    const { unit, offset } = p.relative
    if (unit === 'day') { const d = addDays(ref, offset); return { lo: d, hi: d, precision: 'day' } }
    if (unit === 'week') {
      const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * offset)
      return { lo: monday, hi: addDays(monday, 6), precision: 'part-month' }
    }
    if (unit === 'month' && p.m === undefined) {
      const mIdx = r.y * 12 + (r.m - 1) + offset
      const [lo, hi] = monthRange(Math.floor(mIdx / 12), (mIdx % 12) + 1)
      return p.part ? partOfMonth(Math.floor(mIdx / 12), (mIdx % 12) + 1, p.part) : { lo, hi, precision: 'month' }
    }
    if (unit === 'year' && p.m === undefined) {
      const y = r.y + offset
      return p.part ? partOfYear(y, p.part) : { lo: yearRange(y)[0], hi: yearRange(y)[1], precision: 'year' }
    }
  }
  if (p.weekday !== undefined) {
    if (!ref) return null
    let back = (weekday(ref) - p.weekday + 7) % 7
    if (back === 0) back = 7
    const d = addDays(ref, -back)
    return { lo: d, hi: d, precision: 'day' }
  }
  const m = p.m ?? fill?.m
  let y = p.y ?? fill?.y
  if (y === undefined && m !== undefined) {
    if (!r) return null
    y = r.y
    const past = p.past || fill?.past
    // "نوفمبر الماضي" written in November is last year's November.
    if (past && (m > r.m || (m === r.m && (p.d === undefined || p.d >= r.d)))) y -= 1
  }
  if (y === undefined) return null
  if (m === undefined) return p.part ? partOfYear(y, p.part) : { lo: yearRange(y)[0], hi: yearRange(y)[1], precision: 'year' }
  if (p.d !== undefined) {
    if (!validDay(y, m, p.d)) return null
    const d = iso(y, m, p.d)
    return { lo: d, hi: d, precision: 'day' }
  }
  if (p.part) return partOfMonth(y, m, p.part)
  const [lo, hi] = monthRange(y, m)
  return { lo, hi, precision: 'month' }
}

const partOfMonth = (y: number, m: number, part: Part): Resolved => { const [lo, hi] = monthPart(y, m, part); return { lo, hi, precision: 'part-month' } }
const partOfYear = (y: number, part: Part): Resolved => { const [lo, hi] = yearPart(y, part); return { lo, hi, precision: 'part-year' } }

function dateQuantity(kind: 'date' | 'daterange', lo: string | null, hi: string | null, precision: Precision, unresolved: boolean): Quantity {
  const q: Quantity = { kind, lo, hi, unit: null, per: null, precision, qualifier: kind === 'daterange' ? 'range' : null }
  if (unresolved) { q.unresolved = true; q.ambiguity = 'no publication date to anchor this relative or yearless date' }
  return q
}

/** A date or a date range starting at token i, with its preposition ("منذ", "بحلول") when it has one. */
export function parseDate(tokens: Token[], i: number, ctx: Context): Hit | null {
  const t = tokens[i]
  if (!t) return null
  let j = i
  let lead = 0
  let rangeWord: string | null = null
  const stem = t.t === 'w' && t.w.length > 2 && /^[وف]/.test(t.w) ? t.w.slice(1) : t.t === 'w' ? t.w : ''
  if (t.t === 'w' && (L.datePreps.has(t.w) || L.datePreps.has(stem))) { j++; lead = 1 }
  else if (t.t === 'w' && (RANGE_FROM.has(t.w) || RANGE_FROM.has(stem))) { rangeWord = stem || t.w; j++ }
  else if ((t.w === 'في' || t.w === 'وفي') && isYear(tokens[i + 1])) { j++; lead = 1 }
  if (rangeWord === 'بين' && (tokens[j]?.w === 'عامي' || tokens[j]?.w === 'سنتي')) j++
  const p1 = anyPoint(tokens, j, ctx)
  if (!p1) return null
  if (lead && tokens[i].w.endsWith('في') && !p1.bareYear) return null
  if (lead && p1.weekday !== undefined && p1.d === undefined) return null
  // A range: "من 11 إلى 24 نوفمبر", "بين عامي 2017 و 2019", "2017-2019".
  const c = tokens[p1.to]
  const lead0 = stem ? t.w.length - stem.length : 0
  const okJoin = c && !c.nl && (rangeWord === 'بين' ? c.w === 'و' : rangeWord === 'من' ? c.w === 'الي' || c.w === 'حتي' || c.w === 'ل' : c.w === '-' && glued(tokens[p1.to - 1], c))
  if (okJoin) {
    let k = p1.to + 1
    if (L.yearWords.has(tokens[k]?.w ?? '')) k++
    const p2 = anyPoint(tokens, k, ctx)
    if (p2 && !p2.dayOnly && compatible(p1, p2)) {
      const a = resolve(p1, ctx.ref, p2)
      const b = resolve(p2, ctx.ref)
      const from = rangeWord ? i : p1.from
      const skip = rangeWord ? lead0 : p1.skip
      if (a && b && a.lo <= b.hi) return { from, to: p2.to, skip, quantity: dateQuantity('daterange', a.lo, b.hi, finer(a.precision, b.precision), false), counted: null }
      if (!a || !b) return { from, to: p2.to, skip, quantity: dateQuantity('daterange', null, null, 'day', true), counted: null }
    }
  }
  if (p1.dayOnly) return null
  if (p1.bareYear && !lead && !ctx.whole && !yearStandsAlone(tokens, p1)) return null
  const from = lead ? i : p1.from
  const skip = lead ? lead0 : p1.skip
  const r = resolve(p1, ctx.ref)
  const q = r ? dateQuantity('date', r.lo, r.hi, r.precision, false) : dateQuantity('date', null, null, p1.d ? 'day' : p1.m ? 'month' : 'year', true)
  let to = p1.to
  const after = tokens[to] && !tokens[to].nl ? L.qualAfter.at(tokens, to, true) : null
  if (after && after.value === 'at-least') { q.hi = null; q.qualifier = 'at-least'; to += after.n }
  return { from, to, skip, quantity: q, counted: null }
}

// A bare year is a date when it is not counting something: "صفقة 2016 عندما", not "2000 جندي".
function yearStandsAlone(tokens: Token[], p: Point): boolean {
  const next = tokens[p.to]
  if (!next || next.nl || next.t === 'p' || L.stop.has(next.w)) return true
  if (L.scaleWords.has(next.w) || (p.y ?? 0) % 100 === 0) return false
  return !L.qualBefore.endingAt(tokens, p.from - 1)
}

function compatible(a: Point, b: Point): boolean {
  if (a.dayOnly) return b.d !== undefined && b.m !== undefined
  if (a.y !== undefined && a.m === undefined) return b.y !== undefined || b.decade !== undefined
  return true
}

const ORDER: Precision[] = ['day', 'part-month', 'month', 'part-year', 'year']
const finer = (a: Precision, b: Precision): Precision => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b)
