import { describe, expect, it } from 'vitest'
import { withCoverEvents } from '../../../src/core/align/dateCover'
import { placed, source, topic } from './placed'

// One violent event goes by what it was and by the name of its kind. Sentences written for these
// tests, about places that do not exist.

describe('withCoverEvents', () => {
  it('lets a topic of an explosion take an attack\'s dates when no sibling dates an attack', () => {
    const blast = topic('blast', 'Day the depot exploded', 'date')
    expect(blast.concept).toBe('explosion')
    expect([...withCoverEvents(new Set(), blast, [blast])]).toEqual(['attack'])
    const raid = topic('raid', 'Day of the ground attack', 'date')
    expect([...withCoverEvents(new Set(), blast, [blast, raid])]).toEqual([])
  })
})

describe('placement: "Tuesday\'s attack" dates the explosion', () => {
  it.each([
    ['en', 'The ministry corrected the toll of Tuesday’s attack on the depot in Velmora.', 'Tuesday'],
    ['fr', 'Le bilan de l’attaque de mardi contre le dépôt de Velmora a été revu.', 'mardi'],
  ] as const)('%s', (lang, text, day) => {
    expect(placed(source(`r-${lang}`, lang, text), [topic('blast', 'Day the depot exploded', 'date')]).blast).toEqual([day])
  })
})
