import { describe, expect, it } from 'vitest'
import { countNoun, NOUNS, pluralCategory, type Noun } from '../../../src/core/quantity'

// Arabic counting: 1 and 2 are said by the noun (singular with واحد, dual), 3–10 take the plural,
// 11–99 the accusative singular, 100–102 and round hundreds/thousands the genitive singular; the
// category follows the last two digits (103 is like 3, 111 like 11).
describe('Arabic number–noun agreement', () => {
  it.each([
    [0, 'zero', '0 يوم', '0 مصدر', '0 سنة'],
    [1, 'one', 'يوم واحد', 'مصدر واحد', 'سنة واحدة'],
    [2, 'two', 'يومان', 'مصدران', 'سنتان'],
    [3, 'few', '3 أيام', '3 مصادر', '3 سنوات'],
    [10, 'few', '10 أيام', '10 مصادر', '10 سنوات'],
    [11, 'many', '11 يوماً', '11 مصدراً', '11 سنة'],
    [99, 'many', '99 يوماً', '99 مصدراً', '99 سنة'],
    [100, 'other', '100 يوم', '100 مصدر', '100 سنة'],
    [101, 'other', '101 يوم', '101 مصدر', '101 سنة'],
    [102, 'other', '102 يوم', '102 مصدر', '102 سنة'],
    [103, 'few', '103 أيام', '103 مصادر', '103 سنوات'],
    [111, 'many', '111 يوماً', '111 مصدراً', '111 سنة'],
    [1000, 'other', '1,000 يوم', '1,000 مصدر', '1,000 سنة'],
  ])('%i (%s): %s, %s, %s', (n, category, day, source, year) => {
    expect(pluralCategory(n, 'ar')).toBe(category)
    expect(countNoun(n, NOUNS.day, 'ar')).toBe(day)
    expect(countNoun(n, NOUNS.source, 'ar')).toBe(source)
    expect(countNoun(n, NOUNS.year, 'ar')).toBe(year)
  })

  it('takes the genitive singular after a fraction', () => {
    expect(countNoun(3.5, NOUNS.year, 'ar')).toBe('3.5 سنة')
    expect(countNoun(1.5, NOUNS.day, 'ar')).toBe('1.5 يوم')
  })

  it('agrees the adjectives of a phrase with its noun', () => {
    expect(countNoun(2, NOUNS.agreeingSource, 'ar')).toBe('مصدران مستقلان متفقان')
    expect(countNoun(4, NOUNS.agreeingSource, 'ar')).toBe('4 مصادر مستقلة متفقة')
    expect(countNoun(12, NOUNS.agreeingSource, 'ar')).toBe('12 مصدراً مستقلاً متفقاً')
  })

  it('writes the digits for one and two when asked (a table cell, the end of a range)', () => {
    expect(countNoun(2, NOUNS.day, 'ar', { digits: true })).toBe('2 يوم')
    expect(countNoun(1, NOUNS.figure, 'ar', { digits: true })).toBe('1 رقم')
  })

  it('says English counts with a singular for one only', () => {
    expect([0, 1, 2, 1.5].map((n) => countNoun(n, NOUNS.source, 'en'))).toEqual(['0 sources', '1 source', '2 sources', '1.5 sources'])
  })

  it('takes any noun phrase with its five forms', () => {
    const drone: Noun = { ar: { one: 'طائرة مسيرة واحدة', two: 'طائرتان مسيرتان', few: 'طائرات مسيرة', many: 'طائرة مسيرة', other: 'طائرة مسيرة' }, en: { one: 'drone', other: 'drones' } }
    expect([1, 2, 8, 12, 200].map((n) => countNoun(n, drone, 'ar'))).toEqual(['طائرة مسيرة واحدة', 'طائرتان مسيرتان', '8 طائرات مسيرة', '12 طائرة مسيرة', '200 طائرة مسيرة'])
  })
})
