import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates, topicFromCandidate } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// Candidate topics from reports written for these tests: figures of one measure that some sources
// give as a projection, or about one country's people, are proposed as topics of their own.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, ar: c.label?.ar, figures: c.claims.map(text).sort(), c }))
}

describe('discoverCandidates: facets of one measure', () => {
  it('a projected toll stated by two sources is its own candidate beside the counted toll', () => {
    const found = candidates([
      source('a', 'en', 'The storm killed 3,900 people, officials said. The death toll could reach 10,000, the mayor warned.', 'Wire A'),
      source('b', 'fr', 'La tempête a fait 4 000 morts. Le bilan pourrait atteindre 10 000 morts selon une ONG.', 'Journal B'),
      source('c', 'ar', 'أودت العاصفة بحياة 3900 شخص، وقد يصل عدد القتلى إلى 12 ألفاً بحسب رئيس البلدية.', 'Site C'),
    ])
    const killed = found.filter((f) => f.c.concept === 'killed' && f.c.kind === 'count')
    const projected = killed.find((f) => f.label?.endsWith('(projected)'))
    expect(projected?.figures.length).toBe(3)
    expect(projected?.ar).toMatch(/\(توقعات\)$/)
    const counted = killed.find((f) => f !== projected)!
    expect(counted.figures).toHaveLength(3)
    expect(counted.figures.some((t) => /10|12/.test(t))).toBe(false)
    expect(topicFromCandidate(projected!.c, 'x').projection).toBe(true)
    expect(topicFromCandidate(counted.c, 'y').projection).toBeUndefined()
  })

  it("survivors of one people, named by two sources, are a candidate named for that people in each language", () => {
    const found = candidates([
      source('a', 'en', 'There were 104 survivors, among them 47 Syrians and 43 Egyptians.', 'Wire A'),
      source('b', 'ar', 'بلغ عدد الناجين 104 أشخاص، من بينهم 43 مصريا.', 'Site B'),
      source('c', 'fr', "Les 104 rescapés, dont 12 Pakistanais, ont été conduits à Kalamata.", 'Journal C'),
    ])
    const egypt = found.find((f) => f.c.entity === 'Egypt')
    expect(egypt?.figures).toHaveLength(2)
    expect(egypt?.ar).toMatch(/\(مصر\)$/)
    expect(topicFromCandidate(egypt!.c, 'eg').entity.aliases).toContain('مصريين')
    // A people named by one source only stays with the others.
    expect(found.some((f) => f.c.entity === 'Pakistan' || f.c.entity === 'Syria')).toBe(false)
  })

  it('a facet every source gives is no split: the candidate stays whole', () => {
    const found = candidates([
      source('a', 'en', 'France has 1,500 French soldiers in Niger.', 'Wire A'),
      source('b', 'en', 'About 1,500 French troops are based in Niger.', 'Wire B'),
    ])
    expect(found.filter((f) => f.c.concept === 'troops')).toHaveLength(1)
  })
})
