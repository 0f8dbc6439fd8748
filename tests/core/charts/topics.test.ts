import { describe, expect, it } from 'vitest'
import { byPublication, bySentence, sourceColumns, topicByClaim, topicRows } from '../../../src/core/charts/topics'
import { bamexAnalysis, makeSource } from '../../ui/fixtures'

describe('topicRows', () => {
  const a = bamexAnalysis()
  const rows = topicRows(a)

  it('joins every topic with its comparison, claims and sources', () => {
    const bamex = rows.find((r) => r.topic.id === 'bamex-dates')!
    expect(bamex.verdict).toBe('conflict')
    expect(bamex.claims.map((c) => c.text)).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام', 'من 11 إلى 24 نوفمبر'])
    expect(bamex.sourceIds).toEqual(['000', '001'])
    expect(bamex.langs).toEqual(['ar'])
    expect(bamex.independent).toBe(2)
  })

  it('gives a topic with no comparison a null verdict', () => {
    const lone = topicRows({ ...a, comparisons: [] })
    expect(lone.every((r) => r.verdict === null && r.comparison === null)).toBe(true)
  })

  it('maps each claim to its topic', () => {
    const map = topicByClaim(a)
    expect(map.get(a.claims[2].id)).toBe('bamex-dates')
    expect(map.has(a.unassigned[0])).toBe(false)
  })
})

describe('sourceColumns', () => {
  it('orders sources by publication day (or window start), undated last', () => {
    const a = makeSource('a', 'x', { published: '2025-12-01', window: null })
    const b = makeSource('b', 'x', { published: null, window: { from: '2025-11-25', to: '2025-12-31', how: '' } })
    const c = makeSource('c', 'x', { published: null, window: null })
    expect([c, a, b].sort(byPublication).map((s) => s.id)).toEqual(['b', 'a', 'c'])
  })

  it('groups a topic’s claims by source, in text order', () => {
    const an = bamexAnalysis()
    const cols = sourceColumns(an.claims.filter((c) => an.comparisons[0].claims.includes(c.id)).reverse(), an.sources)
    expect(cols.map((c) => c.source.id)).toEqual(['000', '001'])
    expect(cols[0].claims.map((c) => c.text)).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام'])
  })
})

describe('bySentence', () => {
  it('quotes a sentence once with every figure it holds', () => {
    const an = bamexAnalysis()
    const of000 = an.claims.filter((c) => c.source === '000')
    const groups = bySentence(of000)
    expect(groups[0].claims.map((c) => c.text)).toEqual(['منتصف تشرين الثاني/نوفمبر 2025', 'ثلاثة أيام'])
    expect(groups.map((g) => g.claims.length)).toEqual([2, 1, 1])
  })
})
