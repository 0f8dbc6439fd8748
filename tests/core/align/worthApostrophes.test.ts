import { describe, expect, it } from 'vitest'
import { measureOfFigure } from './readMeasure'

// The French press writes "d’une valeur de" with a curly apostrophe as often as a straight one:
// the noun before the word of worth names the sum either way.
describe('the word of worth with either apostrophe', () => {
  it.each(["d'une valeur de", 'd’une valeur de', "d'un montant de", 'd’un montant de'])('"la dernière tranche du prêt, %s…" is the last tranche', (worth) => {
    const text = `Le Fonds a versé la dernière tranche du prêt, ${worth} 1,2 milliard de dollars.`
    expect(measureOfFigure('fr', text, '1,2 milliard de dollars')?.concept?.id).toBe('tranche-last')
  })
})
