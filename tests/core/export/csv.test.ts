import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { CLAIM_COLUMNS, TOPIC_COLUMNS, claimsCsv, topicsCsv } from '../../../src/core/export'
import type { Consensus } from '../../../src/core/model'
import { analysis, claims, corrections, reviews } from './fixture'

const input = { analysis, reviews, corrections }

function parse(csv: string) {
  expect(csv.startsWith('\ufeff')).toBe(true)
  const out = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
  expect(out.errors).toEqual([])
  return out.data
}

describe('claims CSV', () => {
  it('has the documented columns in order, one row per claim', () => {
    const rows = parse(claimsCsv(input))
    expect(rows[0]).toEqual([...CLAIM_COLUMNS])
    expect(rows[0]).toEqual([
      'claim_id', 'source_id', 'source_title', 'outlet', 'via', 'source_origin', 'published',
      'topic_ids', 'text', 'kind', 'lo', 'hi', 'unit', 'per', 'qualifier', 'precision', 'value_en', 'value_ar',
      'counted', 'attributed_to', 'sentence', 'start', 'end', 'status', 'manual', 'edited', 'note',
    ])
    expect(rows).toHaveLength(claims.length + 1)
  })

  it('writes each claim exactly, Arabic text intact', () => {
    const [header, ...rows] = parse(claimsCsv(input))
    const row = (i: number) => Object.fromEntries(header.map((h, j) => [h, rows[i][j]]))
    expect(row(0)).toMatchObject({ claim_id: claims[0].id, source_id: '000', outlet: 'Le Monde', topic_ids: 'bamex-dates', text: 'منتصف تشرين الثاني/نوفمبر 2025', kind: 'date', lo: '2025-11-10', hi: '2025-11-20', status: 'ok', published: '2025-11-16/2026-03-31' })
    expect(row(1)).toMatchObject({ kind: 'duration', lo: '3', hi: '3', unit: 'day', note: 'three days = public days?' })
    // Raw values in their columns, readable ones beside them in each language.
    expect(row(0)).toMatchObject({ value_en: 'mid-November 2025', value_ar: 'منتصف نوفمبر 2025' })
    expect(row(1)).toMatchObject({ value_en: '3 days', value_ar: '3 أيام' })
    expect(row(2)).toMatchObject({ qualifier: 'range', published: '2025-11-28', start: String(claims[2].span.start) })
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const evil = { ...corrections, claims: { [claims[0].id]: { claimId: claims[0].id, note: '=HYPERLINK("http://x")' } } }
    const [header, first] = parse(claimsCsv({ ...input, corrections: evil }))
    expect(first[header.indexOf('note')]).toBe('\'=HYPERLINK("http://x")')
  })

  it('neutralises a formula whatever follows it, a new line included', () => {
    const multi = { ...corrections, claims: { [claims[0].id]: { claimId: claims[0].id, note: '+SUM(1+1)\nsecond line' } } }
    const [header, first] = parse(claimsCsv({ ...input, corrections: multi }))
    expect(first[header.indexOf('note')]).toBe('\'+SUM(1+1)\nsecond line')
    const titled = { ...analysis, sources: analysis.sources.map((s) => ({ ...s, title: '-2+3\r\nx', outlet: '@cmd\nrun' })) }
    const [h2, row] = parse(claimsCsv({ ...input, analysis: titled }))
    expect(row[h2.indexOf('source_title')]).toBe('\'-2+3\r\nx')
    expect(row[h2.indexOf('outlet')]).toBe('\'@cmd\nrun')
  })
})

describe('topics CSV', () => {
  it('names a source with no outlet by its title alone, and a formula in a title is neutralised', () => {
    const bare = { ...analysis, sources: analysis.sources.map((s) => ({ ...s, outlet: null, title: s.id === '000' ? '=cmd title' : s.title })) }
    const [header, first] = parse(topicsCsv({ ...input, analysis: bare }, ['bamex-dates']))
    expect(first[header.indexOf('sources')]).toBe('\'=cmd title | Blockade in Mali')
  })

  it('has the documented columns and the verdict that stands', () => {
    const [header, ...rows] = parse(topicsCsv(input))
    expect(header).toEqual([...TOPIC_COLUMNS])
    const bamex = Object.fromEntries(header.map((h, j) => [h, rows[0][j]]))
    expect(bamex).toMatchObject({ topic_id: 'bamex-dates', suggested_verdict: 'conflict', verdict: 'needs-review', overridden: 'yes', reviewer: 'Salma', claims: '3', independent_sources: '2' })
    // An editor reads the sources by outlet and title; their ids stand apart, to join the claims CSV by.
    expect(bamex).toMatchObject({ sources: 'Le Monde: Turkey in Mali (Le Monde) | Daily Sabah: Blockade in Mali', source_ids: '000|001' })
    const ransom = Object.fromEntries(header.map((h, j) => [h, rows[1][j]]))
    expect(ransom).toMatchObject({ topic_id: 'ransom', verdict: 'single-source', overridden: '', reviewer: '', claims: '0' })
  })
})

// The CSVs follow the topics chosen on the export page, as the report does, and say no more than
// the report: independent sources never exceed the sources listed; a consensus only for agreement.
describe('CSVs of the chosen topics', () => {
  const rowsOf = (csv: string) => { const [header, ...rows] = parse(csv); return rows.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]]))) }

  it('holds only the topics chosen, and the claims CSV only their figures', () => {
    expect(rowsOf(topicsCsv(input, ['ransom'])).map((r) => r.topic_id)).toEqual(['ransom'])
    expect(rowsOf(claimsCsv(input, ['ransom']))).toEqual([])
    expect(rowsOf(claimsCsv(input, ['bamex-dates']))).toHaveLength(claims.length)
    expect(rowsOf(topicsCsv(input)).map((r) => r.topic_id)).toEqual(['bamex-dates', 'ransom'])
  })

  it('never counts more independent sources than sources, and gives a consensus only where the verdict is agreement', () => {
    const consensus: Consensus = { interval: { lo: 10, hi: 12, count: 2 }, median: 11, spread: 2, weights: {}, outliers: [] }
    const many = { ...analysis, comparisons: analysis.comparisons.map((c) => (c.topic === 'bamex-dates' ? { ...c, independentSources: 5, consensus } : c)) }
    const conflict = rowsOf(topicsCsv({ ...input, reviews: [], analysis: many }, ['bamex-dates']))[0]
    expect(conflict).toMatchObject({ source_ids: '000|001', independent_sources: '2', consensus_lo: '', median: '' })
    const agreeing = { ...many, comparisons: many.comparisons.map((c) => (c.topic === 'bamex-dates' ? { ...c, verdict: 'agree' as const } : c)) }
    expect(rowsOf(topicsCsv({ ...input, reviews: [], analysis: agreeing }, ['bamex-dates']))[0]).toMatchObject({ consensus_lo: '10', consensus_hi: '12', median: '11' })
  })

  it('keeps the topic a figure was set aside from', () => {
    const aside = { ...corrections, claims: { [claims[2].id]: { claimId: claims[2].id, status: 'wrong-extraction' as const } } }
    const placed = { ...analysis, assignments: analysis.assignments.filter((a) => a.claimId !== claims[2].id) }
    const rows = rowsOf(claimsCsv({ ...input, analysis: placed, corrections: aside, setAsideFrom: { [claims[2].id]: 'bamex-dates' } }, ['bamex-dates']))
    expect(rows.find((r) => r.claim_id === claims[2].id)).toMatchObject({ topic_ids: 'bamex-dates', status: 'wrong-extraction' })
  })
})
