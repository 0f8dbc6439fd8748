import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// An amount whose currency the text gave once: a bare scaled amount takes the currency of a money
// figure its sentence ties it to ("dont", "including", "منها"), or of an earlier figure of the same
// amount; a bare number before "puis"/"then" and a scaled amount shares its scale and currency.
describe('currencies named once for several amounts', () => {
  it.each([
    { lang: 'fr', text: "La région a reçu 700 millions d'euros, dont 150 millions pour les routes.", span: '150 millions', kind: 'money', lo: 150e6, unit: 'EUR' },
    { lang: 'en', text: 'Donors pledged $900 million, including 250 million for schools.', span: '250 million', kind: 'money', lo: 250e6, unit: 'USD' },
    { lang: 'ar', text: 'رصدت الحكومة 700 مليون دولار، منها 150 مليون للطرق.', span: '150 مليون', kind: 'money', lo: 150e6, unit: 'USD' },
    { lang: 'fr', text: "L'armateur a proposé 300 puis 350 millions de dollars.", span: '300', kind: 'money', lo: 300e6, unit: 'USD' },
    { lang: 'fr', text: "Le port a réduit sa demande à 800 puis à 650 millions de dollars.", span: '800', kind: 'money', lo: 800e6, unit: 'USD' },
    { lang: 'en', text: 'The port cut its claim to 800 then 650 million dollars.', span: '800', kind: 'money', lo: 800e6, unit: 'USD' },
    // A word of sharing ties only the amount right after it: what follows other words is counted.
    { lang: 'en', text: 'The fund released a $500 million package, including food for 1.2 million.', span: '1.2 million', kind: 'count', lo: 1.2e6 },
    { lang: 'fr', text: "Le fonds a versé 800 millions d'euros, puis évacué 2 millions.", span: '2 millions', kind: 'count', lo: 2e6 },
  ] as Case[])('$lang: $text → $span', (c) => expectCase(c))

  it('an amount given again without its currency takes it from the first time', () => {
    const again = extract("La ville réclame 400 millions d'euros. Avec 400 millions, elle rebâtirait tout.", '2025-11-20', 'fr').filter((c) => c.text === '400 millions')
    expect(again.map((c) => [c.quantity.kind, c.quantity.unit])).toEqual([['money', 'EUR']])
  })

  it.each([
    ['en', 'The UN appealed for $1 billion to help 5.2 million.', '5.2 million'],
    ['fr', "L'ONU demande un milliard de dollars pour 5,2 millions de personnes.", '5,2 millions'],
    ['ar', 'خصص البنك 800 مليون دولار لمساعدة 2 مليون نازح.', '2 مليون'],
    ['fr', "Le fonds a versé 30 millions d'euros. Puis 12 millions de personnes ont voté.", '12 millions'],
  ])('%s: %s keeps %s a count', (lang, text, span) => {
    const c = extract(text, '2025-11-20', lang as Case['lang']).find((x) => x.text === span)
    expect(c?.quantity.kind).toBe('count')
  })
})
