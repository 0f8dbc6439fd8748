import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// An age written as a decade is a duration in years: "in their twenties" 20–29, "in her early
// seventies" 70–73 (mid 74–76, late 77–79), "في العشرينيات من أعمارهم" 20–29, also in the shorter
// spelling "الستينات"; without a person's age after it the Arabic decade stays a date.
const cases: Case[] = [
  { lang: 'en', text: 'The driver, a man in his late fifties, survived.', span: 'late fifties', kind: 'duration', lo: 57, hi: 59, unit: 'year', qualifier: 'range' },
  { lang: 'en', text: 'A farmer in her early sixties was rescued.', span: 'early sixties', kind: 'duration', lo: 60, hi: 63, unit: 'year', qualifier: 'range' },
  { lang: 'ar', text: 'وكان معظم المفقودين في الثلاثينيات من أعمارهم', span: 'الثلاثينيات', kind: 'duration', lo: 30, hi: 39, unit: 'year', qualifier: 'range' },
  { lang: 'ar', text: 'أنقذت الفرق امرأة في الستينات من عمرها', span: 'الستينات', kind: 'duration', lo: 60, hi: 69, unit: 'year', qualifier: 'range' },
  { lang: 'ar', text: 'بني السد في السبعينات', span: 'السبعينات', kind: 'date', lo: '1970-01-01', hi: '1979-12-31' },
]

describe('ages written as decades', () => {
  it.each(cases)('$lang $text → $span', (c) => expectCase({ ...c, published: '2024-06-20' }))
})
