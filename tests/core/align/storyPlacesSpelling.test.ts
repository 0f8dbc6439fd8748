import { describe, expect, it } from 'vitest'
import { placeNames, storyPlaces } from '../../../src/core/align/storyPlaces'
import type { Lang, Source } from '../../../src/core/model'

// A place on an English label is spelt as the English reports write it, in its own case, whatever
// report named it first (sentences written for these tests).

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2025-01-20', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

describe('storyPlaces: the Latin spelling of a place', () => {
  it('takes the English report\'s spelling over a French one read first', () => {
    const places = storyPlaces([
      source('a', 'fr', "Trois immeubles se sont effondrés dans la ville de Moscou, où les secours fouillent les décombres."),
      source('b', 'en', 'Rescuers in Moscow searched the rubble of three buildings. Moscow officials said two people died.'),
      source('c', 'ar', 'انهارت ثلاثة مبان في مدينة موسكو وقتل شخصان.'),
    ])
    const moscow = [...places.values()].find((p) => p.arabic === 'موسكو')
    expect(moscow).toBeDefined()
    expect(placeNames(moscow!.key, places)).toEqual({ en: 'Moscow', ar: 'موسكو' })
  })

  it('writes a dateline\'s capitals in the case the text writes the name elsewhere', () => {
    const places = storyPlaces([
      source('a', 'en', 'LISBON — Flooding closed the metro of the capital. Officials in Lisbon said 40 streets were under water.'),
      source('b', 'ar', 'أغلقت الفيضانات المترو في مدينة لشبونة وغمرت المياه 40 شارعا.'),
    ])
    const lisbon = [...places.values()].find((p) => p.arabic === 'لشبونة')
    expect(lisbon?.latin).toBe('Lisbon')
  })
})
