import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { headNoun } from '../../../src/core/align/candidateNouns'
import type { Lang, Source } from '../../../src/core/model'

// Counts no word of the lexicon measures, tied by their own counted noun across reports that give
// different numbers: reports written for these tests.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2025-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label, figures: c.claims.map(text).sort(), c }))
}

describe('sameNouns: one thing counted with different numbers', () => {
  it('two reports counting the beds of a ward, 40 and 48, are one candidate named by the noun', () => {
    const found = candidates([
      source('a', 'fr', "Le feu a pris dans l'aile nord de la clinique, qui compte 40 lits.", 'Journal A'),
      source('b', 'fr', "L'aile nord, qui comptait 48 lits, a été entièrement détruite.", 'Journal B'),
    ])
    const beds = found.find((f) => f.c.key.includes('noun'))
    expect(beds?.figures).toEqual(['40', '48'])
    expect(beds?.label).toEqual({ en: 'lits', ar: '«lits»' })
  })

  it('ties nothing by a noun of people in general, nor within one report', () => {
    const found = candidates([
      source('a', 'en', 'Some 300 people gathered outside the clinic. The old ward had 40 beds; the new one 48 beds.', 'Wire A'),
      source('b', 'en', 'About 500 people protested outside the clinic on Friday.', 'Paper B'),
    ])
    expect(found.filter((f) => f.c.key.includes('noun'))).toEqual([])
  })

  it('reads the head noun of a count, not of a unit or of people', () => {
    const [beds, people] = extractClaims(source('a', 'en', 'The ward had 40 beds and 300 people waited outside.', 'Wire A'))
    expect(headNoun(beds, 'en')).toBeTruthy()
    expect(headNoun(people, 'en')).toBeNull()
  })
})
