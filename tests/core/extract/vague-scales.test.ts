import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// "Several" or "a few" of a scale word stays below the next order, as the plural's own interval
// does ("hundreds" [200, 999]): "several hundred" [300, 999], "عدة آلاف" [3000, 9999],
// "plusieurs millions" [3e6, 9.99e6]; "a few" stays at nine of them.
const cases: Case[] = [
  { text: 'قتل عدة مئات من الأشخاص', span: 'عدة مئات', kind: 'count', lo: 300, hi: 999, qualifier: 'vague' },
  { text: 'نزح عدة آلاف من السكان', span: 'عدة آلاف', kind: 'count', lo: 3000, hi: 9999, qualifier: 'vague' },
  { text: 'خسائر بعدة ملايين دولار', span: 'عدة ملايين دولار', kind: 'money', lo: 3e6, hi: 9.99e6, unit: 'USD', qualifier: 'vague' },
  { text: 'قتل بضع مئات من الأشخاص', span: 'بضع مئات', kind: 'count', lo: 300, hi: 999, qualifier: 'vague' },
  { lang: 'en', text: 'Several billion dollars were lost.', span: 'Several billion dollars', kind: 'money', lo: 3e9, hi: 9.99e9, unit: 'USD', qualifier: 'vague' },
  // "plusieurs" is "more than one": "plusieurs dizaines" reads as "des dizaines" (tests/fixtures/news/ANNOTATION.md).
  { lang: 'fr', text: 'Plusieurs dizaines de maisons ont brûlé.', span: 'Plusieurs dizaines', kind: 'count', lo: 20, hi: 99, qualifier: 'vague' },
  { text: 'أصيب عدة عشرات من المحتجين', span: 'عدة عشرات', kind: 'count', lo: 30, hi: 99, qualifier: 'vague' },
  { text: 'اعتقلت الشرطة بضع عشرات من الشبان', span: 'بضع عشرات', kind: 'count', lo: 30, hi: 99, qualifier: 'vague' },
  { lang: 'fr', text: 'Quelques centaines de personnes attendaient.', span: 'Quelques centaines', kind: 'count', lo: 300, hi: 900, qualifier: 'vague' },
]

describe('a vague number of a scale word', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})
