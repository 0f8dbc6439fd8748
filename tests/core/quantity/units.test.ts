import { describe, expect, it } from 'vitest'
import * as AR from '../../../src/core/extract/locales/ar/constants'
import * as EN from '../../../src/core/extract/locales/en/constants'
import * as FR from '../../../src/core/extract/locales/fr/constants'
import { CURRENCY_FAMILIES } from '../../../src/core/extract/common/currencies'
import { CURRENCY_NOUNS, MEASURE_NOUNS, PER_PHRASES, TIME_NOUNS, sayQuantity } from '../../../src/core/quantity'

const values = (...tables: (Record<string, unknown> | undefined)[]) => [...new Set(tables.flatMap((t) => Object.values(t ?? {})))]
const units = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' && 'unit' in x ? [String((x as { unit: string }).unit)] : [])

// Every unit the extractors can give has words in both languages, so no code ("km2", "XAF",
// "knot") ever reaches an Arabic sentence. A unit added to an extractor needs its noun in
// src/core/quantity/nouns.ts.
describe('every unit the extractors give can be said', () => {
  it('currencies', () => {
    const codes = [
      ...values(AR.CURRENCIES, AR.PLACE_CURRENCIES, AR.CURRENCY_SYMBOLS, EN.CURRENCY_BEFORE, EN.CURRENCY_AFTER, EN.PLACE_CURRENCIES, FR.CURRENCY_BEFORE, FR.CURRENCY_AFTER, FR.PLACE_CURRENCIES),
      ...Object.values(CURRENCY_FAMILIES).flat(),
    ].flatMap(units).filter((u) => !u.startsWith('~'))
    expect(codes.filter((c) => !CURRENCY_NOUNS[c])).toEqual([])
  })

  it('measures and units of time', () => {
    const measures = values(AR.MEASURES, EN.MEASURES, FR.MEASURES).flatMap(units)
    expect(measures.filter((m) => !MEASURE_NOUNS[m])).toEqual([])
    const times = values(AR.TIME_UNITS, EN.TIME_UNITS, FR.TIME_UNITS).flatMap(units)
    expect(times.filter((u) => !TIME_NOUNS[u])).toEqual([])
  })

  it('what a rate is per', () => {
    const pers = values(AR.PER, EN.PER, FR.PER).flatMap(units)
    expect(pers.filter((p) => !PER_PHRASES[p])).toEqual([])
  })

  it('in Arabic words only', () => {
    const all = [...Object.keys(MEASURE_NOUNS), ...Object.keys(TIME_NOUNS), ...Object.keys(CURRENCY_NOUNS)]
    for (const unit of all) {
      const text = sayQuantity({ kind: 'count', lo: 12, hi: 12, unit, per: null, precision: 'exact', qualifier: null }, 'ar')
      expect(text, unit).not.toMatch(/[A-Za-z]/)
    }
  })
})
