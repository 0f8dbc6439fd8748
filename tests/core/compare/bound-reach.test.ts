import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { compareTopic } from '../../../src/core/compare'
import type { Lang, Source, Topic } from '../../../src/core/model'

// A bound ("more than 250") says where a count stood on its day, up to just short of twice its
// number: a figure a day later that reaches twice the bound is the count that moved. Texts and
// names invented for these tests (session 31).

const source = (id: string, lang: Lang, published: string, text: string): Source => ({ id, title: id, lang, outlet: id, via: null, kind: 'news', published, window: null, text, origin: 'imported' })
const topic: Topic = { id: 't', label: { en: 'People rescued in Hillvale', ar: 'الناجون' }, entity: { name: 'Hillvale', aliases: [] }, measure: 'people rescued alive', kind: 'count', cues: [], concept: 'survivors' }
const judge = (first: string, second: string) => {
  const a = source('a', 'en', '2024-07-30', first)
  const b = source('b', 'en', '2024-07-31', second)
  return compareTopic(topic, [...extractClaims(a), ...extractClaims(b)], new Map([a, b].map((s) => [s.id, s])), new Map(), [])
}

describe('a bound reaches short of twice its number', () => {
  it('"about 1,000" the day after "more than 250" is the count moving', () => {
    expect(judge('Rescuers pulled more than 250 people alive from the mud in Hillvale.', 'About 1,000 people have been rescued alive in Hillvale, the state government said.').verdict).toBe('time-series')
  })
  it('a figure well inside the reach the next day still fits the bound', () => {
    expect(judge('Rescuers pulled more than 250 people alive from the mud in Hillvale.', 'About 300 people have been rescued alive in Hillvale, the state government said.').verdict).toBe('agree')
  })
})
