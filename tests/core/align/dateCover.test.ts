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

// A date topic whose words name no event this product reads ("Day it happened", "Date of the
// tragedy") is about the story's own disaster: the dates a report gives of an attack, a blast or a
// fire date it, when no other date topic of the story dates them.
describe('withCoverEvents: the story\'s disaster by the name of its kind', () => {
  it('lets a topic of no named event take an attack\'s, a blast\'s or a fire\'s dates', () => {
    const day = topic('day', 'Date of the tragedy', 'date')
    expect(day.concept).toBe('struck')
    expect([...withCoverEvents(new Set(), day, [day])].sort()).toEqual(['attack', 'explosion', 'wildfire'])
    const raid = topic('raid', 'Day of the ground attack', 'date')
    expect([...withCoverEvents(new Set(), day, [day, raid])].sort()).toEqual(['explosion', 'wildfire'])
  })

  it.each([
    ['en', 'A military drone bombed the village of Velmora on Sunday night, killing dozens.', 'Sunday night'],
    ['ar', 'قصفت طائرة مسيّرة قرية فيلمورا مساء الأحد ما أوقع عشرات القتلى.', 'مساء الأحد'],
  ] as const)('%s: %s', (lang, text, day) => {
    expect(placed(source(`s-${lang}`, lang, text), [topic('day', 'Date of the tragedy', 'date')]).day).toEqual([day])
  })
})
