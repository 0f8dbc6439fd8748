import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { rankRestated, type Restatable } from '../../../src/core/align/candidateRestated'
import type { Claim, Lang, Source } from '../../../src/core/model'

// A candidate that restates a better-ranked one of the same measure ranks by what it adds; figures
// written for these tests, the first count of each report.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2024-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source
let n = 0
const fig = (lang: Lang, text: string): Claim => extractClaims(source(`r${n++}`, lang, text)).find((c) => c.quantity.kind === 'count')!
const cand = (rank: number, cs: Claim[], concept = 'killed', kind = 'count'): Restatable => ({ concept, kind, unit: 'people', cs, rank })
// The rank of the figures left: one point a figure, so that a test reads what was kept.
const byCount = (cs: Claim[]) => cs.length

describe('rankRestated', () => {
  it('a wave that says again the toll two reports give ranks by its other figures', () => {
    const whole = cand(10, [fig('en', 'At least 41 people died.'), fig('ar', 'لقي 41 شخصا حتفهم.'), fig('fr', 'Le bilan est de 17 morts.')])
    const wave = cand(8, [fig('en', 'Tuesday saw 41 deaths.'), fig('fr', 'Mardi, 41 morts.'), fig('fr', 'Le village compte 9 morts.')])
    expect([...whole.cs, ...wave.cs].map((c) => c.text)).toEqual(['At least 41', '41', '17', '41', '41', '9'])
    rankRestated([whole, wave], byCount)
    expect(whole.rank).toBe(10)
    expect(wave.rank).toBe(1)
  })
  it.each([
    {
      name: 'a value only one report of the better one gives restates nothing',
      whole: [fig('en', 'At least 41 people died.'), fig('fr', 'Le bilan est de 17 morts.')],
      other: [fig('en', 'Tuesday saw 41 deaths.'), fig('fr', 'Mardi, 41 morts.')],
    },
    {
      name: 'a value near but not the same is another figure',
      whole: [fig('en', 'At least 41 people died.'), fig('ar', 'لقي 41 شخصا حتفهم.')],
      other: [fig('en', 'Tuesday saw 43 deaths.'), fig('fr', 'Mardi, 43 morts.')],
    },
  ])('$name', ({ whole, other }) => {
    const a = cand(10, whole)
    const b = cand(8, other)
    rankRestated([a, b], byCount)
    expect(b.rank).toBe(8)
  })
  it('another measure with the same number is no restatement', () => {
    const dead = cand(10, [fig('en', 'At least 41 people died.'), fig('ar', 'لقي 41 شخصا حتفهم.')])
    const hurt = cand(8, [fig('en', '41 people were injured.'), fig('fr', '41 blessés.')], 'injured')
    rankRestated([dead, hurt], byCount)
    expect(hurt.rank).toBe(8)
  })
})
