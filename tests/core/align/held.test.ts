import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { analyze } from '../../../src/core/pipeline'
import { discoverCandidates } from '../../../src/core/align/discover'
import { topicFromCandidate } from '../../../src/core/workspace/review'
import type { CandidateTopic, Claim, Corrections, Lang, Source, Topic } from '../../../src/core/model'
import { withoutHeldOut } from '../../../src/core/align/held'

// A topic accepted from a candidate holds what the candidate showed: of the reports present when
// it was accepted, no other figure joins it, however well it reads the same measure; a report
// added later is placed as usual. Reports written for these tests (an invented town, Orlan).

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published: '2025-03-10', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const first = [
  source('a', 'en', 'The landslide in Orlan killed 212 people, the regional governor said on Sunday. Rescuers said 40 people were killed in a first slide on Saturday.'),
  source('b', 'en', 'At least 215 people were killed when the hillside above Orlan collapsed, officials said.'),
  source('c', 'fr', 'Le glissement de terrain a fait 210 morts à Orlan, selon le gouverneur.'),
]
const later = source('d', 'en', 'The toll of the Orlan landslide rose to 230 dead on Tuesday, the governor said.')

const draft = { labelEn: '', labelAr: '', entity: '', measure: '' }
const stamp = { at: '2025-03-10T09:00:00.000Z', reviewer: 'Test' }

/** The topic's figures once accepted, as the review store accepts it (its claims moved in). */
function placedIn(topic: Topic, candidate: CandidateTopic, sources: Source[]): string[] {
  const corrections: Corrections = { claims: Object.fromEntries(candidate.claims.map((id) => [id, { claimId: id, topicId: topic.id }])), added: [], topics: [topic], weights: {} }
  return analyze(sources, [], { corrections }).assignments.filter((x) => x.topicId === topic.id).map((x) => x.claimId).sort()
}

describe('a topic accepted from a candidate holds what the candidate showed', () => {
  const claims = first.flatMap((s) => extractClaims(s))
  const candidates = discoverCandidates(claims, first)
  const toll = candidates.find((c) => c.concept === 'killed' && c.claims.length >= 3)!

  it('the reports present at acceptance give it exactly the candidate\'s figures', () => {
    expect(toll).toBeDefined()
    const topic = topicFromCandidate(toll, draft, [], stamp, first.map((s) => s.id))
    expect(topic.held?.claims.sort()).toEqual([...toll.claims].sort())
    expect(placedIn(topic, toll, first)).toEqual([...toll.claims].sort())
  })

  it('a figure the candidate did not show is refused even though it reads the measure', () => {
    // The same candidate without the governor's 212: the topic must not take it back.
    const g = claims.find((c) => c.source === 'a' && c.quantity.lo === 212)!
    const narrower = { ...toll, claims: toll.claims.filter((id) => id !== g.id) }
    const topic = topicFromCandidate(narrower, draft, [], stamp, first.map((s) => s.id))
    expect(placedIn(topic, narrower, first)).not.toContain(g.id)
  })

  it('a report added after acceptance is placed as usual', () => {
    const topic = topicFromCandidate(toll, draft, [], stamp, first.map((s) => s.id))
    const all = [...first, later]
    const added = extractClaims(later).find((c) => c.quantity.lo === 230)!
    expect(placedIn(topic, toll, all)).toContain(added.id)
  })
})

describe('withoutHeldOut: a figure a later pass moved into a topic that refuses it goes back', () => {
  const claim = { id: 'k1', source: 'a' } as Claim
  const holds = new Map([['held', { sources: new Set(['a']), claims: new Set<string>() }]])
  const before = [{ claimId: 'k1', topicId: 'toll', score: 4, reasons: [] }]
  it('restores its earlier topic', () => {
    expect(withoutHeldOut([{ claimId: 'k1', topicId: 'held', score: 3, reasons: [] }], holds, new Map([['k1', claim]]), before)).toEqual(before)
  })
  it('drops it when it had none', () => {
    expect(withoutHeldOut([{ claimId: 'k1', topicId: 'held', score: 3, reasons: [] }], holds, new Map([['k1', claim]]))).toEqual([])
  })
})
