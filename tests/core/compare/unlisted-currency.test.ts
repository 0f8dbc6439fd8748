import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// Money in a currency the rate table does not hold (here the invented "QZR"), written for session
// 29 on invented stories: figures in that currency are compared among themselves. An amount an
// article restates in the same sentence in a currency the table cannot convert it to ("an envelope
// of 12 million euros, about 520 million qazars") is that amount said again, not a second figure;
// and a bare amount in a report that names no currency for the topic is in the one currency the
// topic's other amounts are in.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, sentence = 0): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: sentence + n, end: sentence + n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: sentence, end: sentence + 500 }, attribution: null, scopes: [] }
}
const money = (source: string, amount: number, unit: string | null, sentence = 0, extra: Partial<Quantity> = {}) => claim(source, { kind: 'money', lo: amount, hi: amount, unit, ...extra }, sentence)
const PUBLISHED: Record<string, string> = { a: '2030-06-03', b: '2030-06-05', c: '2030-06-20' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}

describe('an amount restated in a currency the table cannot convert', () => {
  it('12 million euros and, later in the same sentence, about 520 million QZR, beside 12 million euros elsewhere: they agree, not "cannot be converted"', () => {
    const euros = money('a', 12e6, 'EUR')
    const restated = money('a', 520e6, 'QZR', 0, { qualifier: 'about' })
    const other = money('b', 12e6, 'EUR')
    const d = decide({ kind: 'money' }, [euros, restated, other], ctx)
    expect(d.verdict).toBe('agree')
    expect(JSON.stringify(d.reason)).not.toContain(restated.id)
  })

  it('…and a total in QZR restated in euros on two days is a series of its QZR figures', () => {
    const first = money('b', 800e6, 'QZR', 0, { hi: null, qualifier: 'more-than' })
    const inEuros = money('b', 18e6, 'EUR', 0, { qualifier: 'about' })
    const later = money('c', 2e9, 'QZR', 0, { hi: null, qualifier: 'more-than' })
    expect(decide({ kind: 'money' }, [first, inEuros, later], ctx).verdict).toBe('time-series')
  })

  it('an amount in an unknown currency in another sentence, or from another report, still needs a reviewer', () => {
    expect(decide({ kind: 'money' }, [money('a', 12e6, 'EUR'), money('a', 520e6, 'QZR', 900), money('b', 12e6, 'EUR')], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
    expect(decide({ kind: 'money' }, [money('a', 12e6, 'EUR'), money('b', 520e6, 'QZR')], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
  })

  it('the comparison weighs the restated amount as a conversion: two origins agree, with a consensus in euros', () => {
    const topic: Topic = { id: 'grant', label: { en: 'Grant', ar: 'المنحة' }, entity: { name: '', aliases: [] }, measure: 'grant', kind: 'money', cues: [], scope: null, time: null }
    const sources = ['a', 'b'].map((id) => ({ id, outlet: `Outlet ${id}`, lang: 'en', text: 'x'.repeat(600), published: PUBLISHED[id] })) as Source[]
    const cs = [money('a', 12e6, 'EUR'), money('a', 520e6, 'QZR'), money('b', 12e6, 'EUR')]
    const cmp = compareTopic(topic, cs, new Map(sources.map((s) => [s.id, s])), new Map(), [])
    expect(cmp.verdict).toBe('agree')
    expect(cmp.independentSources).toBe(2)
    expect(cmp.consensus).not.toBeNull()
  })
})

describe('a bare amount in a report that names no currency for the topic', () => {
  it('"a further 300 million" beside 300 million QZR from another report: they agree', () => {
    const bare = claim('a', { kind: 'count', lo: 300e6, hi: 300e6 })
    const d = decide({ kind: 'money' }, [bare, money('b', 300e6, 'QZR')], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('…but beside amounts in two currencies it stays unknown', () => {
    const bare = claim('a', { kind: 'count', lo: 300e6, hi: 300e6 })
    expect(decide({ kind: 'money' }, [bare, money('b', 300e6, 'QZR'), money('c', 7e6, 'EUR')], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
  })
})

describe('a bare count beside counts per one period', () => {
  it('"more than 20,000 patients" beside "more than 20,000 patients a year": the same yearly figure, they agree', () => {
    const bare = claim('a', { kind: 'count', lo: 20000, hi: null, qualifier: 'more-than' })
    const yearly = claim('b', { kind: 'rate', lo: 20000, hi: null, qualifier: 'more-than', unit: 'count/year', per: 'year' })
    expect(decide({ kind: 'count' }, [bare, yearly], ctx).verdict).toBe('agree')
  })

  it('…while counts per two periods are not read into either', () => {
    const bare = claim('a', { kind: 'count', lo: 20000, hi: 20000 })
    const yearly = claim('b', { kind: 'rate', lo: 20000, hi: 20000, unit: 'count/year', per: 'year' })
    const daily = claim('c', { kind: 'rate', lo: 60, hi: 60, unit: 'count/day', per: 'day' })
    expect(decide({ kind: 'count' }, [bare, yearly, daily], ctx).verdict).not.toBe('agree')
  })
})
