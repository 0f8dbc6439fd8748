import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// A share with its number ("two-thirds", "les deux tiers", "ثلثا") is a percentage whether "of"
// follows or not, and the French article stays out of its span ("deux tiers"), while a share
// without a number keeps it ("la moitié"). "a third", "half" alone stay no share.
const cases: Case[] = [
  { lang: 'en', text: 'Nearly two-thirds were under 30.', span: 'Nearly two-thirds', kind: 'percent', lo: 66.67, unit: '%', qualifier: 'about' },
  { lang: 'en', text: 'Three quarters have left the island.', span: 'Three quarters', kind: 'percent', lo: 75, unit: '%' },
  { lang: 'fr', text: 'Les deux tiers des blessés sont des adolescents.', span: 'deux tiers', kind: 'percent', lo: 66.67, unit: '%' },
  { lang: 'fr', text: 'Les trois quarts ont été relogés.', span: 'trois quarts', kind: 'percent', lo: 75, unit: '%' },
  { lang: 'fr', text: 'La moitié des habitants a fui.', span: 'La moitié', kind: 'percent', lo: 50, unit: '%' },
  { lang: 'ar', text: 'كان ثلثا المصابين من المراهقين', span: 'ثلثا', kind: 'percent', lo: 66.67, unit: '%' },
]

describe('shares with their number', () => {
  it.each(cases)('$lang $text → $span', (c) => expectCase({ ...c, published: '2022-10-31' }))
  it.each([
    ['A third victim died in hospital.', 'third'],
    ['The bridge was cut in half.', 'half'],
  ])('%s (no share)', (text, word) => {
    expect(extract(text, '2022-10-31', 'en').filter((c) => c.text.includes(word))).toEqual([])
  })
  it('"un tiers" alone may be a third party', () => {
    expect(extract("L'argent a été versé à un tiers.", '2022-10-31', 'fr').map((c) => c.text)).toEqual([])
  })
})
