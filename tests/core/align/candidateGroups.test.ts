import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { ownGroup } from '../../../src/core/align/candidateParts'
import type { Lang, Source } from '../../../src/core/model'

// A count of one group of people said by itself ("at least 12 children were killed") beside the
// toll is that group's count, as a part said with its total is ("60 dead, 12 of them children").
// Reports written for these tests; Velmora and Ostrany do not exist.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, figures: c.claims.map(text).sort(), c }))
}

describe('ownGroup', () => {
  it.each([
    ['en', 'UNICEF said at least 12 children were killed in the raid.', 'children'],
    ['fr', "Selon l'Unicef, au moins 12 enfants ont été tués.", 'children'],
    ['ar', 'وأفادت اليونيسف بمقتل 12 طفلا على الأقل.', 'children'],
    ['en', 'Seven women died in the fire.', 'women'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, group) => {
    const c = extractClaims(source('s', lang, text, 's'))[0]
    expect(ownGroup(c)).toBe(group)
  })

  it("a total whose clause names a group further on is no group's count", () => {
    const c = extractClaims(source('s', 'en', 'The raid killed 60 people, children and women among them.', 's'))[0]
    expect(ownGroup(c)).toBeNull()
  })
})

describe('discoverCandidates: a group counted by itself', () => {
  it('children killed, counted by two reports beside the toll, leave the toll for a candidate of their own', () => {
    const found = candidates([
      source('a', 'en', 'The raid on Velmora killed at least 60 people, local activists said. UNICEF said at least 12 children were killed.', 'Wire A'),
      source('b', 'fr', "Le raid sur Velmora a fait plus de 60 morts. Au moins 12 enfants ont été tués, selon les autorités locales.", 'Journal B'),
      source('c', 'ar', 'أسفر الهجوم على فيلمورا عن مقتل 62 شخصا، بحسب ناشطين. وقُتل 12 طفلا على الأقل.', 'Site C'),
      source('d', 'en', 'At least 60 people died in the raid on Velmora, officials said.', 'Paper D'),
    ])
    const toll = found.find((f) => f.c.concept === 'killed' && !f.c.key.includes('|part|'))
    expect(toll?.figures).toEqual(['62', 'At least 60', 'at least 60', 'plus de 60'])
    expect(found.find((f) => f.c.key.includes('|part|children'))?.figures).toEqual(['12', 'Au moins 12', 'at least 12'])
  })

  it("a group only one report counts, or one agency's count relayed, stays with the toll", () => {
    const relayed = candidates([
      source('a', 'en', 'The raid on Velmora killed at least 60 people. UNICEF said at least 12 children were killed.', 'Wire A'),
      source('b', 'fr', "Le raid sur Velmora a fait plus de 60 morts. Selon l'Unicef, au moins 12 enfants ont été tués.", 'Journal B'),
      source('c', 'en', 'At least 60 people died in the raid on Velmora, officials said.', 'Paper C'),
      source('d', 'en', 'The raid on Velmora killed 62 people, activists said.', 'Paper D'),
    ])
    expect(relayed.some((f) => f.c.key.includes('|part|'))).toBe(false)
    expect(relayed.find((f) => f.c.concept === 'killed')?.figures).toEqual(expect.arrayContaining(['at least 12', 'au moins 12']))

    const found = candidates([
      source('a', 'en', 'The flood in Ostrany killed 40 people. At least nine children were killed.', 'Wire A'),
      source('b', 'fr', "Les inondations à Ostrany ont fait 40 morts, selon les autorités.", 'Journal B'),
      source('c', 'en', 'Officials in Ostrany said 41 people died in the flood.', 'Paper C'),
    ])
    expect(found.some((f) => f.c.key.includes('|part|'))).toBe(false)
    expect(found.find((f) => f.c.concept === 'killed')?.figures).toContain('At least nine')
  })
})
