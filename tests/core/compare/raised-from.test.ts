import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { earlierSteps } from '../../../src/core/compare/recalled'
import type { Claim, Source, Topic } from '../../../src/core/model'

// An amount raised (or cut) from an earlier one gives both in one breath: "to $640 million from an
// initial $120 million", "au lieu des 120 millions prévus au départ", "بعد أن كان 120 مليوناً".
// The earlier amount is history its report recalls, set aside beside the higher one it gives.

let n = 0
function report(id: string, text: string, figures: [string, number][], published: string, lang: Source['lang'] = 'en'): { source: Source; claims: Claim[] } {
  let from = 0
  const claims = figures.map(([words, value]) => {
    const start = text.indexOf(words, from)
    if (start < 0) throw new Error(`"${words}" not in ${id}`)
    from = start + words.length
    n++
    return { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity: { kind: 'money', lo: value, hi: value, unit: 'USD', per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [] } satisfies Claim
  })
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims }
}
const steps = (r: { source: Source; claims: Claim[] }) => [...earlierSteps(r.claims, () => r.source.text)].map((id) => r.claims.find((c) => c.id === id)!.text)
const topic: Topic = { id: 't', label: { en: 'Appeal', ar: 'النداء' }, entity: { name: '', aliases: [] }, measure: 'aid appeal', kind: 'money', cues: [], scope: null, time: null, concept: 'aid' }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(topic, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])

describe('an amount raised from an earlier one', () => {
  it('reads the earlier amount in English, French and Arabic', () => {
    expect(steps(report('en', 'The agency raised its appeal to $640 million from an initial $120 million.', [['$640 million', 640e6], ['$120 million', 120e6]], '2031-03-01'))).toEqual(['$120 million'])
    expect(steps(report('en2', 'Donors now pledge $640 million instead of $120 million.', [['$640 million', 640e6], ['$120 million', 120e6]], '2031-03-01'))).toEqual(['$120 million'])
    expect(steps(report('fr', "L'appel atteint 640 millions de dollars, au lieu des 120 millions prévus.", [['640 millions', 640e6], ['120 millions', 120e6]], '2031-03-01', 'fr'))).toEqual(['120 millions'])
    expect(steps(report('fr2', "L'appel atteint 640 millions de dollars ; il était de 120 millions au départ.", [['640 millions', 640e6], ['120 millions', 120e6]], '2031-03-01', 'fr'))).toEqual(['120 millions'])
    expect(steps(report('ar', 'رفعت الوكالة نداءها إلى 640 مليون دولار بعد أن كان 120 مليون دولار.', [['640 مليون', 640e6], ['120 مليون', 120e6]], '2031-03-01', 'ar'))).toEqual(['120 مليون'])
  })

  it('keeps two amounts of one report that say nothing of an earlier one', () => {
    expect(steps(report('en', 'The agency asked for $640 million; donors gave $120 million.', [['$640 million', 640e6], ['$120 million', 120e6]], '2031-03-01'))).toEqual([])
  })

  it('makes the appeal a series across reports, not one article contradicting itself', () => {
    const first = report('first', 'The agency launched an appeal for $120 million.', [['$120 million', 120e6]], '2031-01-10')
    const later = report('later', 'The agency raised its appeal to $640 million from an initial $120 million.', [['$640 million', 640e6], ['$120 million', 120e6]], '2031-03-01')
    const c = judge(first, later)
    expect(c.verdict).toBe('time-series')
    expect(c.explanation.en).toMatch(/120 million US dollars on 10 January 2031.*640 million US dollars on 1 March 2031/)
  })
})
