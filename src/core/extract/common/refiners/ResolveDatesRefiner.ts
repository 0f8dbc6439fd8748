import type { Context, Hit, Refiner } from '../contracts'
import type { Token } from '../tokens'
import { addDays, dateQuantity, finer, parseIso, resolvePoint, type DatePoint } from '../dates'

/**
 * Reads every date point against the reference day: relative dates ("الشهر الماضي", "last
 * Tuesday"), months without a year, and the ends of a range (the second end lends its month and
 * year to the first; both ends resolve in the same year). Without a reference day a relative date
 * stays unresolved: no year is ever guessed.
 */
export const ResolveDates: Refiner = {
  name: 'ResolveDates',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    const given = new Map<number, { y: number; at: number }>()
    // The last single day the text gave, for "the next day" and "la veille".
    let lastDay: { day: string; at: number } | null = null
    return hits.map((h0) => {
      if (!h0.point) return h0
      const at = ctx.tokens[h0.from]?.s ?? 0
      const h = withYearGiven(openBound(ctx.tokens, h0), given, at, ctx.ref)
      if (!h.point) return h
      if (h.point.anchored !== undefined) {
        // Set against no day the text gave nearby, it says nothing of when: left out.
        if (!lastDay || at - lastDay.at > ANCHOR_REACH) return { ...h, weak: true }
        const day = addDays(lastDay.day, h.point.anchored)
        lastDay = { day, at }
        return { ...h, quantity: dateQuantity('date', { lo: day, hi: day, precision: 'day' }, 'day') }
      }
      if (!h.end) {
        const d = resolvePoint(decreedDay(ctx.tokens, h) ? { ...h.point, decreed: true } : h.point, ctx.ref)
        if (d && d.lo === d.hi) lastDay = { day: d.lo, at }
        return { ...h, quantity: dateQuantity('date', d, fallbackPrecision(h.point)) }
      }
      // A range set in the future by its first end ("will run from Nov. 11 to 14") is so as a whole.
      const end: DatePoint = h.point.next && h.end.y === undefined && !h.end.past ? { ...h.end, next: true } : h.end
      const b = resolvePoint(end, ctx.ref)
      const fill: DatePoint = { ...end, y: end.y ?? (b && end.m !== undefined ? parseIso(b.lo).y : undefined) }
      // The first of two weekdays is the one on or before the second ("ليل الجمعة - السبت", "de dimanche à lundi").
      const a = h.point.weekday !== undefined && h.point.d === undefined && b ? resolvePoint({ weekday: h.point.weekday }, b.lo) : resolvePoint(h.point, ctx.ref, fill)
      if (a && b && a.lo > b.hi) return { ...h, weak: true }
      return { ...h, quantity: dateQuantity('daterange', a && b ? { lo: a.lo, hi: b.hi, precision: finer(a.precision, b.precision) } : null, 'day') }
    })
  },
}

// A weekday named as the day of something ("declared Sunday a national day of mourning", "named
// Sunday as a day of prayer", "a décrété lundi journée de deuil", "أعلنت الحكومة الاثنين يوماً
// للحداد") is the day decreed, not the day of the decree: right after it, "(as) (a) (national) day
// of …", "journée de …", "يوم/يوماً …". With a preposition before it ("on Sunday", "le lundi",
// "يوم الأحد") or a comma after it, it is the day something was done.
const DAY_WORDS = new Set(['day', 'journée', 'jour', 'يوم', 'يوما'])
const DAY_LEADS = new Set(['as', 'comme', 'a', 'an', 'the', 'une', 'la', 'le', 'un'])
const DAY_BEFORE = new Set(['on', 'le', 'ce', 'يوم', 'في', 'since', 'depuis', 'منذ', 'until', "jusqu'au", 'by'])
function decreedDay(tokens: Token[], h: Hit): boolean {
  const p = h.point!
  if (p.weekday === undefined || p.d !== undefined || p.past || p.next || p.relative || h.to - h.from !== 1 || DAY_BEFORE.has(tokens[h.from - 1]?.w ?? '')) return false
  let k = h.to
  for (let lead = 0; lead < 2 && DAY_LEADS.has(tokens[k]?.w ?? ''); lead++) k++
  // (One word may stand before "day": "a national day", "a public day".)
  if (!DAY_WORDS.has(tokens[k]?.w ?? '') && tokens[k]?.t === 'w') k++
  const day = tokens[k]
  const next = tokens[k + 1]
  return !!day && !day.nl && DAY_WORDS.has(day.w) && !!next && next.t === 'w' && !next.nl
}

