import { describe, expect, it } from 'vitest'
import { expectCase, extract } from './helpers'

// "plus tôt ce mois-ci" is the month of publication up to the day before it, as "earlier this
// month" is; "plus tard cette année" runs from the day after. Published Friday 28 November 2025.
describe('French periods clipped at the publication day', () => {
  it.each([
    { text: 'La digue avait déjà cédé plus tôt ce mois-ci.', span: 'plus tôt ce mois-ci', lo: '2025-11-01', hi: '2025-11-27' },
    { text: 'Le gouvernement avait promis des fonds plus tôt cette année.', span: 'plus tôt cette année', lo: '2025-01-01', hi: '2025-11-27' },
    { text: 'Le chantier reprendra plus tard cette année.', span: 'plus tard cette année', lo: '2025-11-29', hi: '2025-12-31' },
  ])('$span', ({ text, span, lo, hi }) => expectCase({ text, span, kind: 'date', lo, hi, lang: 'fr' }))

  it('leaves "plus tôt" before a weekday to the weekday', () => {
    expect(extract('Il est arrivé plus tôt mercredi.', '2025-11-28', 'fr').map((c) => c.text)).toEqual(['mercredi'])
  })
})

// A multiplier is no count (ANNOTATION.md), hyphenated or not: "a five-fold rise", "rose 5-fold".
describe('English multipliers', () => {
  it.each(['Cholera cases rose five-fold in the camps.', 'Fuel prices rose 3-fold since the blockade.', 'Admissions jumped ten fold.'])('%s has no figure', (text) => {
    expect(extract(text, '2025-11-28', 'en').map((c) => c.text)).toEqual([])
  })
})
