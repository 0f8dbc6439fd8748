import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { extract } from './helpers'

// An aircraft's model is a maker's name and a number, often with a variant after a dash
// ("Boeing 787-8", "A320-200", "بوينغ 787-8"): none of it counts anything, while the counts around
// it in the same sentence are still figures.
const CASES: { lang: Lang; text: string; name: string; count: string }[] = [
  { lang: 'en', text: 'The jet, a Boeing 787-8, had 211 passengers aboard.', name: '787-8', count: '211' },
  { lang: 'en', text: 'An Airbus A320-200 with 164 people on board overshot the runway.', name: 'A320-200', count: '164' },
  { lang: 'en', text: 'The Embraer 190 carried 96 passengers.', name: '190', count: '96' },
  { lang: 'fr', text: "L'appareil, un Boeing 777-300, transportait 310 passagers.", name: '777-300', count: '310' },
  { lang: 'fr', text: 'Un Antonov 124 a livré 40 tonnes de matériel.', name: '124', count: '40' },
  { lang: 'ar', text: 'كانت الطائرة من طراز بوينغ 787-9 وعلى متنها 275 راكبا.', name: '787-9', count: '275' },
  { lang: 'ar', text: 'وهبطت طائرة إيرباص 330 وعلى متنها 190 راكبا.', name: '330', count: '190' },
]

describe("an aircraft's model and its variant are a name, not a figure", () => {
  it.each(CASES)('$text', ({ lang, text, name, count }) => {
    const claims = extract(text, '2026-03-02', lang)
    const at = text.indexOf(name)
    expect(claims.filter((c) => c.span.start < at + name.length && c.span.end > at).map((c) => c.text)).toEqual([])
    expect(claims.some((c) => c.text.startsWith(count) && c.quantity.lo !== null)).toBe(true)
  })
})
