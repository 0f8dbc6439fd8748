import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Source } from '../../../src/core/model'

// How an explanation names its sources: by outlet, never by the code's id; two articles of one
// outlet in one topic are told apart (by their day, else their place); a Latin name inside an
// Arabic sentence is isolated so that the sentence keeps its order.

let n = 0
const count = (source: string, lo: number): Claim => {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity: { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const src = (id: string, outlet: string | null, published: string | null): Source => ({ id, title: id, lang: 'en', outlet, via: null, kind: 'news', published, window: null, text: '', origin: 'imported' })
const ctx = (days: Record<string, string>): DecideContext => ({ origin: (c) => `outlet:${c.source}`, asOf: (c) => ({ from: days[c.source], to: days[c.source] }), compared: () => true, tolerance: 0.1 })
const words = (cs: Claim[], sources: Source[], days: Record<string, string>) => {
  const d = decide({ kind: 'count' }, cs, ctx(days))
  return explain(d.reason, explainContext(cs, new Map(sources.map((s) => [s.id, s])), [], sources.length, sources.length))
}

describe('sources named in explanations', () => {
  it('two articles of one outlet that disagree are named with their days, in both languages', () => {
    const sources = [src('u12485feb', 'Daily Courier', '2025-03-04'), src('u9a0c11d2', 'Daily Courier', '2025-03-06')]
    const days = { u12485feb: '2025-03-04', u9a0c11d2: '2025-03-04' }
    const w = words([count('u12485feb', 12), count('u9a0c11d2', 40)], sources, days)
    expect(w.en).toBe('Daily Courier (article of 4 March 2025): 12, but Daily Courier (article of 6 March 2025): 40: both cannot be right for the same time.')
    expect(w.en).not.toMatch(/u12485feb|u9a0c11d2/)
    expect(w.ar).toContain('\u2068Daily Courier\u2069 (مقال 4 مارس 2025)')
    expect(w.ar).toContain('\u2068Daily Courier\u2069 (مقال 6 مارس 2025)')
    // Outside the isolates, the Arabic sentence holds no Latin word.
    expect(w.ar.replace(/\u2068[^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]/)
  })

  it('two articles of one outlet on the same day (or of no known day) are told apart by their place', () => {
    const sources = [src('a1', 'Radio Atlas', '2025-03-04'), src('a2', 'Radio Atlas', '2025-03-04'), src('b', 'Le Phare', '2025-03-04')]
    const days = { a1: '2025-03-04', a2: '2025-03-04', b: '2025-03-04' }
    const w = words([count('a1', 12), count('a2', 40), count('b', 12)], sources, days)
    expect(w.en).toContain('Radio Atlas (article 1): 12')
    expect(w.en).toContain('Radio Atlas (article 2): 40')
    expect(w.ar).toContain('\u2068Radio Atlas\u2069 (المقال رقم 2)')
  })

  it('one article per outlet is named by the outlet alone; an outlet in Arabic letters is not isolated', () => {
    const sources = [src('x', 'Daily Courier', '2025-03-04'), src('y', 'الشروق', '2025-03-04')]
    const w = words([count('x', 12), count('y', 12)], sources, { x: '2025-03-04', y: '2025-03-04' })
    expect(w.en).toBe('Daily Courier: 12 and الشروق: 12: 2 origins agree.')
    expect(w.ar).toContain('\u2068Daily Courier\u2069')
    expect(w.ar).not.toContain('\u2068الشروق')
  })
})
