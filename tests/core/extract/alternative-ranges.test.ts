import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// Two amounts given as alternatives ("or", "ou") are one range, as "أو" already makes one in
// Arabic: "two or three days" [2, 3], "quelques dizaines ou quelques centaines" [30, 900]. Dates,
// sums in two currencies and "or more" stay as they were.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  en({ text: 'The talks will last two or three days.', span: 'two or three days', kind: 'duration', lo: 2, hi: 3, unit: 'day', qualifier: 'range' }),
  en({ text: 'Two or three bodies were found on the beach.', span: 'Two or three', kind: 'count', lo: 2, hi: 3, qualifier: 'range' }),
  en({ text: 'Dozens or hundreds may have died.', span: 'Dozens or hundreds', kind: 'count', lo: 20, hi: 999, qualifier: 'range' }),
  en({ text: 'Prices rose by 30 or 40 percent.', span: '30 or 40 percent', kind: 'percent', lo: 30, hi: 40, qualifier: 'range' }),
  fr({ text: 'Les pourparlers dureront deux ou trois jours.', span: 'deux ou trois jours', kind: 'duration', lo: 2, hi: 3, unit: 'day', qualifier: 'range' }),
  fr({ text: 'Quelques dizaines ou quelques centaines de morts, selon le ministre.', span: 'Quelques dizaines ou quelques centaines', kind: 'count', lo: 30, hi: 900, qualifier: 'range' }),
  fr({ text: 'Il faudra 5 ou 6 millions d\'euros.', span: "5 ou 6 millions d'euros", kind: 'money', lo: 5e6, hi: 6e6, unit: 'EUR', qualifier: 'range' }),
]

describe('amounts given as alternatives', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})

describe('alternatives that stay apart', () => {
  it.each([
    ['en', 'It happened in 2019 or 2020.', ['in 2019', '2020']],
    ['en', 'Was it on Monday or Tuesday?', ['Monday', 'Tuesday']],
    ['en', 'It costs 5 dollars or 6 euros.', ['5 dollars', '6 euros']],
    ['en', 'Three or more people died.', ['Three or more']],
    ['fr', 'Le drame a eu lieu lundi ou mardi.', ['lundi', 'mardi']],
    ['fr', 'Dix morts ou des dizaines de blessés.', ['Dix', 'des dizaines']],
  ] as const)('%s: %s', (lang, text, spans) => {
    expect(extract(text, '2025-11-28', lang).map((c) => c.text)).toEqual(spans)
  })
})
