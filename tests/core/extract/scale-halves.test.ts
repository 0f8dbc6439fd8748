import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// A half after a scale word adds half of it, in words or after digits, and the currency after it
// still belongs to the amount: "un milliard et demi de dollars", "2 millions et demi d'euros",
// "a billion and a half dollars".
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  fr({ text: 'Les pertes se chiffrent à un milliard et demi de dollars.', span: 'un milliard et demi de dollars', kind: 'money', lo: 1.5e9, unit: 'USD' }),
  fr({ text: 'Les pertes se chiffrent à 1 milliard et demi de dollars.', span: '1 milliard et demi de dollars', kind: 'money', lo: 1.5e9, unit: 'USD' }),
  fr({ text: "L'État a promis 2 millions et demi d'euros aux sinistrés.", span: "2 millions et demi d'euros", kind: 'money', lo: 2.5e6, unit: 'EUR' }),
  fr({ text: "Près d'un million et demi d'euros ont été collectés.", span: "Près d'un million et demi d'euros", kind: 'money', lo: 1.5e6, unit: 'EUR', qualifier: 'about' }),
  fr({ text: 'Le pays compte 3 millions et demi d\'habitants.', span: '3 millions et demi', kind: 'count', lo: 3.5e6 }),
  en({ text: 'Damage was put at a billion and a half dollars.', span: 'a billion and a half dollars', kind: 'money', lo: 1.5e9, unit: 'USD' }),
  en({ text: 'Donors pledged 2 million and a half dollars.', span: '2 million and a half dollars', kind: 'money', lo: 2.5e6, unit: 'USD' }),
  en({ text: 'Some two and a half million people fled.', span: 'Some two and a half million', kind: 'count', lo: 2.5e6, qualifier: 'about' }),
]

describe('a half after a scale word', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})

// A half that is no part of the amount: a half hour after a sum, a scale with "m" as a unit of money only.
describe('no half borrowed', () => {
  it.each([
    ['fr', "Il a reçu 2 millions d'euros et demi-heure plus tard il est parti.", "2 millions d'euros"],
    ['en', 'They raised $3 million and half of it went to food.', '$3 million'],
  ] as const)('%s: %s', (lang, text, span) => {
    expect(extract(text, '2025-11-28', lang).map((c) => c.text)).toContain(span)
  })
})
