import { describe, expect, it } from 'vitest'
import { asOf } from '../../../src/core/compare/asof'
import { decide } from '../../../src/core/compare/decide'
import type { Claim, Quantity, Scope } from '../../../src/core/model'

// Which date beside a figure times it. Dates and figures made up for the tests.

let n = 0
const time = (label: string, from: string, to = from): Scope => ({ kind: 'time', label, span: { start: 0, end: 1 }, from, to })
function fig(source: string, lo: number, scopes: Scope[] = [], q: Partial<Quantity> = {}): Claim {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes }
}
const published = (day: string) => ({ published: day, window: null })

describe('asOf: the time a count is about', () => {
  it('a cut-off ("حتى مساء الأربعاء", "by early Wednesday") times the count', () => {
    expect(asOf(fig('a', 135, [time('حتى مساء الأربعاء', '2020-08-05')]), published('2020-08-06'))).toEqual({ from: '2020-08-05', to: '2020-08-05' })
    expect(asOf(fig('a', 78, [time('by early Wednesday', '2020-08-05')]), published('2020-08-06'))).toEqual({ from: '2020-08-05', to: '2020-08-05' })
  })
  it('a period ("between 26 and 29 October") times the count', () => {
    expect(asOf(fig('a', 62263, [time('بين 26 و29 أكتوبر', '2025-10-26', '2025-10-29')]), published('2025-10-31'))).toEqual({ from: '2025-10-26', to: '2025-10-29' })
  })
  it('a period still running on the report\'s day ("this year", "en 2024", "هذا العام") holds the count so far: as of the report', () => {
    expect(asOf(fig('a', 19, [time('this year', '2024-01-01', '2024-12-31')]), published('2024-06-17'))).toEqual({ from: '2024-06-17', to: '2024-06-17' })
    expect(asOf(fig('a', 1081, [time('en 2024', '2024-01-01', '2024-12-31')]), published('2024-06-21'))).toEqual({ from: '2024-06-21', to: '2024-06-21' })
    expect(asOf(fig('a', 1301, [time('هذا العام', '2024-01-01', '2024-12-31')]), published('2024-06-23'))).toEqual({ from: '2024-06-23', to: '2024-06-23' })
    // …so two counts of one running year, a week apart, are a series, not two counts of the whole year that clash.
    const early = fig('a', 19, [time('this year', '2024-01-01', '2024-12-31')])
    const late = fig('b', 1301, [time('هذا العام', '2024-01-01', '2024-12-31')])
    const days: Record<string, string> = { a: '2024-06-17', b: '2024-06-23' }
    expect(decide({ kind: 'count', concept: 'killed' }, [early, late], { origin: (c) => c.source, asOf: (c) => asOf(c, published(days[c.source])), compared: () => true, tolerance: 0.1 }).verdict).toBe('time-series')
  })
  it('…while a period over before the report keeps its days', () => {
    expect(asOf(fig('a', 19, [time('in 2023', '2023-01-01', '2023-12-31')]), published('2024-06-17'))).toEqual({ from: '2023-01-01', to: '2023-12-31' })
  })
  it('a bare day beside a count dates the event counted: the count is as of the report', () => {
    // "killed by the explosion of the evening of 4 August", written on the 13th.
    expect(asOf(fig('a', 170, [time('مساء الرابع من أوت الجاري', '2020-08-04')]), published('2020-08-13'))).toEqual({ from: '2020-08-13', to: '2020-08-13' })
  })
  it('a count "since" a day runs up to the report', () => {
    expect(asOf(fig('a', 13_000_000, [time('منذ منتصف إبريل 2023', '2023-04-10', '2023-04-20')]), published('2025-10-31'))).toEqual({ from: '2025-10-31', to: '2025-10-31' })
    expect(asOf(fig('a', 12_000_000, [time('depuis avril 2023', '2023-04-01', '2023-04-30')]), published('2025-10-29'))).toEqual({ from: '2025-10-29', to: '2025-10-29' })
  })
  it('an amount keeps the day beside it (it sets the rate of its month)', () => {
    expect(asOf(fig('a', 100, [time('mardi 4 août', '2020-08-04')], { kind: 'money', unit: 'EUR' }), published('2020-08-13'))).toEqual({ from: '2020-08-04', to: '2020-08-04' })
  })
  it('unknown stays unknown: no date beside it and no publication day', () => {
    expect(asOf(fig('a', 5, [time('mardi', '2020-08-04')]), { published: null, window: null })).toBeNull()
  })
})

describe('decide: a toll reported days after the event it counts', () => {
  it('50 on the evening of the blast and "more than 170 killed by the blast of 4 August" written on the 13th are a series, not a conflict', () => {
    const days: Record<string, string> = { a: '2020-08-04', b: '2020-08-13' }
    const cs = [fig('a', 50), fig('b', 170, [time('مساء الرابع من أوت الجاري', '2020-08-04')], { hi: null, qualifier: 'more-than' })]
    const d = decide({ kind: 'count' }, cs, { origin: (c) => `outlet:${c.source}`, asOf: (c) => asOf(c, published(days[c.source])), compared: () => true, tolerance: 0.1 })
    expect(d.verdict).toBe('time-series')
  })
})
