import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'

// "17 heures" is an hour of the day or a length of time: the words around it tell which. A clock
// time is no figure; a length of time is a duration.
const durations = (text: string) => extract(text, '2025-11-28', 'fr').filter((c) => c.quantity.kind === 'duration').map((c) => c.text)
const counts = (text: string) => extract(text, '2025-11-28', 'fr').filter((c) => c.quantity.kind === 'count').map((c) => c.text)

describe('French hours of the day', () => {
  it.each([
    "Le glissement de terrain s'est produit samedi, 17 heures, dans le quartier nord.",
    'Les tirs ont repris peu après 19 heures dans le centre-ville.',
    'Il était 23 heures quand la digue a cédé.',
    'Les secours ont été alertés peu avant 6 heures.',
    'Le couvre-feu court désormais entre 22 heures et 5 heures.',
    'Le couvre-feu de 20 heures à 6 heures a été levé.',
  ])('%s has no duration', (text) => {
    expect(durations(text)).toEqual([])
  })

  it('reads "après" or "avant" alone before hours as a length of time: a survivor pulled out after 20 hours', () => {
    expect(durations('Un enfant a été sorti vivant après 20 heures sous les décombres.')).toEqual(['20 heures'])
    expect(durations('Après 24 heures de recherches, les secours ont suspendu les fouilles.')).toEqual(['24 heures'])
  })

  it('keeps the weekday before an hour as the date', () => {
    const dates = extract('Le glissement de terrain s’est produit samedi 17 heures.', '2025-11-28', 'fr').filter((c) => c.quantity.kind === 'date')
    expect(dates.map((c) => [c.text, c.quantity.lo])).toEqual([['samedi', '2025-11-22']])
  })

  it('reads the minutes of "17 heures 30" as part of the hour, no count', () => {
    const text = "L'alerte a été levée dimanche à 17 heures 30."
    expect(durations(text)).toEqual([])
    expect(counts(text)).toEqual([])
  })

  it.each([
    ['Les pompiers ont lutté pendant 17 heures contre les flammes.', '17 heures'],
    ['Le village se trouve à 9 heures de route de la capitale.', '9 heures'],
    ['Après 14 heures de négociations, un accord a été trouvé.', '14 heures'],
    ['La panne a duré 11 heures.', '11 heures'],
  ])('%s keeps its duration', (text, span) => {
    expect(durations(text)).toContain(span)
  })
})