// An end bound ("until", "jusqu'au", "حتى") a yearless day marks is the coming one up to half a
// year ahead ("la détention court jusqu'au 22 mai", "schools will stay shut until May 3", "تمدد حالة
// الطوارئ حتى 3 مايو"), unless its clause sets the state in the past: "was in force until", "a duré
// jusqu'au", "استمر حتى". A verb that moves the bound forward (extended, prolongé, مدد) keeps it ahead
// whatever its tense.
const PAST_STATE = new Set(['was', 'were', 'lasted', 'ended', 'had', 'remained', 'stayed', 'était', 'étaient', 'duré', 'avait', 'avaient', 'restait', 'restaient',
  'استمر', 'استمرت', 'ظل', 'ظلت', 'دام', 'دامت', 'كان', 'كانت', 'بقي', 'بقيت'])
const MOVED_AHEAD = new Set(['extended', 'extends', 'extend', 'prolonged', 'postponed', 'remanded', 'adjourned', 'prolongé', 'prolongée', 'prolongés', 'prolongées', 'prolonge', 'reporté', 'reportée', 'repoussé', 'repoussée',
  'مدد', 'مددت', 'تمديد', 'تمدد', 'يمدد', 'أرجأ', 'أرجأت', 'تأجيل', 'أجل', 'أجلت'])
const CLAUSE_REACH = 12 // tokens back to the verb of the bound's clause
function openBound(tokens: Token[], h: Hit): Hit {
  const p = h.point!
  if (!p.until || p.y !== undefined || p.past) return h
  for (let k = h.from - 1; k >= 0 && k >= h.from - CLAUSE_REACH; k--) {
    const t = tokens[k]
    if (t.t === 'p' && /^[.!?;؛]$/.test(t.w)) break
    const w = t.w.replace(/^[وف]/, '')
    if (MOVED_AHEAD.has(t.w) || MOVED_AHEAD.has(w)) break
    if (PAST_STATE.has(t.w) || PAST_STATE.has(w)) return h
    if (t.nl) break
  }
  return { ...h, point: { ...p, openBound: true } }
}

const fallbackPrecision = (p: DatePoint) => (p.d !== undefined || p.weekday !== undefined || p.relative?.unit === 'day' ? 'day' : p.m !== undefined ? 'month' : 'year')

// How far (in characters) back "the next day" looks for the day it is counted from: the same
// paragraph or the one before.
const ANCHOR_REACH = 800

// How far (in characters) a year written with a month carries to the same month written without
// one: a paragraph or two ("The fair ran Nov. 11-14, 2025. On Nov. 12, the minister…").
const YEAR_CARRY = 600

// A month without a year and no word of its own about when (last, next, this) is read as the
// nearest past one; when the report has just given that month a later year, the month is that
// one ("Nov. 11-14, 2025 … On Nov. 12", written in October 2025). An earlier year given nearby
// is another event's ("a video of November 2024 … the fair of 11 to 24 November", written in
// November 2025), so it is never carried.
function withYearGiven(h: Hit, given: Map<number, { y: number; at: number }>, at: number, ref: string | null): Hit {
  const fill = (p: DatePoint | undefined): DatePoint | undefined => {
    if (!p || p.m === undefined) return p
    if (p.y !== undefined) { given.set(p.m, { y: p.y, at }); return p }
    const g = given.get(p.m)
    if (!g || at - g.at > YEAR_CARRY || p.past || p.next || p.relative || p.thisYear || p.until) return p
    const own = resolvePoint(p, ref)
    return own && parseIso(own.lo).y < g.y ? { ...p, y: g.y } : p
  }
  const point = fill(h.point)!
  const end = fill(h.end)
  return point === h.point && end === h.end ? h : { ...h, point, end }
}
