import type { Context, Hit, Refiner } from '../contracts'
import { dateQuantity, finer, parseIso, resolvePoint, type DatePoint } from '../dates'

/**
 * Reads every date point against the reference day: relative dates ("الشهر الماضي", "last
 * Tuesday"), months without a year, and the ends of a range (the second end lends its month and
 * year to the first; both ends resolve in the same year). Without a reference day a relative date
 * stays unresolved: no year is ever guessed.
 */
export const ResolveDates: Refiner = {
  name: 'ResolveDates',
  refine(ctx: Context, hits: Hit[]): Hit[] {
    return hits.map((h) => {
      if (!h.point) return h
      if (!h.end) return { ...h, quantity: dateQuantity('date', resolvePoint(h.point, ctx.ref), fallbackPrecision(h.point)) }
      const b = resolvePoint(h.end, ctx.ref)
      const fill: DatePoint = { ...h.end, y: h.end.y ?? (b && h.end.m !== undefined ? parseIso(b.lo).y : undefined) }
      // The first of two weekdays is the one on or before the second ("ليل الجمعة - السبت", "de dimanche à lundi").
      const a = h.point.weekday !== undefined && h.point.d === undefined && b ? resolvePoint({ weekday: h.point.weekday }, b.lo) : resolvePoint(h.point, ctx.ref, fill)
      if (a && b && a.lo > b.hi) return { ...h, weak: true }
      return { ...h, quantity: dateQuantity('daterange', a && b ? { lo: a.lo, hi: b.hi, precision: finer(a.precision, b.precision) } : null, 'day') }
    })
  },
}

const fallbackPrecision = (p: DatePoint) => (p.d !== undefined || p.weekday !== undefined || p.relative?.unit === 'day' ? 'day' : p.m !== undefined ? 'month' : 'year')
