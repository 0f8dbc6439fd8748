import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { revisedDown } from '../../../src/core/compare/revisions'
import type { Claim, Quantity } from '../../../src/core/model'

// A toll its own report says was lowered is a correction: the higher count given before was
// wrong, and a running total that falls is a conflict, even when the report recalls the higher one.

const at = (text: string, figure: string, occurrence = 1) => {
  let start = -1
  for (let k = 0; k < occurrence; k++) start = text.indexOf(figure, start + 1)
  return { span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length } }
}

describe('a count its report says was lowered', () => {
  const cases: [string, string, boolean][] = [
    ['Officials later revised the figure down to 96 after some victims were counted twice.', '96', true],
    ['The death toll was revised down to 96 after some victims were counted twice.', '96', true],
    ['The regional governor lowered the toll to 96 on Monday.', '96', true],
    ['A recount brought the number of dead down to 96.', '96', true],
    ["La préfecture a ramené le bilan à 96 morts, certaines victimes ayant été comptées deux fois.", '96', true],
    ['Le bilan a été revu à la baisse, à 96 morts.', '96', true],
    ['وخفضت السلطات حصيلة القتلى إلى 96 بعد احتساب بعض الجثث مرتين.', '96', true],
    ['تراجعت حصيلة الضحايا إلى 96 قتيلا وفق الأرقام الرسمية.', '96', true],
    ['The governor cut the death toll to 96 after the recount.', '96', true],
    ['Power was cut to 20,000 homes during the storm.', '20,000', false],
    ['The toll rose to 120 on Tuesday.', '120', false],
    ['Le bilan est passé à 120 morts mardi.', '120', false],
    ['ارتفعت حصيلة القتلى إلى 120 اليوم.', '120', false],
    // The verb belongs to the figure after it: the one before it was the figure lowered from.
    ['Officials first reported 110 dead, then lowered the toll to 96.', '110', false],
    ['Officials first reported 110 dead, then lowered the toll to 96.', '96', true],
  ]
  for (const [text, figure, lowered] of cases) {
    it(`${lowered ? 'lowered' : 'not lowered'}: «${figure}» in “${text}”`, () => {
      expect(revisedDown(at(text, figure), text)).toBe(lowered)
    })
  }
})

let n = 0
const count = (source: string, lo: number): Claim => {
  n++
  const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const DAY: Record<string, string> = { a: '2026-05-04', b: '2026-05-05', c: '2026-05-07' }
const ctx: DecideContext = { origin: () => 'body:ministry', asOf: (c) => ({ from: DAY[c.source], to: DAY[c.source] }), compared: () => true, tolerance: 0.1 }

describe('a running total its body lowered, then raised again', () => {
  it('110, then "revised down to 96" in a report that recalls the 110, then 110 again: a conflict naming the fall', () => {
    const first = count('a', 110)
    const recalled = count('b', 110)
    const cut = count('b', 96)
    const back = count('c', 110)
    const cs = [first, recalled, cut, back]
    const topic = { kind: 'count' as const, concept: 'killed' }
    expect(decide(topic, cs, { ...ctx, lowered: (c) => c === cut })).toEqual({ verdict: 'conflict', reason: { code: 'fell', earlier: first.id, later: cut.id, from: '2026-05-04', to: '2026-05-05' } })
    // Read without the words that say it was lowered, the report only tells how the count went.
    expect(decide(topic, cs, ctx).verdict).toBe('time-series')
  })
})
