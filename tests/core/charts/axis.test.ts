import { describe, expect, it } from 'vitest'
import { valueAxis } from '../../../src/core/charts/axis'

const day = (iso: string) => new Date(`${iso}T00:00:00`).getTime()

describe('the value axis of a topic chart', () => {
  it('runs right to left in Arabic only', () => {
    expect(valueAxis('count', null, 'ar').reverse).toBe(true)
    expect(valueAxis('count', null, 'en').reverse).toBe(false)
    expect(valueAxis('date', null, 'ar').reverse).toBe(true)
  })

  it('ticks counts and amounts at whole numbers, percentages as they come', () => {
    expect(valueAxis('count', null, 'en').precision).toBe(0)
    expect(valueAxis('money', 'USD', 'ar').precision).toBe(0)
    expect(valueAxis('percent', '%', 'en').precision).toBeUndefined()
  })

  it('says the currency of a money axis in each language', () => {
    const en = valueAxis('money', 'USD', 'en')
    expect(en.title).toBe('US dollars')
    expect(en.tick(5e7)).toBe('US$50m')
    const ar = valueAxis('money', 'USD', 'ar')
    expect(ar.title).toBe('دولار')
    expect(ar.tick(5e7)).toMatch(/^50\s?مليون$/)
    expect(valueAxis('rate', 'USD/month', 'en').title).toBe('US dollars')
  })

  it('names the unit of a duration axis', () => {
    expect(valueAxis('duration', 'day', 'ar').title).toBe('أيام')
    expect(valueAxis('duration', 'year', 'en').title).toBe('years')
  })

  it('writes four-digit years on a time axis', () => {
    const wide = valueAxis('daterange', null, 'en', { min: day('2020-01-01'), max: day('2025-12-31') })
    expect(wide.tick(day('2022-03-01'))).toBe('Mar 2022')
    // Days of one year: the year once, under the axis, so labels fit a phone.
    const narrow = valueAxis('daterange', null, 'ar', { min: day('2025-11-01'), max: day('2025-11-30') })
    expect(narrow.tick(day('2025-11-11'))).toBe('11 نوفمبر')
    expect(narrow.title).toBe('2025')
    // Days across a new year: the year on every tick.
    const across = valueAxis('date', null, 'en', { min: day('2024-12-20'), max: day('2025-01-10') })
    expect(across.tick(day('2025-01-02'))).toBe('2 Jan 2025')
    expect(across.title).toBe('')
  })

  it('writes small counts in full and large ones short', () => {
    expect(valueAxis('count', null, 'ar').tick(1500)).toBe('1,500')
    expect(valueAxis('count', null, 'en').tick(50000)).toBe('50k')
  })

  it('writes percentages with their sign', () => {
    expect(valueAxis('percent', '%', 'ar').tick(75)).toBe('75%')
  })
})
