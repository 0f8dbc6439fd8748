import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import { presentState } from '../../../src/core/compare/states'
import { compareTopics } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// What a fact-checker reads before calling different figures a series: whether the measure can
// move while the story is reported (a toll, people in critical condition) or describes the event
// itself (its attackers, the trains of a collision); whether a count only grows (the dead, the
// countries among them); whether anyone else gives a figure said of a part; and which currency an
// amount written without one is in.

let n = 0
function claim(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
const count = (source: string, lo: number, extra: Partial<Claim> = {}) => claim(source, { kind: 'count', lo, hi: lo }, extra)
const PUBLISHED: Record<string, string> = { a: '2026-03-02', b: '2026-03-02', c: '2026-03-03', d: '2026-03-04', y: '2027-05-10' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => (PUBLISHED[c.source] ? { from: PUBLISHED[c.source], to: PUBLISHED[c.source] } : null),
  compared: (c) => !c.scopes.some((s) => s.kind === 'place'),
  tolerance: 0.1,
}
const town = (label: string) => ({ scopes: [{ kind: 'place' as const, label, span: { start: 0, end: 1 } }] })
const on = (label: string, day: string) => ({ scopes: [{ kind: 'time' as const, label, from: day, to: day, span: { start: 0, end: 1 } }] })

describe('a measure of the event itself does not move while it is reported', () => {
  it('four attackers in one report and five in another the next day conflict: both tell of the same attack', () => {
    const four = count('a', 4)
    const five = count('c', 5)
    const d = decide({ kind: 'count', concept: 'attackers' }, [four, five], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: four.id, b: five.id } })
  })

  it('…as do two trains against three in a collision, whatever the days of the reports', () => {
    expect(decide({ kind: 'count', concept: 'trains' }, [count('a', 2), count('d', 3)], ctx).verdict).toBe('conflict')
  })

  it('…unless the text sets each figure at its own time: then they are a series', () => {
    const first = count('a', 300, on('on Friday', '2026-02-27'))
    const second = count('c', 450, on('on Sunday', '2026-03-01'))
    expect(decide({ kind: 'count', concept: 'audience' }, [first, second], ctx).verdict).toBe('time-series')
  })

  it('a measure that moves (the displaced), or one the topic does not name, stays a series over two days', () => {
    expect(decide({ kind: 'count', concept: 'displaced' }, [count('a', 4000), count('c', 5200)], ctx).verdict).toBe('time-series')
    expect(decide({ kind: 'count' }, [count('a', 4000), count('c', 5200)], ctx).verdict).toBe('time-series')
  })
})

describe('the countries a count names only grow', () => {
  it('fourteen nationalities among the dead, then thirteen the next day, from another outlet: a fall, so a conflict', () => {
    const fourteen = count('a', 14)
    const thirteen = count('c', 13)
    expect(decide({ kind: 'count', concept: 'countries' }, [fourteen, thirteen], ctx)).toEqual({ verdict: 'conflict', reason: { code: 'fell', earlier: fourteen.id, later: thirteen.id, from: '2026-03-02', to: '2026-03-03' } })
  })

  it('…while twelve, then fifteen, are the list growing: a series', () => {
    expect(decide({ kind: 'count', concept: 'countries' }, [count('a', 12), count('c', 15)], ctx).verdict).toBe('time-series')
  })
})

