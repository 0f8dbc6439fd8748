import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../src/core/search'
import { bamexAnalysis } from '../../ui/fixtures'

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(bamexAnalysis())
  const topics = (q: string) => index.search(q).topics.map((t) => t.id)
  const sources = (q: string) => index.search(q).sources.map((s) => s.id)

  it('finds topics by their English or Arabic label, in any case', () => {
    expect(topics('bamex')[0]).toBe('bamex-dates')
    expect(topics('Wagner')).toContain('wagner-personnel')
    expect(topics('مواعيد')).toEqual(['bamex-dates'])
  })

  it('folds Arabic spelling variants and attached prefixes on both sides', () => {
    expect(topics('فديه')).toEqual(['ransom'])
    expect(topics('الفدية')).toEqual(['ransom'])
    expect(topics('وفاغنر')).toContain('wagner-personnel')
  })

  it('matches Arabic-Indic digits against Latin ones in the quoted sentences', () => {
    expect(topics('٥٠ مليون')).toEqual(['ransom'])
  })

  it('finds words of the source text, and names the sources that hold them', () => {
    expect(sources('باهتمام')).toEqual(['001'])
    expect(sources('Sabah')).toEqual(['001'])
    expect(topics('باهتمام')).toEqual(['bamex-dates'])
  })

  it('needs every word of a query (AND) and returns nothing for an empty one', () => {
    expect(topics('bamex فدية')).toEqual([])
    expect(index.search('  ')).toEqual({ topics: [], sources: [] })
  })

  it('completes a prefix as the user types', () => {
    expect(topics('wag')).toContain('wagner-personnel')
  })
})
