import { describe, expect, it } from 'vitest'
import { platformCurrencies } from '../../../src/core/extract/common/platformCurrencies'
import { foldKey } from '../../../src/core/text/normalize'
import { expectCase, type Case } from './helpers'
import { extractClaims } from '../../../src/core/extract'
import type { Source } from '../../../src/core/model'

// Currencies nobody listed by hand, read by the names the platform gives every ISO currency
// (Intl.DisplayNames, Intl.NumberFormat's plural names), in the forms reports write them: the
// Arabic adjective agreeing with its noun, the Portuguese plural "reais". A head several
// countries share ("ريال") is settled by the country the text names, as before.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'قدّرت الولاية كلفة الإعمار بنحو 3,2 مليارات ريال برازيلي.', span: 'نحو 3,2 مليارات ريال برازيلي', kind: 'money', lo: 3.2e9, unit: 'BRL', qualifier: 'about' },
  { text: 'دفعت البلدية 500 ريالات برازيلية لكل أسرة.', span: '500 ريالات برازيلية', kind: 'money', lo: 500, unit: 'BRL' },
  { text: 'وفي البرازيل تلقت كل أسرة 800 ريال من صندوق الطوارئ.', span: '800 ريال', kind: 'money', lo: 800, unit: 'BRL' },
  { text: 'وفي الرياض بلغ سعر التذكرة 800 ريال.', span: '800 ريال', kind: 'money', lo: 800, unit: 'SAR' },
  { text: 'رصدت الحكومة 12 مليار روبية باكستانية للمتضررين.', span: '12 مليار روبية باكستانية', kind: 'money', lo: 1.2e10, unit: 'PKR' },
  { text: 'خصصت كييف 40 مليون هريفنيا أوكرانية لإصلاح الجسر.', span: '40 مليون هريفنيا أوكرانية', kind: 'money', lo: 4e7, unit: 'UAH' },
  en({ text: 'The state put its losses at 3.2 billion reais last week.', span: '3.2 billion reais', kind: 'money', lo: 3.2e9, unit: 'BRL' }),
  en({ text: 'Each family received 1,200 Brazilian reals.', span: '1,200 Brazilian reals', kind: 'money', lo: 1200, unit: 'BRL' }),
  en({ text: 'Kyiv set aside 40 million Ukrainian hryvnias for repairs.', span: '40 million Ukrainian hryvnias', kind: 'money', lo: 4e7, unit: 'UAH' }),
  en({ text: 'The relief fund holds 9 billion Pakistani rupees.', span: '9 billion Pakistani rupees', kind: 'money', lo: 9e9, unit: 'PKR' }),
  fr({ text: 'Les dégâts sont estimés à 3,2 milliards de réais.', span: '3,2 milliards de réais', kind: 'money', lo: 3.2e9, unit: 'BRL' }),
  fr({ text: 'Le plan prévoit au moins 5 milliards de reais.', span: 'au moins 5 milliards de reais', kind: 'money', lo: 5e9, hi: null, unit: 'BRL', qualifier: 'at-least' }),
  fr({ text: 'Kiev a débloqué 40 millions de hryvnias ukrainiennes.', span: '40 millions de hryvnias ukrainiennes', kind: 'money', lo: 4e7, unit: 'UAH' }),
  fr({ text: 'Mexico a versé 300 millions de pesos mexicains.', span: '300 millions de pesos mexicains', kind: 'money', lo: 3e8, unit: 'MXN' }),
]

describe('currencies by the names the platform gives them', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})

describe('platformCurrencies', () => {
  it('adds a currency to the family of its head noun and its country to the places', () => {
    const ar = platformCurrencies('ar', { 'ريال': '~riyal', 'ريالات': '~riyal' })
    expect(ar.families['~riyal']).toContain('BRL')
    expect(ar.families['~riyal'][0]).toBe('SAR')
    expect(ar.names[foldKey('ريالات برازيلية')]).toBe('BRL')
    expect(ar.places['البرازيل']).toBe('BRL')
    expect(ar.places['البرازيلية']).toBe('BRL')
  })

  it('leaves one-word names and the hand-written list alone', () => {
    const en = platformCurrencies('en', { 'us dollars': 'USD' })
    expect(en.names['euro']).toBeUndefined()
    expect(en.names['euros']).toBeUndefined()
    expect(en.names['us dollars']).toBeUndefined()
    expect(en.names['mexican pesos']).toBe('MXN')
  })
})

// A head noun only one currency has is that currency on its own, and an ISO code stands before or
// after an amount; a code that is also a word or an acronym ("COP 28") and a head that is a common
// word ("five marks") are not read as money.
const bare: Case[] = [
  { text: 'جمعت المنصة أكثر من 200 مليون هريفنيا خلال يومين.', span: 'أكثر من 200 مليون هريفنيا', kind: 'money', lo: 2e8, hi: null, unit: 'UAH', qualifier: 'more-than' },
  en({ text: 'The appeal raised 250 million hryvnias within a day.', span: '250 million hryvnias', kind: 'money', lo: 2.5e8, unit: 'UAH' }),
  en({ text: 'The city has budgeted 4 billion rupiahs for shelters.', span: '4 billion rupiahs', kind: 'money', lo: 4e9, unit: 'IDR' }),
  // (English writes a regular plural where the platform gives the native one, "denari".)
  en({ text: 'Each family received 120,000 denars from the fund.', span: '120,000 denars', kind: 'money', lo: 120000, unit: 'MKD' }),
  en({ text: 'The fund now holds UAH 800m, officials said.', span: 'UAH 800m', kind: 'money', lo: 8e8, unit: 'UAH' }),
  en({ text: 'Repairs will cost between KES 360m and KES 400m.', span: 'between KES 360m and KES 400m', kind: 'money', lo: 3.6e8, hi: 4e8, unit: 'KES', qualifier: 'range' }),
  en({ text: 'Bern added CHF 40 million to the fund.', span: 'CHF 40 million', kind: 'money', lo: 4e7, unit: 'CHF' }),
  fr({ text: 'La collecte a atteint 300 millions UAH mardi.', span: '300 millions UAH', kind: 'money', lo: 3e8, unit: 'UAH' }),
]

describe('a currency by its head noun alone or by its ISO code', () => {
  it.each(bare)('$text → $span', (c) => expectCase(c))
  it('a code that is also an acronym news writes before a number is no currency', () => {
    const claims = extractClaims({ id: 'x', lang: 'en', text: 'Delegates met at COP 28 in Dubai and TOP 10 lists.', published: '2024-07-12', window: null } as Source)
    expect(claims.filter((c) => c.quantity.kind === 'money')).toEqual([])
  })
  it('a head that is a common word is no currency', () => {
    expect(platformCurrencies('en', {}).names.marks).toBeUndefined()
    expect(platformCurrencies('en', {}).names.afghanis).toBeUndefined()
    expect(platformCurrencies('en', {}).names.hryvnias).toBe('UAH')
  })
})
