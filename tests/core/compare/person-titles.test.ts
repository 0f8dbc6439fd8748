import { describe, expect, it } from 'vitest'
import { samePerson } from '../../../src/core/compare/samePerson'
import { topicOrigins } from '../../../src/core/compare/relays'
import { originOf } from '../../../src/core/compare/origins'
import type { Claim, Quantity } from '../../../src/core/model'

// One person quoted by two reports in Latin letters under two titles ("the clinic's director,
// Irena Kovalchuk", "director general Irena Kovalchuk") is one speaker: the same estimate from
// both is one origin relayed twice. Names and offices made up for session 29's tests.

describe('two phrases in Latin letters that end with the same name', () => {
  const pairs: [string, string, boolean][] = [
    ["The clinic's director, Irena Kovalchuk", 'director general Irena Kovalchuk', true],
    ['Irena Kovalchuk', 'deputy mayor Irena Kovalchuk', true],
    // (A capitalised title is read with the name: the shorter name ends the longer one.)
    ['Governor Tomas Redel', 'le gouverneur Tomas Redel', true],
    ['special envoy Tomas Redel', "l'émissaire Tomas Redel", true],
    // Two people of one family name, or one name's words only.
    ['director Irena Kovalchuk', 'director Pavel Kovalchuk', false],
    ['director Irena Kovalchuk', 'Kovalchuk', false],
    // A name after a preposition names the office's place, which many speakers share.
    ['the governor of Vestmark Province', 'a relief official in Vestmark Province', false],
    ['the mayor of Port Selden', 'a doctor from the Port Selden', false],
    // A common noun is no name.
    ['hospital officials', 'local officials', false],
  ]
  for (const [a, b, same] of pairs) {
    it(`${same ? 'one person' : 'not one person'}: “${a}” / “${b}”`, () => {
      expect(samePerson(a, b)).toBe(same)
      expect(samePerson(b, a)).toBe(same)
    })
  }
})

describe('in a topic, one person under two titles is one origin', () => {
  let n = 0
  const figure = (source: string, who: string, lo: number): Claim => {
    n++
    const quantity: Quantity = { kind: 'money', lo, hi: lo, unit: 'USD', per: null, precision: 'exact', qualifier: 'about' }
    return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: { who, cue: 'said', span: { start: 0, end: 1 } }, scopes: [] }
  }
  const base = (c: Claim) => originOf(c.attribution!.who).key

  it('“The clinic\'s director, Irena Kovalchuk” and “director general Irena Kovalchuk” share one origin; another speaker keeps their own', () => {
    const one = figure('a', "The clinic's director, Irena Kovalchuk", 3.5e6)
    const two = figure('b', 'director general Irena Kovalchuk', 3.5e6)
    const other = figure('c', 'Pavel Ostrov', 3.5e6)
    const out = topicOrigins([one, two, other], base)
    expect(out.get(two.id)).toBe(out.get(one.id))
    expect(out.get(other.id)).not.toBe(out.get(one.id))
  })
})