describe('people in a state now (critical condition, still in hospital) may fall: no running total', () => {
  const sentences: [string, string, boolean][] = [
    ['Officials said 41 people were hurt, 12 of them in critical condition.', '12', true],
    ['Officials said 41 people were hurt, 12 of them in critical condition.', '41', false],
    ['Seven patients remain hospitalised in the capital, the agency added.', 'Seven', true],
    ['Le bilan fait état de 52 blessés, dont 8 dans un état critique.', '8', true],
    ['Le bilan fait état de 52 blessés, dont 8 dans un état critique.', '52', false],
    ["Selon l'hôpital, 15 victimes sont toujours hospitalisées.", '15', true],
    ['أصيب 64 شخصا في الحادث، بينهم 11 في حالة حرجة.', '11', true],
    ['أصيب 64 شخصا في الحادث، بينهم 11 في حالة حرجة.', '64', false],
    ['ولا يزال 23 جريحا يتلقون العلاج في المستشفى.', '23', true],
    ['ولا يزال عدد القتلى 40 وفق آخر حصيلة.', '40', false],
    ['The storm injured 300 people and damaged 2,000 homes.', '300', false],
  ]
  for (const [text, figure, state] of sentences) {
    it(`${state ? 'a state' : 'no state'}: «${figure}» in “${text}”`, () => {
      const start = text.indexOf(figure)
      expect(presentState({ span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length } }, text)).toBe(state)
    })
  }

  it('37 in critical condition, then 33 and 29 on the next days: the state moving, a series (a toll would have fallen)', () => {
    const cs = [count('a', 37), count('c', 33), count('d', 29)]
    const topic = { kind: 'count' as const, concept: 'injured' }
    expect(decide(topic, cs, { ...ctx, state: () => true })).toMatchObject({ verdict: 'time-series', reason: { code: 'series' } })
    expect(decide(topic, cs, ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'fell' } })
  })

  it('read from the reports themselves, through the comparison', () => {
    const texts = { a: 'Officials said 120 people were hurt, 37 of them in critical condition.', c: 'The ministry said 33 of the injured were still in critical condition on Monday.' }
    const sources: Source[] = Object.entries(texts).map(([id, text]) => ({ id, lang: 'en', text, published: PUBLISHED[id], title: id, outlet: `Outlet ${id}` }) as Source)
    const at = (source: 'a' | 'c', figure: string): Claim => {
      const start = texts[source].indexOf(figure)
      return { id: `${source}:${start}`, source, span: { start, end: start + figure.length }, text: figure, quantity: { kind: 'count', lo: Number(figure), hi: Number(figure), unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence: { start: 0, end: texts[source].length }, attribution: null, scopes: [] }
    }
    const cs = [at('a', '37'), at('c', '33')]
    const topic: Topic = { id: 't', label: { en: 'Injured in critical condition', ar: 'المصابون في حالة حرجة' }, entity: { name: '', aliases: [] }, measure: 'injured in critical condition', kind: 'count', cues: [], concept: 'injured', scope: null, time: null }
    const [cmp] = compareTopics([topic], cs, cs.map((c) => ({ claimId: c.id, topicId: 't', score: 1, reasons: ['measure'] })), sources)
    expect(cmp.verdict).toBe('time-series')
  })
})

describe('figures said of a part, by one origin only', () => {
  it('one outlet giving a sum paid in one town, and its conversion: single source, not "other scope"', () => {
    const roubles = claim('a', { kind: 'money', lo: 300_000, hi: 300_000, unit: 'RUB' }, town('the town of Aldville'))
    const dollars = claim('a', { kind: 'money', lo: 3_300, hi: 3_300, unit: 'USD', qualifier: 'about' }, { ...town('the town of Aldville'), role: 'conversion' })
    const d = decide({ kind: 'money' }, [roubles, dollars], ctx)
    expect(d).toEqual({ verdict: 'single-source', reason: { code: 'one-origin', figures: [roubles.id], outlets: ['a'], origin: null } })
    const sources = [{ id: 'a', outlet: 'Example Daily', lang: 'en', text: '', published: PUBLISHED.a }] as Source[]
    expect(explain(d.reason, explainContext([roubles, dollars], new Map(sources.map((s) => [s.id, s])), [], 1, 1)).en).toMatch(/^Only Example Daily states it/)
  })
})

describe('an amount written without its currency', () => {
  it('"900 million" after "900 million dollars" in the same report is in dollars: compared, not sent to review', () => {
    const named = claim('a', { kind: 'money', lo: 9e8, hi: 9e8, unit: 'USD' })
    const bare = claim('a', { kind: 'count', lo: 9e8, hi: 9e8 })
    const other = claim('c', { kind: 'money', lo: 9e8, hi: 9e8, unit: 'USD' })
    expect(decide({ kind: 'money' }, [named, bare, other], ctx).verdict).toBe('agree')
  })

  it('…but in a report that names two currencies it stays unknown, and a reviewer compares', () => {
    const euros = claim('a', { kind: 'money', lo: 5e7, hi: 5e7, unit: 'EUR' })
    const dollars = claim('a', { kind: 'money', lo: 4e7, hi: 4e7, unit: 'USD' })
    const bare = claim('a', { kind: 'money', lo: 5e7, hi: 5e7 })
    const other = claim('c', { kind: 'money', lo: 5e7, hi: 5e7, unit: 'EUR' })
    expect(decide({ kind: 'money' }, [euros, dollars, bare, other], ctx)).toMatchObject({ verdict: 'needs-review', reason: { code: 'incomparable' } })
  })
})
