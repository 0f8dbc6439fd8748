import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { contains, overlaps, toInterval, widen, durationDays, days, type Interval } from '../../../src/core/compare/interval'
import { consensus, marzullo } from '../../../src/core/compare/consensus'

const bound = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(-Infinity), fc.constant(Infinity))
const interval = fc.tuple(bound, bound).filter(([a, b]) => a <= b && !(a === b && !Number.isFinite(a))).map(([lo, hi]) => ({ lo, hi }) as Interval)

describe('interval algebra (properties)', () => {
  it('overlap is symmetric', () => fc.assert(fc.property(interval, interval, (a, b) => overlaps(a, b) === overlaps(b, a))))
  it('containment implies overlap', () => fc.assert(fc.property(interval, interval, (a, b) => !contains(a, b) || overlaps(a, b))))
  it('widening an interval never turns agree into conflict', () => fc.assert(fc.property(interval, interval, fc.double({ min: 0, max: 2, noNaN: true }), (a, b, t) => !overlaps(a, b) || overlaps(widen(a, t), b))))
})

describe('interval algebra (cases)', () => {
  const q = (lo: number | string | null, hi: number | string | null, qualifier: 'about' | null = null) => toInterval({ kind: typeof lo === 'string' ? 'date' : 'count', lo, hi, qualifier })!
  it('a month contains a day of it; "end of 2022" lies inside 2022', () => {
    expect(contains(q('2025-11-01', '2025-11-30'), q('2025-11-11', '2025-11-11'))).toBe(true)
    expect(contains(q('2022-01-01', '2022-12-31'), q('2022-10-01', '2022-12-31'))).toBe(true)
  })
  it('"about 1000" agrees with 1080 at the default ±10 % and not with 1200', () => {
    expect(overlaps(q(1000, 1000, 'about'), q(1080, 1080))).toBe(true)
    expect(overlaps(q(1000, 1000, 'about'), q(1200, 1200))).toBe(false)
  })
  it('open bounds: more than 100 overlaps 200; at most 1000 overlaps about 1000', () => {
    expect(overlaps(q(100, null), q(200, 200))).toBe(true)
    expect(overlaps(q(null, 1000), q(1000, 1000, 'about'))).toBe(true)
    expect(overlaps(q(null, 50), q(100, null))).toBe(false)
  })
  it('a three-day duration is not the 14 days of 11–24 November', () => {
    const d = durationDays({ lo: 3, hi: 3, unit: 'day' })!
    expect(days(q('2025-11-11', '2025-11-24'))).toBe(14)
    expect(14 >= d.lo && 14 <= d.hi).toBe(false)
  })
})

describe('consensus', () => {
  it('Marzullo finds the interval most sources agree with', () => {
    const m = marzullo([
      { source: 'a', interval: { lo: 8, hi: 12 }, weight: 1 },
      { source: 'b', interval: { lo: 11, hi: 13 }, weight: 1 },
      { source: 'c', interval: { lo: 10, hi: 12 }, weight: 1 },
      { source: 'd', interval: { lo: 30, hi: 31 }, weight: 1 },
    ])
    expect(m).toEqual({ lo: 11, hi: 12, count: 3 })
  })
  it('weights change the median, and the far figure is flagged an outlier', () => {
    const voices = [
      { source: 'a', interval: { lo: 100, hi: 100 }, weight: 1 },
      { source: 'b', interval: { lo: 110, hi: 110 }, weight: 1 },
      { source: 'c', interval: { lo: 105, hi: 105 }, weight: 1 },
      { source: 'd', interval: { lo: 900, hi: 900 }, weight: 1 },
    ]
    const c = consensus(voices)
    // Four voices of equal weight: the median lies halfway between the middle two.
    expect(c.median).toBe(107.5)
    expect(c.outliers).toEqual(['d'])
    expect(consensus(voices.map((v) => (v.source === 'a' ? { ...v, weight: 0 } : v))).median).toBe(110)
    expect(c.weights).toEqual({ a: 1, b: 1, c: 1, d: 1 })
  })
  it('one origin whose two figures share its weight, against one other figure: no side is the consensus, and no figure an outlier', () => {
    // 30 from one origin; 44 and 47 from another, each at half its weight.
    const c = consensus([
      { source: 'a', interval: { lo: 30, hi: 30 }, weight: 1 },
      { source: 'b', interval: { lo: 44, hi: 44 }, weight: 0.5 },
      { source: 'c', interval: { lo: 47, hi: 47 }, weight: 0.5 },
    ])
    expect(c.median).toBe(37)
    expect(c.outliers).toEqual([])
    // No two voices share a value: no interval is drawn as what most of them say.
    expect(c.interval).toBeNull()
  })
  it('an interval is the consensus only when two voices or more hold it', () => {
    const one = (source: string, x: number) => ({ source, interval: { lo: x, hi: x }, weight: 1 })
    expect(consensus([one('a', 12), one('b', 19), one('c', 25)]).interval).toBeNull()
    expect(consensus([one('a', 12), one('b', 19), one('c', 19)]).interval).toEqual({ lo: 19, hi: 19, count: 2 })
  })
})
