import { bench, describe } from 'vitest'
import { compareTopic } from '../../src/core/compare'
import type { Claim, Source, Topic } from '../../src/core/model'

// Judging one topic as it grows: 1,000 figures against 8,000 (an archive of thousands of reports
// on one story). The decision looks at pairs of figures, so the peer in the same run is the same
// topic eight times smaller: a ratio near 8 is linear, near 64 quadratic.

function topicOf(n: number): { claims: Claim[]; sources: Map<string, Source> } {
  const sources = new Map<string, Source>()
  const claims: Claim[] = []
  for (let i = 0; i < n; i++) {
    const id = `s${i % Math.ceil(n / 2.5)}`
    if (!sources.has(id)) sources.set(id, { id, title: id, lang: 'ar', outlet: id, via: null, relays: null, kind: 'news', published: `2023-09-${String(10 + (i % 15)).padStart(2, '0')}`, window: null, url: null, text: '', origin: 'imported' })
    const v = 1000 + (i % 40) * 37
    claims.push({
      id: `${id}:${i}`, source: id, span: { start: i, end: i + 1 }, text: String(v), counted: 'قتيل', sentence: { start: 0, end: 1 }, scopes: [],
      quantity: { kind: 'count', lo: v, hi: v, unit: null, per: null, precision: 'exact', qualifier: i % 7 === 0 ? 'about' : null },
      attribution: i % 3 ? { who: i % 2 ? 'وزارة الصحة' : 'الهلال الأحمر الليبي', cue: 'قال', span: { start: 0, end: 1 } } : null,
    })
  }
  return { claims, sources }
}

const topic: Topic = { id: 't', label: { en: 'Death toll', ar: 'حصيلة القتلى' }, entity: { name: 'Derna', aliases: ['Derna'] }, measure: 'people killed', kind: 'count', cues: [], concept: 'killed', scope: null, time: null }
const small = topicOf(1000)
const large = topicOf(8000)

describe('one topic judged, 1,000 and 8,000 figures', () => {
  bench('compareTopic, 1,000 figures', () => { compareTopic(topic, small.claims, small.sources, new Map(), []) }, { iterations: 5 })
  bench('compareTopic, 8,000 figures', () => { compareTopic(topic, large.claims, large.sources, new Map(), []) }, { iterations: 3 })
})
