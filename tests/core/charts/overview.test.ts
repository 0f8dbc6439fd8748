import { describe, expect, it } from 'vitest'
import { EMPTY_FILTER, filterQuery, filterRows, parseFilter, sortRows, verdictCounts } from '../../../src/core/charts/overview'
import { topicRows } from '../../../src/core/charts/topics'
import { bamexAnalysis } from '../../ui/fixtures'

const rows = topicRows(bamexAnalysis())
const ids = (rs: { topic: { id: string } }[]) => rs.map((r) => r.topic.id)

describe('overview filters', () => {
  it('filters by verdict, kind (also a claim’s kind), source and language', () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, verdict: 'conflict' }))).toEqual(['bamex-dates'])
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, kind: 'money' }))).toEqual(['ransom'])
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, kind: 'duration' }))).toEqual(['bamex-dates'])
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, source: '000' }))).toEqual(['bamex-dates', 'wagner-personnel'])
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, lang: 'en' }))).toEqual([])
    expect(ids(filterRows(rows, EMPTY_FILTER, new Set(['ransom'])))).toEqual(['ransom'])
  })

  it('sorts conflicts first by default, or by sources, or by label in the UI language', () => {
    const shuffled = [rows[2], rows[1], rows[0]]
    expect(ids(sortRows(shuffled, 'severity'))).toEqual(['bamex-dates', 'wagner-personnel', 'ransom'])
    expect(ids(sortRows(shuffled, 'sources'))[2]).toBe('ransom')
    expect(ids(sortRows(shuffled, 'label', 'en'))).toEqual(['bamex-dates', 'ransom', 'wagner-personnel'])
    expect(ids(sortRows(shuffled, 'label', 'ar'))).toEqual(['ransom', 'wagner-personnel', 'bamex-dates'])
  })

  it('round-trips through the route query, dropping defaults and junk', () => {
    const f = { ...EMPTY_FILTER, verdict: 'conflict' as const, source: '001', q: 'بامكس' }
    expect(filterQuery(f)).toEqual({ verdict: 'conflict', source: '001', q: 'بامكس' })
    expect(parseFilter(filterQuery(f))).toEqual(f)
    expect(parseFilter({ verdict: 'wrong', kind: ['date'], sort: 'nope' })).toEqual({ ...EMPTY_FILTER, kind: 'date' })
    expect(filterQuery(EMPTY_FILTER)).toEqual({})
  })

  it('counts verdicts in order, zeros included', () => {
    const counts = verdictCounts(rows)
    expect(counts[0]).toEqual({ verdict: 'conflict', count: 1 })
    expect(counts.find((c) => c.verdict === 'agree')?.count).toBe(1)
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(3)
  })
})
