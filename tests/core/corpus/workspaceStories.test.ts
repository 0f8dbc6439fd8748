import { describe, expect, it } from 'vitest'
import type { Analysis, Lang, Source } from '../../../src/core/model'
import { analysisOfStory, storyOfSource, topicInStory, workspaceStories } from '../../../src/core/corpus/workspaceStories'

// The stories a reader picks among: reports of two stories written for these tests, in three
// languages, loaded into one workspace.

const source = (id: string, lang: Lang, text: string, published: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'imported' }) as Source

const flood = [
  source('f1', 'en', 'Floods in Varnak killed 412 people, the Varnak governor Ilse Damrow said on Monday. Rescuers in Varnak searched the Tessel river banks.', '2025-04-07'),
  source('f2', 'fr', 'Les crues à Varnak ont fait 412 morts, selon la gouverneure Ilse Damrow. Les secours fouillent les rives de la Tessel.', '2025-04-07'),
  source('f3', 'ar', 'قالت حاكمة فارناك إيلسه دامرو إن الفيضانات في فارناك أودت بحياة 412 شخصا، وإن فرق الإنقاذ تبحث على ضفاف نهر تيسل.', '2025-04-08'),
]
const mine = [
  source('m1', 'en', 'A collapse at the Ostrel copper mine trapped 37 miners, the Korvane Mining company said. Ostrel rescuers drilled a shaft.', '2025-09-12'),
  source('m2', 'fr', "L'effondrement de la mine de cuivre d'Ostrel a piégé 37 mineurs, selon la société Korvane Mining. Les sauveteurs d'Ostrel ont foré un puits.", '2025-09-13'),
]

describe('workspaceStories', () => {
  const stories = workspaceStories([...flood, ...mine])

  it('tells the two stories apart, each by its first source, in the order of their first sources', () => {
    expect(stories.map((s) => s.sources)).toEqual([['f1', 'f2', 'f3'], ['m1', 'm2']])
    expect(stories.map((s) => s.id)).toEqual(['f1', 'm1'])
  })

  it('names each by the event and the name its reports repeat (the name alone when they name no event)', () => {
    expect(stories[0].name).toEqual({ en: 'Floods in Varnak', ar: 'فيضانات فارناك' })
    expect(stories[1].name?.en).toBe('Ostrel')
  })

  it('finds a story by any of its sources (a story chosen is remembered by one)', () => {
    expect(storyOfSource(stories, 'f3')?.id).toBe('f1')
    expect(storyOfSource(stories, 'gone')).toBeNull()
    expect(storyOfSource(stories, null)).toBeNull()
  })

  it('a workspace of one story is one story, unnamed (nothing to tell it from)', () => {
    expect(workspaceStories(flood)).toEqual([{ id: 'f1', sources: ['f1', 'f2', 'f3'], name: null }])
  })
})

describe('analysisOfStory', () => {
  const claim = (id: string, s: string) => ({ id, source: s, span: { start: 0, end: 1 }, text: '1', quantity: { kind: 'count' as const, lo: 1, hi: 1, unit: null, per: null, precision: 'exact' as const, qualifier: null }, counted: null, sentence: { start: 0, end: 1 }, attribution: null, scopes: [] })
  const topic = (id: string, story?: string[]) => ({ id, label: { en: id, ar: id }, entity: { name: '', aliases: [] }, measure: 'killed', kind: 'count' as const, cues: [], story })
  const a: Analysis = {
    sources: [...flood, ...mine],
    claims: [claim('f1:1', 'f1'), claim('f2:1', 'f2'), claim('m1:1', 'm1'), claim('m2:1', 'm2'), claim('m2:9', 'm2')],
    topics: [topic('toll'), topic('trapped'), topic('empty-of-mine', ['m1']), topic('empty')],
    assignments: [{ claimId: 'f1:1', topicId: 'toll', score: 1, reasons: [] }, { claimId: 'f2:1', topicId: 'toll', score: 1, reasons: [] }, { claimId: 'm1:1', topicId: 'trapped', score: 1, reasons: [] }, { claimId: 'm2:1', topicId: 'trapped', score: 1, reasons: [] }],
    comparisons: [],
    candidates: [{ key: 'k', entity: '', kind: 'count', unit: null, claims: ['m2:9', 'm1:1'], sources: ['m2', 'm1'] }],
    unassigned: ['m2:9'],
  }
  const members = new Set(['m1', 'm2'])

  it("keeps the story's topics, figures, candidates and articles", () => {
    const s = analysisOfStory(a, members)
    expect(s.topics.map((t) => t.id)).toEqual(['trapped', 'empty-of-mine'])
    expect(s.sources.map((x) => x.id)).toEqual(['m1', 'm2'])
    expect(s.claims.map((c) => c.id)).toEqual(['m1:1', 'm2:1', 'm2:9'])
    expect(s.unassigned).toEqual(['m2:9'])
    expect(s.candidates).toHaveLength(1)
    expect(analysisOfStory(a, new Set(['f1', 'f2', 'f3'])).candidates).toHaveLength(0)
  })

  it('a topic with no figure yet is about the story it was made from, and about no other', () => {
    expect(topicInStory({ story: ['m1'] }, [], members)).toBe(true)
    expect(topicInStory({}, [], members)).toBe(false)
    expect(topicInStory({ story: ['f1'] }, ['m2'], members)).toBe(true)
  })
})
