import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import { originOf } from '../../../src/core/compare/origins'
import { topicOrigins } from '../../../src/core/compare/relays'
import type { Claim, Quantity, Source } from '../../../src/core/model'

// The principles a careful fact-checker applies to who a figure goes back to, on small claim sets
// made up for each case (speakers, places and numbers invented).

let n = 0
function fig(source: string, q: Partial<Quantity>, who: string | null = null): Claim {
  n++
  const quantity: Quantity = { kind: 'count', lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] }
}
const count = (source: string, lo: number | null, hi: number | null = lo, who: string | null = null, qualifier: Quantity['qualifier'] = null) => fig(source, { lo, hi, qualifier }, who)
const vague = (source: string, lo: number, hi: number, who: string | null = null) => fig(source, { lo, hi, qualifier: 'vague', precision: 'vague' }, who)
const base = (c: Claim) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`)
const sources = new Map<string, Source>(['a', 'b', 'c'].map((id) => [id, { id, title: id, lang: 'en', outlet: `Outlet ${id.toUpperCase()}`, via: null, kind: 'news', published: '2024-03-02', window: null, text: '', origin: 'embedded' }]))

function judge(topic: Parameters<typeof decide>[0], cs: Claim[], { decided = false } = {}) {
  const o = topicOrigins(cs, base, { decided })
  const ctx: DecideContext = { origin: (c) => o.get(c.id)!, asOf: () => ({ from: '2024-03-02', to: '2024-03-02' }), compared: () => true, tolerance: 0.1, body: (x) => x.startsWith('body:') }
  const d = decide(topic, cs, ctx)
  return { ...d, words: explain(d.reason, explainContext(cs, sources, [], new Set(cs.map((c) => c.source)).size, new Set(cs.map(ctx.origin)).size)) }
}

describe('a vague amount is a body’s count said loosely, not a second count', () => {
  it('"hundreds of thousands" beside the 250,000–300,000 its own report credits to one body relays that body: single source', () => {
    const d = judge({ kind: 'count' }, [count('a', 250_000, 300_000, 'the governor of Port Avel', 'range'), vague('b', 200_000, 999_999), count('b', 300_000, 300_000, 'the governor', 'about')])
    expect(d.verdict).toBe('single-source')
    expect(d.words.en).toMatch(/2 outlets report it.*one origin/)
    expect(d.words.ar).toMatch(/ترجع إلى مصدر أصلي واحد/)
  })
  it('…while another report that says "hundreds of thousands" on its own authority is an origin of its own: they agree', () => {
    expect(judge({ kind: 'count' }, [count('a', 250_000, 300_000, 'the governor of Port Avel', 'range'), vague('c', 200_000, 999_999)]).verdict).toBe('agree')
  })
  it('…but vague amounts with no body named anywhere stay their outlets’: they agree', () => {
    expect(judge({ kind: 'count' }, [vague('a', 20_000, 99_999), vague('b', 20_000, 99_999)]).verdict).toBe('agree')
  })
  it('…and a vague amount two bodies’ figures fit says which of them it follows no more than a number would', () => {
    const cs = [count('a', 400, 400, 'the coast guard'), count('b', 700, 700, 'the interior ministry'), vague('c', 200, 999)]
    const o = topicOrigins(cs, base)
    expect(o.get(cs[2].id)).toBe('outlet:c')
  })
  it('…and a vague amount that does not fit the body’s figure is the outlet’s own', () => {
    const cs = [count('a', 60, 60, 'the health ministry'), vague('b', 200, 999)]
    expect(topicOrigins(cs, base).get(cs[1].id)).toBe('outlet:b')
  })
})

describe('a decided length of time is one decision in any unit', () => {
  const days = (source: string, lo: number, unit: string) => fig(source, { kind: 'duration', lo, hi: lo, unit })
  it('seven days and one week with no body named relay one ultimatum: single source', () => {
    const d = judge({ kind: 'duration' }, [days('a', 7, 'day'), days('b', 1, 'week')], { decided: true })
    expect(d.verdict).toBe('single-source')
    expect(d.words.en).toMatch(/2 outlets report it, but they go back to one origin/)
  })
  it('…while seven days against two weeks are two different decisions reported', () => {
    expect(judge({ kind: 'duration' }, [days('a', 7, 'day'), days('b', 2, 'week')], { decided: true }).verdict).toBe('conflict')
  })
})

describe('one origin among the figures weighed', () => {
  it('a start date beside lengths of time is shown, not a second origin: one body’s "six years" is a single source', () => {
    const years = (source: string, who: string | null) => fig(source, { kind: 'duration', lo: 6, hi: 6, unit: 'year' }, who)
    const since = fig('c', { kind: 'daterange', lo: '2014-06-01', hi: '2014-06-30', precision: 'month' })
    const d = judge({ kind: 'duration' }, [years('a', 'the port authority'), years('b', 'the port authority'), since])
    expect(d.verdict).toBe('single-source')
  })
})

describe('two bodies quoted in one article are two origins', () => {
  it('a presidency’s total and a foreign minister’s lower bound in one article agree, naming who said each', () => {
    const total = fig('a', { kind: 'money', lo: 180e6, hi: 180e6, unit: 'EUR' }, 'the presidency')
    const bound = fig('a', { kind: 'money', lo: 150e6, hi: null, unit: 'EUR', qualifier: 'more-than' }, 'the foreign minister')
    const d = judge({ kind: 'money' }, [total, bound])
    expect(d.verdict).toBe('agree')
    expect(d.words.en).toMatch(/Outlet A, quoting the foreign minister: more than 150 million euros gives only a bound.*quoting the presidency: 180 million euros/)
    // (In Arabic, each by its authority's Arabic name, no English inside: speakerName.ts.)
    expect(d.words.ar).toMatch(/نقلاً عن وزارة الخارجية.*نقلاً عن الرئاسة/)
  })
  it('…while speakers who name no body (estimates, local sources) leave one article a single source', () => {
    const d = judge({ kind: 'count' }, [count('a', null, 1000, 'Western estimates', 'at-most'), count('a', 1000, 1000, 'local sources', 'about')])
    expect(d.verdict).toBe('single-source')
  })
  it('…and one body’s two figures in one article are still one origin', () => {
    const d = judge({ kind: 'count' }, [count('a', 40, 40, 'the health ministry'), count('a', 40, 40, 'the health minister')])
    expect(d.verdict).toBe('single-source')
  })
})

describe('time: a count that moved, a fixed measure revised', () => {
  const on: Record<string, string> = { a: '2024-05-03', b: '2024-05-13', c: '2024-05-13', d: '2024-05-04' }
  const ctx: DecideContext = { origin: (c) => (c.attribution ? originOf(c.attribution.who).key : `outlet:${c.source}`), asOf: (c) => ({ from: on[c.source], to: on[c.source] }), compared: () => true, tolerance: 0.1 }
  const words = (cs: Claim[], d: ReturnType<typeof decide>) => explain(d.reason, explainContext(cs, new Map(Object.keys(on).map((id) => [id, { ...sources.get('a')!, id, outlet: `Outlet ${id.toUpperCase()}`, published: on[id] }])), [], cs.length, cs.length))

  it('"more than 1,000" on one day and "more than 16,000" ten days later are a count rising, not an agreement', () => {
    const cs = [count('a', 1000, null, 'a relief group', 'more-than'), count('b', 16_000, null, 'a camp official', 'more-than')]
    const d = decide({ kind: 'count' }, cs, ctx)
    expect(d.verdict).toBe('time-series')
    expect(words(cs, d).en).toMatch(/changes over time.*more than 1,000 on 3 May 2024.*more than 16,000 on 13 May 2024/)
    expect(words(cs, d).ar).toMatch(/يتغير مع الوقت/)
  })
  it('…while "more than 2,000" and 2,300 the next day stay compatible: one gives a bound', () => {
    const d = decide({ kind: 'count' }, [count('a', 2000, null, 'a doctors’ union', 'more-than'), count('d', 2300, 2300, 'the regional government')], ctx)
    expect(d).toMatchObject({ verdict: 'agree', reason: { code: 'bound' } })
  })
  it('…and on one day a bound is compatible with anything on its side, however far', () => {
    const d = decide({ kind: 'count' }, [count('b', 1000, null, 'a relief group', 'more-than'), count('c', 16_000, 16_000, 'a camp official')], ctx)
    expect(d.verdict).toBe('agree')
  })
  it('a fixed measure revised by the body that gave it: the later figure stands, and agrees with the other body', () => {
    const first = fig('a', { lo: 6.9, hi: 6.9 }, 'the national seismic institute')
    const revised = fig('b', { lo: 7.1, hi: 7.1 }, 'the national seismic institute')
    const other = fig('c', { lo: 7.1, hi: 7.1 }, 'the USGS')
    expect(decide({ kind: 'count', fixed: true }, [first, revised, other], ctx).verdict).toBe('agree')
  })
  it('…but a revision that still differs from the other body is a conflict, named by the figures that stand', () => {
    const first = fig('a', { lo: 6.9, hi: 6.9 }, 'the national seismic institute')
    const revised = fig('b', { lo: 7.3, hi: 7.3 }, 'the national seismic institute')
    const other = fig('c', { lo: 6.8, hi: 6.8 }, 'the USGS')
    expect(decide({ kind: 'count', fixed: true }, [first, revised, other], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: revised.id, b: other.id } })
  })
})

describe('approximations keep their side', () => {
  // Times unknown: no series can explain a difference.
  const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: () => null, compared: () => true, tolerance: 0.1 }
  const approx = (source: string, lo: number, text: string) => ({ ...fig(source, { lo, hi: lo, qualifier: 'about' }), text })
  it('"nearly 8 million" falls short of 8 million: against "about 9 million", both cannot be right', () => {
    const a = approx('a', 8e6, 'nearly 8 million')
    const b = approx('b', 9e6, 'about 9 million')
    expect(decide({ kind: 'count' }, [a, b], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })
  it('…in French too ("près de 8 millions"), while "about 8 million" (7.5 to 8.5 million) holds "about 8.4 million"', () => {
    expect(decide({ kind: 'count' }, [approx('a', 8e6, 'près de 8 millions'), approx('b', 9e6, 'environ 9 millions')], ctx).verdict).toBe('conflict')
    expect(decide({ kind: 'count' }, [approx('a', 8e6, 'about 8 million'), approx('b', 8.4e6, 'about 8.4 million')], ctx).verdict).toBe('agree')
    // An approximate figure stands for what rounds to it at its last digit: about 8.7 million is 8.65 to 8.75 million.
    expect(decide({ kind: 'count' }, [approx('a', 8e6, 'about 8 million'), approx('b', 8.7e6, 'about 8.7 million')], ctx).verdict).toBe('conflict')
  })
  it('…and "nearly 8 million" is compatible with 7.8 million', () => {
    expect(decide({ kind: 'count' }, [approx('a', 8e6, 'nearly 8 million'), fig('b', { lo: 7.8e6, hi: 7.8e6 })], ctx).verdict).toBe('agree')
  })
})

describe('a report’s own day governs its looser wording', () => {
  const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: () => null, compared: () => true, tolerance: 0.1 }
  const on = (source: string, lo: string, hi = lo) => fig(source, { kind: lo === hi ? 'date' : 'daterange', lo, hi, precision: lo === hi ? 'day' : 'part-month' })
  it('a report giving Wednesday 6 March and a "last week" of 26 February–3 March is read at its Wednesday: it agrees with the others', () => {
    const cs = [on('a', '2024-03-06'), on('a', '2024-02-26', '2024-03-03'), on('b', '2024-03-06'), on('c', '2024-03-04', '2024-03-10')]
    const d = decide({ kind: 'date' }, cs, ctx)
    expect(d).toMatchObject({ verdict: 'agree-precision', reason: { code: 'within' } })
    const words = explain(d.reason, explainContext(cs, sources, [], 3, 3))
    expect(words.en).toMatch(/lies within/)
    expect(words.ar).toMatch(/يقع ضمن/)
  })
  it('…while a report that gives only that week still conflicts with a day outside it', () => {
    expect(decide({ kind: 'date' }, [on('a', '2024-02-26', '2024-03-03'), on('b', '2024-03-06')], ctx).verdict).toBe('conflict')
  })
})

describe('a count since a known start moves at its own pace', () => {
  const on: Record<string, string> = { a: '2024-10-01', b: '2024-10-03', c: '2022-05-10' }
  const ctx: DecideContext = { origin: (c) => `outlet:${c.source}`, asOf: (c) => ({ from: on[c.source], to: on[c.source] }), compared: () => true, tolerance: 0.1 }
  const since = (from: string, label: string) => ({ scopes: [{ kind: 'time' as const, label, from, to: from, span: { start: 0, end: 1 } }] })
  const total = (source: string, lo: number, start: string | null) => ({ ...fig(source, { lo, hi: lo, qualifier: 'about' }), text: `about ${lo}`, ...(start ? since(start, `since ${start}`) : {}) })
  it('a war-long total of about 9 million, then about 11 million two days later, is two estimates that disagree', () => {
    const cs = [total('a', 9e6, '2022-04-01'), total('b', 11e6, '2022-04-01')]
    const d = decide({ kind: 'count' }, cs, ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
    const words = explain(d.reason, explainContext(cs, new Map(Object.keys(on).map((id) => [id, { ...sources.get('a')!, id, outlet: `Outlet ${id.toUpperCase()}`, published: on[id] }])), [], 2, 2))
    expect(words.en).toMatch(/both cannot be right/)
    expect(words.ar).toMatch(/لا يمكن أن يصح الرقمان/)
  })
  it('…while the same total two years apart is a series', () => {
    expect(decide({ kind: 'count' }, [total('c', 5e6, '2022-04-01'), total('b', 11e6, '2022-04-01')], ctx).verdict).toBe('time-series')
  })
  it('…and a toll since a disaster a few days old moves as fast as its average: a series', () => {
    expect(decide({ kind: 'count' }, [total('a', 300, '2024-09-29'), total('b', 2100, '2024-09-29')], ctx).verdict).toBe('time-series')
  })
  it('…and with no start stated, figures two days apart stay a series', () => {
    expect(decide({ kind: 'count' }, [total('a', 9e6, null), total('b', 11e6, null)], ctx).verdict).toBe('time-series')
  })
})
