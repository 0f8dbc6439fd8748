import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { analyze } from '../../../src/core/pipeline'
import { parseTopics } from '../../../src/core/align/schema'
import { readFileSync } from 'node:fs'
import type { Source } from '../../../src/core/model'

const run = (text: string, lang: 'en' | 'fr') => extractClaims({ id: 'l', text, lang, published: '2025-11-28', window: null })
  .map((c) => ({ text: c.text, kind: c.quantity.kind, lo: c.quantity.lo, hi: c.quantity.hi, unit: c.quantity.unit, qualifier: c.quantity.qualifier }))

describe('English and French figures', () => {
  it('reads an English article', () => {
    const got = run('The BAMEX fair was held from 11 to 24 November 2025 and lasted three days. A ransom of $50 million was paid. About 1,000 Wagner fighters were deployed in 2021; 16 percent.', 'en')
    expect(got).toEqual([
      { text: 'from 11 to 24 November 2025', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', unit: null, qualifier: 'range' },
      { text: 'three days', kind: 'duration', lo: 3, hi: 3, unit: 'day', qualifier: null },
      { text: '$50 million', kind: 'money', lo: 5e7, hi: 5e7, unit: 'USD', qualifier: null },
      { text: 'About 1,000', kind: 'count', lo: 1000, hi: 1000, unit: null, qualifier: 'about' },
      { text: 'in 2021', kind: 'date', lo: '2021-01-01', hi: '2021-12-31', unit: null, qualifier: null },
      { text: '16 percent', kind: 'percent', lo: 16, hi: 16, unit: '%', qualifier: null },
    ])
  })
  it('reads a French article', () => {
    const got = run("Le salon s'est tenu du 11 au 24 novembre 2025. Plus de 1 000 combattants, une rançon de 50 millions de dollars, 16 pour cent, trois jours.", 'fr')
    expect(got.map((g) => [g.text, g.lo, g.hi, g.unit])).toEqual([
      ['du 11 au 24 novembre 2025', '2025-11-11', '2025-11-24', null],
      ['Plus de 1 000', 1000, null, null],
      ['50 millions de dollars', 5e7, 5e7, 'USD'],
      ['16 pour cent', 16, 16, '%'],
      ['trois jours', 3, 3, 'day'],
    ])
  })
  it('an English report on BAMEX joins the Arabic BAMEX topic', () => {
    const topics = parseTopics('data/topics.json', JSON.parse(readFileSync('data/topics.json', 'utf8')))
    const s: Source = { id: 'en1', title: 'x', lang: 'en', outlet: 'Wire', via: null, kind: 'news', published: '2025-11-28', window: null, text: 'The BAMEX 2025 defence fair was held in Bamako from 11 to 24 November.', origin: 'imported' }
    const a = analyze([s], topics)
    expect(a.assignments.map((x) => x.topicId)).toEqual(['bamex-dates'])
  })
})
