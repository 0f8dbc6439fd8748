import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { extractClaims } from '../../../src/core/extract'
import { scoreCorpus, type GoldFigure } from '../../../src/core/extract/evaluate'
import { loadCorpusDir } from '../../../src/cli/args'

// Extraction on news nobody tuned for: the test split of tests/fixtures/news, scored against a
// gold written by readers who never saw the extractor. The floors are the measured figures less
// about a point, so a change that loses accuracy on unseen text fails here.
const gold = JSON.parse(readFileSync('tests/fixtures/news/gold.json', 'utf8')).figures as GoldFigure[]
const sources = loadCorpusDir('tests/fixtures/news/test')
const scores = scoreCorpus(sources, gold, sources.flatMap((s) => extractClaims(s)))
const of = (lang: string) => scores.find((s) => s.lang === lang)!

const FLOORS: Record<string, { f1: number; value: number; qualifier: number; attribution: number }> = {
  ar: { f1: 0.95, value: 0.97, qualifier: 0.98, attribution: 0.85 },
  en: { f1: 0.95, value: 0.99, qualifier: 0.99, attribution: 0.82 },
  fr: { f1: 0.95, value: 0.98, qualifier: 0.97, attribution: 0.80 },
}

describe('extraction on the news test split (exact spans)', () => {
  it.each(Object.entries(FLOORS))('%s keeps its F1, values, qualifiers and speakers', (lang, floor) => {
    const s = of(lang)
    expect(s.sources).toBeGreaterThan(5)
    expect(s.exact.overall.f1).toBeGreaterThanOrEqual(floor.f1)
    expect(s.exact.value.rate).toBeGreaterThanOrEqual(floor.value)
    expect(s.exact.qualifier.rate).toBeGreaterThanOrEqual(floor.qualifier)
    expect(s.exact.attribution.rate).toBeGreaterThanOrEqual(floor.attribution)
  })
})
