import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// A range whose first end is a unit word and whose second is hundreds in words: the hundreds apply
// to both ends, as a scale word does ("between two and three thousand").
describe('hundreds lent to the first end of a range', () => {
  it.each([
    { lang: 'en', text: 'Two to three hundred villagers gathered at the school.', span: 'Two to three hundred', kind: 'count', lo: 200, hi: 300 },
    { lang: 'fr', text: 'Quatre ou cinq cents familles attendent encore des tentes.', span: 'Quatre ou cinq cents', kind: 'count', lo: 400, hi: 500 },
    { lang: 'fr', text: 'On compte entre six et sept cents sinistrés.', span: 'entre six et sept cents', kind: 'count', lo: 600, hi: 700 },
    { lang: 'ar', text: 'وتجمّع ما بين ثلاث وأربعمئة شخص أمام المستشفى.', span: 'ما بين ثلاث وأربعمئة', kind: 'count', lo: 300, hi: 400 },
    // Digits are what they say.
    { lang: 'en', text: 'Between 2 and 300 people were hurt.', span: 'Between 2 and 300', kind: 'count', lo: 2, hi: 300 },
  ] as Case[])('$text → $span', (c) => expectCase(c))
})

// "2m people": glued to digits before people or homes, "m" is millions, as it is before a currency;
// before anything else it stays metres ("2m high").
describe('millions written "m" before people', () => {
  it.each([
    { lang: 'en', text: 'Nearly 1.5m children need food aid.', span: 'Nearly 1.5m', kind: 'count', lo: 1500000, qualifier: 'about' },
    { lang: 'en', text: 'The storm damaged 2m homes across the region.', span: '2m', kind: 'count', lo: 2000000 },
    { lang: 'en', text: 'The flood wall is 2m high.', span: '2m', kind: 'count', lo: 2, unit: 'm' },
  ] as Case[])('$text → $span', (c) => expectCase(c))
})
