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

  // A list of sums of one scale after a money figure: each item put at a sum ("بـ", "at", "à") or
  // paying for something ("للـ", "for", "pour") is money in the same currency.
  it.each([
    ['ar', 'قدّرت الدراسة الأضرار بـ40 مليار دولار، تصدّرتها الطرق بـ18 مليارًا ثم المدارس بـ9 مليارات.', ['18 مليارًا', '9 مليارات']],
    ['ar', 'تبلغ كلفة الخطة 12 مليار دولار، تتوزع بنحو 5 مليارات للمستشفيات و4 مليارات للمياه.', ['نحو 5 مليارات', '4 مليارات']],
    ['en', 'The damage came to $40 billion, with roads at 18 billion and schools at 9 billion.', ['18 billion', '9 billion']],
    ['en', 'The plan costs $12 billion, of that sum 5 billion for hospitals and 4 billion for water.', ['5 billion', '4 billion']],
    ['fr', "Les dégâts atteignent 40 milliards de dollars, dont les routes à 18 milliards, puis 9 milliards pour les écoles.", ['18 milliards', '9 milliards']],
  ])('%s: %s lists sums in the currency given first', (lang, text, spans) => {
    const claims = extract(text, '2025-11-20', lang as Case['lang'])
    const unit = claims.find((c) => c.quantity.kind === 'money')?.quantity.unit
    expect(spans.map((span) => claims.find((c) => c.text === span)?.quantity)).toEqual(spans.map(() => expect.objectContaining({ kind: 'money', unit })))
  })

  // Estimates of one sum set side by side, each put at a value by its preposition, whatever its scale.
  it.each([
    ['fr', "Le patronat l'évalue à 1,2 milliard d'euros, la banque centrale à moins de 300 millions.", ['moins de 300 millions']],
    ['en', 'Insurers put the bill at $2 billion, the city at some 600 million.', ['some 600 million']],
    ['ar', 'قدّرت النقابة الخسائر بـ1.2 مليار يورو، والبنك المركزي بنحو 300 مليون.', ['نحو 300 مليون']],
  ])('%s: %s sets estimates side by side in the currency given first', (lang, text, spans) => {
    const claims = extract(text, '2025-11-20', lang as Case['lang'])
    const unit = claims.find((c) => c.quantity.kind === 'money')?.quantity.unit
    expect(spans.map((span) => claims.find((c) => c.text === span)?.quantity)).toEqual(spans.map(() => expect.objectContaining({ kind: 'money', unit })))
  })

  it.each([
    ['en', 'The UN appealed for $1 billion to help 5.2 million.', '5.2 million'],
    ['en', 'The agency spent $3 million, and housed 2 million in camps.', '2 million'],
    ['fr', "L'ONU demande un milliard de dollars pour 5,2 millions de personnes.", '5,2 millions'],
    ['ar', 'خصص البنك 800 مليون دولار لمساعدة 2 مليون نازح.', '2 مليون'],
    ['fr', "Le fonds a versé 30 millions d'euros. Puis 12 millions de personnes ont voté.", '12 millions'],
  ])('%s: %s keeps %s a count', (lang, text, span) => {
    const c = extract(text, '2025-11-20', lang as Case['lang']).find((x) => x.text === span)
    expect(c?.quantity.kind).toBe('count')
  })
})
