import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A measure that does not move while a story is reported (a city's population, the votes of a
// ballot already held): figures given for it on two days are no series. Two reports of the final
// count that differ, or a body giving it two ways, cannot be right both times. (A count under way,
// or a preliminary one the final one replaces, is a step of the count: tally.test.ts.)

interface Figure { words: string; q: Partial<Quantity>; who?: string }
let n = 0
function report(id: string, text: string, figures: Figure[], published: string, lang: Source['lang'] = 'en'): { source: Source; claims: Claim[] } {
  let from = 0
  const claims = figures.map(({ words, q, who }) => {
    const start = text.indexOf(words, from)
    if (start < 0) throw new Error(`"${words}" not in ${id}`)
    from = start + words.length
    n++
    const quantity: Quantity = { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
    const attribution = who ? { who, cue: 'said', span: { start: text.indexOf(who), end: text.indexOf(who) + who.length } } : null
    return { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution, scopes: [] } satisfies Claim
  })
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims }
}
const topicOf = (concept: string, kind: Topic['kind'] = 'count'): Topic => ({ id: concept, label: { en: concept, ar: concept }, entity: { name: '', aliases: [] }, measure: concept, kind, cues: [], scope: null, time: null, concept })
const judge = (t: Topic, ...rs: { source: Source; claims: Claim[] }[]) => compareTopic(t, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])
const exact = (x: number): Partial<Quantity> => ({ lo: x, hi: x })

describe('a measure that does not move while the story is told', () => {
  it('two reports of the final count of votes that differ on two days are a conflict, named with both days', () => {
    const early = report('early', 'The electoral board said 4,210,000 ballots were cast, in its final results.', [{ words: '4,210,000', q: exact(4_210_000) }], '2031-05-12')
    const late = report('late', 'La cour a proclamé les résultats définitifs : 6.874.112 suffrages exprimés.', [{ words: '6.874.112', q: exact(6_874_112) }], '2031-05-19', 'fr')
    const c = judge(topicOf('votes'), early, late)
    expect(c.verdict).toBe('conflict')
    expect(c.reason).toMatchObject({ code: 'no-overlap', standing: ['2031-05-12', '2031-05-19'] })
    expect(c.explanation.en).toMatch(/4.21 million on 12 May 2031, but .*6,874,112 on 19 May 2031: the figure does not change over time/)
    expect(c.explanation.ar).toMatch(/4.21 مليون في 12 مايو 2031.*6,874,112 في 19 مايو 2031: هذا الرقم لا يتغير مع الوقت/)
  })

  it('a population given differently a few days apart is a conflict, not a city growing', () => {
    const a = report('a', 'يقطن المدينة أكثر من 2.3 مليون نسمة.', [{ words: '2.3 مليون', q: { lo: 2_300_000, hi: null, qualifier: 'more-than' } }], '2031-02-03', 'ar')
    const b = report('b', 'The port city, home to around 1.9 million people, was badly hit.', [{ words: 'around 1.9 million', q: { lo: 1_900_000, hi: 1_900_000, qualifier: 'about' } }], '2031-02-03')
    const c = report('c', 'The city of more than 2.3 million inhabitants is without power.', [{ words: 'more than 2.3 million', q: { lo: 2_300_000, hi: null, qualifier: 'more-than' } }], '2031-02-06')
    expect(judge(topicOf('population'), a, b, c).verdict).toBe('conflict')
  })

  it('one body giving the votes two ways is a conflict, not its count moving', () => {
    const a = report('a', 'The commission said 812,300 votes were counted.', [{ words: '812,300', q: exact(812_300) }], '2031-05-12')
    const b = report('b', 'The commission later said 798,150 votes were counted.', [{ words: '798,150', q: exact(798_150) }], '2031-05-14')
    const c = report('c', 'Voters cast 812,300 ballots, an observer group said.', [{ words: '812,300', q: exact(812_300) }], '2031-05-12')
    const withBody = (r: typeof a) => ({ ...r, claims: r.claims.map((x) => ({ ...x, attribution: { who: 'the electoral commission', cue: 'said', span: { start: 4, end: 14 } } })) })
    expect(judge(topicOf('votes'), withBody(a), withBody(b), c).verdict).toBe('conflict')
  })

  it('the same figure restated on two days agrees, and a measure that moves keeps its series', () => {
    const a = report('a', 'Some 1.9 million people live in the city.', [{ words: 'Some 1.9 million', q: { lo: 1_900_000, hi: 1_900_000, qualifier: 'about' } }], '2031-02-03')
    const b = report('b', 'La ville compte 1,9 million d’habitants.', [{ words: '1,9 million', q: exact(1_900_000) }], '2031-02-06', 'fr')
    expect(judge(topicOf('population'), a, b).verdict).toBe('agree')
    // People still missing may be found: 40 then 25 on later days is a series.
    const m1 = report('m1', 'Forty people are missing.', [{ words: 'Forty', q: exact(40) }], '2031-02-03')
    const m2 = report('m2', 'Twenty-five people remain missing.', [{ words: 'Twenty-five', q: exact(25) }], '2031-02-06')
    expect(judge(topicOf('missing'), m1, m2).verdict).toBe('time-series')
  })
})
