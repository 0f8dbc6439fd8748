// A topic accepted from a candidate keeps to the candidate's story. The newsroom's case: a
// workspace follows the Hajj 2024 heat deaths, accepts the "death toll" candidate, then imports
// coverage of the Lebanon pager blasts and the Algerian wildfires (tests/fixtures/news/dev).
import { describe, expect, it } from 'vitest'
import type { Corrections, Topic } from '../../../src/core/model'
import { analyze } from '../../../src/core/pipeline'
import { AnalysisEngine, analyzeCorpus } from '../../../src/core/incremental/engine'
import { extractClaims } from '../../../src/core/extract'
import { topicFromCandidate } from '../../../src/core/workspace'
import { storyBounds } from '../../../src/core/corpus/storyTopics'
import { loadCorpusDir } from '../../../src/cli/args'

const dev = loadCorpusDir('tests/fixtures/news/dev')
const storyOf = (id: string) => id.split('-')[1]
const hajj = dev.filter((s) => storyOf(s.id) === 'hajj')
const workspace = dev.filter((s) => ['hajj', 'pagers', 'algfires'].includes(storyOf(s.id)))

// Accepted as the review store accepts it: the topic, and the candidate's figures moved into it.
const candidate = analyze(hajj, []).candidates.find((c) => c.concept === 'killed')!
const { at: _at, reviewer: _r, ...topic } = topicFromCandidate(candidate, { labelEn: '', labelAr: '', entity: '', measure: '' }, [], { at: '2026-01-05T09:00:00.000Z', reviewer: 'Nour' })
const accepted = (t: Topic): Corrections => ({ claims: Object.fromEntries(candidate.claims.map((id) => [id, { claimId: id, topicId: t.id }])), added: [], topics: [t], weights: {} })

describe('a topic accepted from a candidate', () => {
  it('remembers the sources of the candidate as its story', () => {
    expect(candidate.sources.every((id) => storyOf(id) === 'hajj')).toBe(true)
    expect(topic.story).toEqual(candidate.sources)
    expect(topic.entity.name).toBe('')
  })

  it('holds only figures of its own story once other stories are imported', () => {
    const a = analyze(workspace, [], { corrections: accepted(topic) })
    const held = a.comparisons.find((c) => c.topic === topic.id)!
    const sources = new Set(held.claims.map((id) => id.slice(0, id.indexOf(':'))))
    expect([...sources].every((id) => storyOf(id) === 'hajj')).toBe(true)
    // It keeps what it had before the other stories came, and what it takes of its own story.
    const before = analyze(hajj, [], { corrections: accepted(topic) }).comparisons.find((c) => c.topic === topic.id)!
    expect([...held.claims].sort()).toEqual([...before.claims].sort())
    expect(held.independentSources).toBe(before.independentSources)
    // The other stories' death tolls are left for their own topics (the candidates show them).
    expect(a.candidates.some((c) => c.concept === 'killed' && c.sources.some((id) => storyOf(id) === 'pagers'))).toBe(true)
  })

  it('without its story, the same topic takes the other stories\' tolls (the defect this prevents)', () => {
    const loose = { ...topic, story: undefined }
    const held = analyze(workspace, [], { corrections: accepted(loose) }).comparisons.find((c) => c.topic === topic.id)!
    expect(held.claims.some((id) => storyOf(id) !== 'hajj')).toBe(true)
  })

  it('is placed alike by analyze() and the app\'s engine', () => {
    for (const t of [topic, { ...topic, story: undefined }]) {
      expect(analyzeCorpus(workspace, [], { corrections: accepted(t) })).toEqual(analyze(workspace, [], { corrections: accepted(t) }))
    }
  })

  it('the engine places again when an import changes the stories, as analyze() would', () => {
    const claims = new Map(workspace.map((s) => [s.id, extractClaims(s)]))
    const engine = new AnalysisEngine()
    const input = (sources: typeof workspace) => ({ sources, baseTopics: [], corrections: accepted(topic), claims: (id: string) => claims.get(id)! })
    const pagers = dev.filter((s) => storyOf(s.id) === 'pagers')
    // The Hajj alone, then the pager blasts imported, then the fires too, then the pager blasts removed.
    for (const sources of [hajj, [...hajj, ...pagers], workspace, workspace.filter((s) => storyOf(s.id) !== 'pagers')]) {
      expect(engine.update(input(sources)).analysis).toEqual(analyze(sources, [], { corrections: accepted(topic), extracted: Object.fromEntries(claims) }))
    }
  })

  it('takes what an unbound topic takes when its story is the whole workspace', () => {
    const everyone = { ...topic, story: hajj.map((s) => s.id) }
    const bound = analyze(hajj, [], { corrections: accepted(everyone) })
    const loose = analyze(hajj, [], { corrections: accepted({ ...topic, story: undefined }) })
    const pairs = (a: typeof bound) => a.assignments.map((x) => `${x.claimId}>${x.topicId}`).sort()
    expect(pairs(bound)).toEqual(pairs(loose))
  })

  it('with none of its sources left, takes only what a reviewer put in it', () => {
    const gone = { ...topic, story: ['no-such-source'] }
    const bounds = storyBounds([gone], workspace)!
    expect(bounds.allowed.get(topic.id)!.size).toBe(0)
    const a = analyze(workspace, [], { corrections: accepted(gone) })
    expect(a.assignments.filter((x) => x.topicId === topic.id).every((x) => x.reasons.includes('placed by a reviewer'))).toBe(true)
  })

  it('topics without a story need no grouping', () => {
    expect(storyBounds([{ ...topic, story: undefined }], workspace)).toBeNull()
  })
})
