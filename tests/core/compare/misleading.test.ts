import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/core/pipeline'
import { extractClaims } from '../../../src/core/extract'
import { compareTopics } from '../../../src/core/compare'
import type { Source, Topic } from '../../../src/core/model'

// The six misleading comparisons seen in the app (issue 11), each on paragraphs written for this
// test, run through extraction, placement and comparison as the app runs them.

const src = (id: string, text: string, published: string | null, lang: Source['lang'] = 'ar'): Source => ({
  id, title: `Report ${id}`, lang, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', published, window: null, url: null, text, origin: 'imported',
})
const topic = (id: string, kind: Topic['kind'], aliases: string[], cues: string[], extra: Partial<Topic> = {}): Topic => ({
  id, label: { en: id, ar: id }, entity: { name: aliases[0], aliases }, measure: id, kind, cues, scope: null, time: null, ...extra,
})
const compare = (sources: Source[], t: Topic) => analyze(sources, [t]).comparisons[0]

describe('misleading comparisons, now told right', () => {
  it('about 50 million euros against 50 million dollars is not an agreement, and the explanation says the conversion', () => {
    const t = topic('ransom', 'money', ['Karim', 'كريم'], [], { concept: 'ransom' })
    const c = compare([
      src('r1', 'Kidnappers of the engineer Karim were paid a ransom of about 50 million euros, according to mediators.', '2025-10-15', 'en'),
      src('r2', 'دفعت فدية قدرها 50 مليون دولار للإفراج عن المهندس كريم، بحسب مصادر أمنية.', '2025-10-16'),
    ], t)
    expect(c.verdict).not.toBe('agree')
    expect(c.explanation.en).toMatch(/euros \(about .* US dollars at the rate of October 2025\)/)
  })

  it('"more than 20 million" is a lower bound: compatible with 50 million, said so', () => {
    const t = topic('cost', 'money', ['Tarmoun', 'ترمون'], ['كلفة', 'cost'])
    const c = compare([
      src('c1', 'وقالت الوزارة إن كلفة إعادة بناء جسر ترمون تجاوزت 20 مليون دولار.', '2024-05-02'),
      src('c2', 'The cost of rebuilding the Tarmoun bridge reached 50 million dollars, the contractor said.', '2024-05-02', 'en'),
    ], t)
    expect(c.verdict).toBe('agree')
    expect(c.explanation.en).toMatch(/gives only a bound/)
  })

  it('two complete date ranges of one event that differ at an end conflict', () => {
    const t = topic('fair-dates', 'daterange', ['Sahel Expo', 'معرض الساحل'], ['أقيم', 'held'])
    const c = compare([
      src('f1', 'أقيم معرض الساحل في الفترة من 11 إلى 14 نوفمبر 2024.', '2024-12-01'),
      src('f2', 'The Sahel Expo was held from 11 to 24 November 2024.', '2024-12-01', 'en'),
    ], t)
    expect(c.verdict).toBe('conflict')
  })

  it('a topic one source states, even twice, is single-source', () => {
    const t = topic('bridge-length', 'count', ['Tarmoun', 'ترمون'], ['متر', 'metres'])
    const c = compare([src('b1', 'يبلغ طول جسر ترمون 400 متر. وأكد المهندس أن طول جسر ترمون 400 متر.', '2024-05-02')], t)
    expect(c.verdict).toBe('single-source')
  })

  it('sources with no known day are not a time series: their different figures conflict', () => {
    const t = topic('camp', 'count', ['Abu Shouk', 'أبو شوك'], ['نازح', 'displaced'])
    const c = compare([
      src('u1', 'يؤوي مخيم أبو شوك 1000 نازح.', null),
      src('u2', 'The Abu Shouk camp shelters 3000 displaced people.', null, 'en'),
    ], t)
    expect(c.verdict).not.toBe('time-series')
    expect(c.verdict).toBe('conflict')
  })

  it('one article quoting two speakers who disagree does not contradict itself', () => {
    const t = topic('toll', 'count', ['Wadi Kaf', 'وادي كاف'], ['قتيل', 'killed'])
    const c = compare([src('s1', 'قالت وزارة الصحة إن 300 قتيل سقطوا في وادي كاف. لكن الهلال الأحمر قال إن 900 قتيل سقطوا في وادي كاف.', '2024-03-03')], t)
    expect(c.withinSource).toEqual([])
    expect(c.verdict).toBe('conflict')
  })

  it('an amount restated in another currency is neither a second origin nor the article contradicting itself', () => {
    // A measure no one body decides (no concept given): the two outlets are two origins.
    const t = topic('grant', 'money', ['Tazarine'], [])
    const sources = [
      src('g1', 'Each family in Tazarine will receive aid of 140,000 dirhams (about $13,600) to rebuild.', '2023-09-15', 'en'),
      src('g2', 'Families in Tazarine are promised aid of 140,000 dirhams per destroyed home.', '2023-09-16', 'en'),
    ]
    // Every figure in the topic, the restatement included, as a reviewer may have placed them.
    const claims = sources.flatMap((s) => extractClaims(s))
    expect(claims.map((x) => x.role ?? null)).toEqual([null, 'conversion', null])
    const assigned = (tp: Topic) => claims.map((x) => ({ claimId: x.id, topicId: tp.id, score: 1, reasons: [] }))
    const c = compareTopics([t], claims, assigned(t), sources)[0]
    expect(c.withinSource).toEqual([])
    expect(c.outlets).toBe(2)
    expect(c.verdict).toBe('agree')
    expect(c.consensus).not.toBeNull()
    // As an aid amount, one body decides it: the two outlets relay one decision.
    const aid = topic('grant', 'money', ['Tazarine'], [], { concept: 'aid' })
    const d = compareTopics([aid], claims, assigned(aid), sources)[0]
    expect(d.withinSource).toEqual([])
    expect(d.outlets).toBe(2)
    expect(d.verdict).toBe('single-source')
    expect(d.independentSources).toBe(1)
  })
})
