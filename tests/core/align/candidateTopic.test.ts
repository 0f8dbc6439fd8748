import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { analyze } from '../../../src/core/pipeline'
import { discoverCandidates, topicFromCandidate } from '../../../src/core/align/discover'
import type { CandidateTopic, Corrections, Lang, Source } from '../../../src/core/model'

// A candidate accepted as a topic holds the figures the candidate showed: what sets a candidate
// apart from the rest of its measure (said of the rest of a place, said as a projection) goes
// into the topic, so the topic does not take the figures the candidate left to the others.
// Reports written for these tests.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2025-02-03', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const sources = [
  source('a', 'en', 'The flood in Varnak killed 870 people, the governor said. Another 45 people died elsewhere in the valley.', 'Wire A'),
  source('b', 'fr', 'Les crues ont fait 880 morts à Varnak. Par ailleurs, 45 personnes sont mortes dans d’autres localités de la vallée.', 'Journal B'),
  source('c', 'en', 'At least 875 people were killed in Varnak, and 47 others died elsewhere in the valley, rescuers said.', 'Wire C'),
  source('d', 'ar', 'لقي 870 شخصا حتفهم في فارناك جراء الفيضانات.', 'Site D'),
]

/** The figures a topic made from the candidate holds once accepted as the review store accepts it. */
function held(c: CandidateTopic): string[] {
  const topic = topicFromCandidate(c, 'accepted')
  const corrections: Corrections = { claims: Object.fromEntries(c.claims.map((id) => [id, { claimId: id, topicId: topic.id }])), added: [], topics: [topic], weights: {} }
  return analyze(sources, [], { corrections }).assignments.filter((x) => x.topicId === topic.id).map((x) => x.claimId).sort()
}

describe('topicFromCandidate: the facet that set a candidate apart', () => {
  const found = discoverCandidates(sources.flatMap((s) => extractClaims(s)), sources)
  const elsewhere = found.find((c) => c.key.split('|').includes('elsewhere'))

  it('a toll of the rest of a place is proposed apart, and its topic is about the rest of the place', () => {
    expect(elsewhere?.claims.length).toBeGreaterThanOrEqual(2)
    expect(topicFromCandidate(elsewhere!, 'x').elsewhere).toBe(true)
  })

  it('accepted, it holds the figures it showed, not the toll of the place itself', () => {
    expect(held(elsewhere!)).toEqual([...elsewhere!.claims].sort())
  })

  it('a facet after a value split still sets the topic apart', () => {
    const base: CandidateTopic = { key: 's1/killed|count|people|projected|=20000', concept: 'killed', entity: '', kind: 'count', unit: 'people', claims: [], sources: [] }
    expect(topicFromCandidate(base, 'p').projection).toBe(true)
    expect(topicFromCandidate({ ...base, key: 's1/killed|count|people|elsewhere' }, 'e')).toMatchObject({ elsewhere: true, projection: undefined })
    expect(topicFromCandidate({ ...base, key: 's1/killed|count|people' }, 'k')).toMatchObject({ elsewhere: undefined, projection: undefined })
  })
})
