import { describe, expect, it } from 'vitest'
import { measureOfFigure } from './readMeasure'

// Words of finance that say something else in everyday news: "prête à" is "ready to", and aid is
// paid in payments as often as a loan in tranches.
describe('finance words that mean something else', () => {
  it('"prête à débloquer" is ready to release, no loan', () => {
    const text = "L'Union européenne est prête à débloquer 500 millions d'euros pour les sinistrés."
    expect(measureOfFigure('fr', text, "500 millions d'euros")?.concept?.id).not.toBe('loan')
  })
  it('aid paid in two payments is no tranche of a deal', () => {
    const text = 'Each family will receive two payments, the first of $700 in May.'
    expect(measureOfFigure('en', text, '$700')?.concept?.id).not.toBe('tranche-1')
  })
})
