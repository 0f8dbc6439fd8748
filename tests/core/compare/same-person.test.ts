import { describe, expect, it } from 'vitest'
import { samePerson } from '../../../src/core/compare/samePerson'
import { topicOrigins } from '../../../src/core/compare/relays'
import { originOf } from '../../../src/core/compare/origins'
import type { Claim, Quantity } from '../../../src/core/model'

// One person quoted by two reports in two scripts, with or without a title, is one speaker: the
// same figure from both is one origin relayed twice, not a corroboration. Names made up for the tests.

describe('a name in Latin letters found whole in an Arabic speaker phrase', () => {
  const pairs: [string, string, boolean][] = [
    ['Samir Haddad', 'الوزير سمير حداد', true],
    ['Samir Haddad, the agency chief', 'رئيس الوكالة، اللواء سمير حداد', true],
    ["le ministre Youssef Amrani", 'وزير الخارجية يوسف العمراني', true],
    // (Latin ends some names with an h that Arabic writes with ه: "Abdallah" عبدالله.)
    ['Nabil Abdallah Mansour', 'نبيل عبدالله منصور', true],
    // Another person, or only one of the name's words.
    ['Samir Haddad', 'سمير حسن', false],
    ['Samir Haddad', 'المتحدث حداد', false],
    // A common noun is no name, and one word is too little to tell a person.
    ['security sources', 'مصادر أمنية', false],
    ['Haddad', 'سمير حداد', false],
    // A body or an outlet named by its name alone is one Arabic word or two side by side.
    ['El Mirador', 'صحيفة إلميرادور الإسبانية', true],
    ['TerraBank', 'بنك تيرا بنك في تقديره', true],
    ['Kestrella', 'وكالة كيستريلا للتصنيف', true],
    // (A surname alone is no body: too short a skeleton to tell who.)
    ['Mansour', 'نبيل منصور', false],
    // Two phrases in Latin letters: capitalised words may name an office that many speakers share.
    ['Hormel Province', 'the Hormel Province relief office', false],
  ]
  for (const [a, b, same] of pairs) {
    it(`${same ? 'one person' : 'not one person'}: “${a}” / “${b}”`, () => {
      expect(samePerson(a, b)).toBe(same)
      expect(samePerson(b, a)).toBe(same)
    })
  }
})

describe('in a topic, one person quoted in two scripts is one origin', () => {
  let n = 0
  const figure = (source: string, who: string, lo: number): Claim => {
    n++
    const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
    return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: { who, cue: 'said', span: { start: 0, end: 1 } }, scopes: [] }
  }
  const base = (c: Claim) => originOf(c.attribution!.who).key

  it('“Samir Haddad” in English and “الوزير سمير حداد” in Arabic share one origin; another speaker keeps their own', () => {
    const en = figure('a', 'Samir Haddad', 75)
    const ar = figure('b', 'الوزير سمير حداد', 75)
    const other = figure('c', 'Leila Mansour', 75)
    const out = topicOrigins([en, ar, other], base)
    expect(out.get(ar.id)).toBe(out.get(en.id))
    expect(out.get(other.id)).not.toBe(out.get(en.id))
  })
})
