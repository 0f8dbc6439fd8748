import { describe, expect, it } from 'vitest'
import { boundValue, claimInterval, consensusInterval, dayMs, overlaps } from '../../../src/core/charts/scale'
import { makeConsensus } from '../../ui/fixtures'

const q = (lo: number | string | null, hi: number | string | null, extra = {}) => ({ quantity: { kind: 'count' as const, lo, hi, unit: null, per: null, precision: 'exact' as const, qualifier: null, ...extra } })

describe('scale', () => {
  it('reads numbers as they are and ISO days as local midnights, the last day to its end', () => {
    expect(boundValue(50_000_000, 'lo')).toBe(50_000_000)
    expect(boundValue('2025-11-11', 'lo')).toBe(new Date(2025, 10, 11).getTime())
    expect(boundValue('2025-11-24', 'hi')).toBe(new Date(2025, 10, 25).getTime() - 1)
    expect(boundValue(null, 'hi')).toBeNull()
    expect(dayMs('not a day')).toBeNull()
  })

  it('marks single values and "about" values', () => {
    expect(claimInterval(q(2, 2))).toMatchObject({ lo: 2, hi: 2, exact: true, about: false })
    expect(claimInterval(q(1000, 1000, { qualifier: 'about' }))).toMatchObject({ exact: true, about: true })
    expect(claimInterval(q(3.5, null))).toMatchObject({ lo: 3.5, hi: null, exact: false })
  })

  it('reads a date consensus counted in days, milliseconds or YYYYMMDD', () => {
    const want = { lo: new Date(2025, 10, 11).getTime(), hi: new Date(2025, 10, 21).getTime() - 1 }
    const days = Date.UTC(2025, 10, 11) / 86_400_000
    expect(consensusInterval(makeConsensus({ interval: { lo: days, hi: days + 9, count: 2 } }), 'daterange')).toEqual(want)
    expect(consensusInterval(makeConsensus({ interval: { lo: 20251111, hi: 20251120, count: 2 } }), 'date')).toEqual(want)
    expect(consensusInterval(makeConsensus({ interval: { lo: 900, hi: 1000, count: 2 } }), 'count')).toEqual({ lo: 900, hi: 1000 })
    expect(consensusInterval(null, 'count')).toBeNull()
  })

  it('tells whether intervals with open ends overlap', () => {
    expect(overlaps({ lo: 1, hi: 2 }, { lo: 2, hi: 3 })).toBe(true)
    expect(overlaps({ lo: 1, hi: 2 }, { lo: 2.5, hi: 3 })).toBe(false)
    expect(overlaps({ lo: 3.5, hi: null }, { lo: 100, hi: 200 })).toBe(true)
    expect(overlaps({ lo: null, hi: 1000 }, { lo: 1001, hi: null })).toBe(false)
  })
})
