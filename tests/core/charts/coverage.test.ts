import { describe, expect, it } from 'vitest'
import { cellStatus, coverageMatrix, isCompared } from '../../../src/core/charts/coverage'
import { topicRows } from '../../../src/core/charts/topics'
import { bamexAnalysis, makeClaim, makeComparison, makeConsensus, makeSource, makeTopic } from '../../ui/fixtures'

describe('coverageMatrix', () => {
  it('has a row per topic and a column per source that states any figure, with a status per cell', () => {
    const a = bamexAnalysis()
    const m = coverageMatrix(topicRows(a), a.sources)
    expect(m.sources.map((s) => s.id)).toEqual(['000', '001'])
    const grid = Object.fromEntries(m.rows.map((r) => [r.row.topic.id, r.cells.map((c) => c.status)]))
    expect(grid).toEqual({
      'bamex-dates': ['differ', 'differ'],
      'wagner-personnel': ['agree', 'agree'],
      ransom: ['empty', 'alone'],
    })
    expect(m.rows[0].cells[0].claimIds).toHaveLength(2)
  })
})

describe('coverageMatrix beyond what fits', () => {
  it('keeps as columns the sources stating the most figures, by date, and counts the others per row by status', () => {
    const srcs = ['a', 'b', 'c', 'd'].map((id, i) => makeSource(id, 'قيل إن 100 و100 أو 300.', { published: `2025-01-0${4 - i}`, window: null }))
    const claims = [
      makeClaim(srcs[0], '100', { kind: 'count', lo: 100, hi: 100 }), makeClaim(srcs[0], '100', { kind: 'count', lo: 100, hi: 100 }, {}, 2),
      makeClaim(srcs[1], '100', { kind: 'count', lo: 100, hi: 100 }), makeClaim(srcs[1], '300', { kind: 'count', lo: 300, hi: 300 }),
      makeClaim(srcs[2], '100', { kind: 'count', lo: 100, hi: 100 }), makeClaim(srcs[3], '300', { kind: 'count', lo: 300, hi: 300 }),
    ]
    const rows = topicRows({
      sources: srcs, claims, topics: [makeTopic('t')], candidates: [], unassigned: [],
      assignments: claims.map((c) => ({ claimId: c.id, topicId: 't', score: 1, reasons: [] })),
      comparisons: [makeComparison('t', 'conflict', claims, { consensus: makeConsensus({ interval: { lo: 100, hi: 100, count: 3 }, median: 100, outliers: ['d'] }) })],
    })
    const m = coverageMatrix(rows, srcs, 2)
    // a and b state two figures each: they keep their columns, in order of publication (b before a).
    expect(m.sources.map((s) => s.id)).toEqual(['b', 'a'])
    expect(m.hidden).toBe(2)
    expect(m.rows[0].others).toEqual({ sources: 2, agree: 1, differ: 1, alone: 0, unjudged: 0 })
    expect(coverageMatrix(rows, srcs).rows[0].others).toBeNull()
  })
})

describe('cellStatus', () => {
  const s = ['a', 'b', 'c'].map((id) => makeSource(id, 'قيل إن 100 أو 110 أو 300.'))
  const c1 = makeClaim(s[0], '100', { kind: 'count', lo: 100, hi: 100 })
  const c2 = makeClaim(s[1], '110', { kind: 'count', lo: 110, hi: 110 })
  const c3 = makeClaim(s[2], '300', { kind: 'count', lo: 300, hi: 300 })
  const claims = [c1, c2, c3]
  const row = (verdict: Parameters<typeof makeComparison>[1], consensus = makeConsensus()) => topicRows({
    sources: s, claims, topics: [makeTopic('t')], candidates: [], unassigned: [],
    assignments: claims.map((c) => ({ claimId: c.id, topicId: 't', score: 1, reasons: [] })),
    comparisons: [makeComparison('t', verdict, claims, { consensus })],
  })[0]

  it('in a conflict, names the outliers (by claim or source id) and the rest agree', () => {
    const r = row('conflict', makeConsensus({ outliers: [c3.id] }))
    expect([c1, c2, c3].map((c) => cellStatus(r, [c]))).toEqual(['agree', 'agree', 'differ'])
    const bySource = row('conflict', makeConsensus({ outliers: ['c'] }))
    expect(cellStatus(bySource, [c3])).toBe('differ')
  })

  it('in a conflict without outliers, reads the consensus interval, else everyone differs', () => {
    const r = row('conflict', makeConsensus({ interval: { lo: 100, hi: 110, count: 2 } }))
    expect([c1, c2, c3].map((c) => cellStatus(r, [c]))).toEqual(['agree', 'agree', 'differ'])
    expect(cellStatus(row('conflict'), [c1])).toBe('differ')
  })

  it('leaves a figure limited to a place or an operation out of a topic about the whole', () => {
    const r = row('agree')
    const ségou = { ...c1, scopes: [{ kind: 'place' as const, label: 'Ségou', span: { start: 0, end: 1 } }] }
    const now = { ...c1, scopes: [{ kind: 'time' as const, label: 'now', span: { start: 0, end: 1 } }] }
    expect(isCompared(r, ségou)).toBe(false)
    expect(isCompared(r, now)).toBe(true)
    expect(isCompared({ topic: { ...r.topic, scope: 'Ségou' } }, ségou)).toBe(true)
    expect(cellStatus(r, [ségou])).toBe('unjudged')
    expect(cellStatus(r, [ségou, c1])).toBe('agree')
  })

  it('leaves other scopes, time series and open questions unjudged, and empty cells empty', () => {
    expect(cellStatus(row('other-scope'), [c1])).toBe('unjudged')
    expect(cellStatus(row('needs-review'), [c1])).toBe('unjudged')
    expect(cellStatus(row('agree'), [])).toBe('empty')
  })
})
