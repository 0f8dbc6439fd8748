import { describe, expect, it } from 'vitest'
import { placed, source, topic } from './placed'
import { joinedNames } from '../../../src/core/align/pairedPlaces'

// Two places counted together beside each alone: "Area burned by the Kestrel and Morrow fires"
// beside "Area burned by the Kestrel fire". Reports written for these tests, about fires and
// towns that do not exist.

describe('joinedNames: the places a label joins by "and"', () => {
  it.each([
    ['Area burned by the Kestrel and Morrow fires', ['Kestrel', 'Morrow']],
    ['Deaths in Velmora and Tinville', ['Velmora', 'Tinville']],
    ['Blessés à Velmora et à Tinville', ['Velmora', 'Tinville']],
  ])('%s', (label, names) => expect(joinedNames(topic('t', label, 'count'))).toEqual(names))
  it.each(['Area burned by the Kestrel fire', 'Deaths in Velmora, says the Tinville governor'])('none: %s', (label) => expect(joinedNames(topic('t', label, 'count'))).toEqual([]))
})

describe('a pair of places beside each alone', () => {
  const topics = [
    topic('both', 'Area burned by the Kestrel and Morrow fires', 'count'),
    topic('kestrel', 'Area burned by the Kestrel fire', 'count'),
    topic('morrow', 'Area burned by the Morrow fire', 'count'),
  ]
  it('a figure said of one fire alone goes to that fire, one said of both to the pair', () => {
    const got = placed(source('en-1', 'en', 'The Kestrel fire has burned 12,000 acres. Together, the Kestrel and Morrow fires have burned 31,000 acres.'), topics)
    expect(got.kestrel).toEqual(['12,000 acres'])
    expect(got.both).toEqual(['31,000 acres'])
    expect(got.morrow).toBeUndefined()
  })
  it('in French and Arabic', () => {
    expect(placed(source('fr-1', 'fr', "L'incendie de Morrow a parcouru 9 000 hectares."), topics)).toEqual({ morrow: ['9 000 hectares'] })
    expect(placed(source('ar-1', 'ar', 'أتى حريق كيستريل على 5000 هكتار.'), topics)).toEqual({ kestrel: ['5000 هكتار'] })
  })
  it('the pair with no sibling of its own name keeps what it took', () => {
    const alone = [topic('both', 'Area burned by the Kestrel and Morrow fires', 'count')]
    expect(placed(source('en-2', 'en', 'The Kestrel fire has burned 12,000 acres.'), alone)).toEqual({ both: ['12,000 acres'] })
  })
})
