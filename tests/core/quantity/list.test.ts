import { describe, expect, it } from 'vitest'
import { NOUNS, someOf } from '../../../src/core/quantity'

describe('someOf: a long list said in one sentence', () => {
  it('a short list is said in full, as a language joins it', () => {
    expect(someOf(['A', 'B', 'C'], NOUNS.figure, 'en')).toBe('A, B and C')
    expect(someOf(['أ', 'ب'], NOUNS.figure, 'ar')).toBe('أ وب')
  })
  it('a long list gives its count, with the number agreeing with its noun, and a few of its items', () => {
    const items = Array.from({ length: 212 }, (_, i) => `x${i}`)
    expect(someOf(items, NOUNS.figure, 'en')).toBe('212 figures, among them x0, x1 and x2')
    // 212 takes the accusative singular in Arabic (رقماً), 11 too; 5 the plural (أرقام).
    expect(someOf(items, NOUNS.figure, 'ar')).toBe('212 رقماً، منها x0 وx1 وx2')
    expect(someOf(items.slice(0, 11), NOUNS.outlet, 'ar', { max: 3 })).toMatch(/^11 وسيلة إعلامية، منها x0 وx1$/)
    expect(someOf(items.slice(0, 5), NOUNS.figure, 'ar')).toMatch(/^5 أرقام، منها /)
  })
  it('mid-sentence, the aside is closed before the verb', () => {
    expect(someOf(['a', 'b', 'c', 'd', 'e'], NOUNS.figure, 'en', { mid: true })).toBe('5 figures, among them a, b and c,')
    expect(someOf(['a', 'b'], NOUNS.figure, 'en', { mid: true })).toBe('a and b')
  })
  it('the items shown differ from one another; the count is of them all', () => {
    expect(someOf(['55', '55', '55', '55', '58', '60'], NOUNS.figure, 'en')).toBe('6 figures, among them 55, 58 and 60')
  })
})
