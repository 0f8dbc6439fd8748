import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Scope, Source, Topic } from '../../../src/core/model'

// Two figures of one article contradict each other only when they are about the same moment: a
// count "by Monday" and the count of the report's day are the count moving, whoever gives them.

const source: Source = { id: 'r', title: 'r', outlet: 'Outlet R', via: null, relays: null, kind: 'news', origin: 'imported', text: 'x'.repeat(40), lang: 'en', published: '2024-05-09', window: null, url: null }
const by = (label: string, day: string): Scope => ({ kind: 'time', label, span: { start: 0, end: 1 }, from: day, to: day })
let n = 0
const fig = (lo: number, who: string | null, scopes: Scope[] = []): Claim => {
  n++
  return { id: `r:${n}`, source: 'r', span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: 30 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes }
}
const topic: Topic = { id: 't', label: { en: 'Dead', ar: 'القتلى' }, entity: { name: '', aliases: [] }, measure: 'killed', kind: 'count', cues: [], scope: null, time: null, concept: 'killed' }
const judge = (cs: Claim[]) => compareTopic(topic, cs, new Map([['r', source]]), new Map(), [])

describe('figures of one article at different known times', () => {
  it('"100 by Monday" and the report’s own 150 are no contradiction of the article', () => {
    expect(judge([fig(100, null, [by('by Monday', '2024-05-06')]), fig(150, null)]).withinSource).toEqual([])
    // "jusqu'à lundi", "حتى الاثنين" time the count just as well.
    expect(judge([fig(100, null, [by("jusqu'à lundi", '2024-05-06')]), fig(150, null)]).withinSource).toEqual([])
    expect(judge([fig(100, null, [by('حتى الاثنين', '2024-05-06')]), fig(150, null)]).withinSource).toEqual([])
  })
  it('…while two counts of the same moment are', () => {
    expect(judge([fig(100, null), fig(150, null)]).withinSource).toHaveLength(1)
  })
  it('one origin’s two counts of two known days are no self-conflict: its count changed, a time series', () => {
    const ctx: DecideContext = { origin: () => 'outlet:r', asOf: (c) => (c.scopes.length ? { from: '2024-05-06', to: '2024-05-06' } : { from: '2024-05-09', to: '2024-05-09' }), compared: () => true, tolerance: 0.1 }
    const d = decide({ kind: 'count' }, [fig(100, null, [by('by Monday', '2024-05-06')]), fig(150, null)], ctx)
    expect(d.verdict).toBe('time-series')
    expect(d.reason).not.toHaveProperty('selfConflict')
    // (Two close counts of one moment in one article are a conflict within it; far apart, a single source that does not agree with itself.)
    expect(decide({ kind: 'count' }, [fig(100, null), fig(150, null)], ctx)).toMatchObject({ verdict: 'conflict', reason: { sameSource: true } })
    expect(decide({ kind: 'count' }, [fig(100, null), fig(1500, null)], ctx).reason).toHaveProperty('selfConflict')
  })
})
