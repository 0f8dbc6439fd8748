import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import type { Claim, Quantity } from '../../../src/core/model'

// How a figure's written form bounds what it stands for: a bound said to lie close to its figure
// ("just under 19 million") stays near it; a number written in thousands ("148 thousand") or a
// whole percent ("94%") may be a finer figure with its last digits cut off rather than rounded.

let n = 0
interface Fig extends Claim { day: string; by: string }
function fig(source: string, day: string, text: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>): Fig {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: 0, end: text.length }, text, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [], day, by: `outlet:${source}` }
}
const ctx: DecideContext = {
  origin: (c) => (c as Fig).by,
  asOf: (c) => ({ from: (c as Fig).day, to: (c as Fig).day }),
  compared: () => true,
  tolerance: 0.1,
}
const population = { kind: 'count' as const, concept: 'population' }
const share = { kind: 'percent' as const, concept: 'share' }
const votes = { kind: 'count' as const, concept: 'votes' }
const DAY = '2031-05-04'

describe('a bound said to lie close to its figure', () => {
  const some16 = fig('a', DAY, 'some 16 million', { kind: 'count', lo: 16e6, hi: 16e6, qualifier: 'about' })
  it.each([
    ['just under 19 million', { lo: null, hi: 19e6, qualifier: 'less-than' as const }],
    ['à peine moins de 19 millions', { lo: null, hi: 19e6, qualifier: 'less-than' as const }],
    ['أقل بقليل من 19 مليون', { lo: null, hi: 19e6, qualifier: 'less-than' as const }],
    ['un peu plus de 13 millions', { lo: 13e6, hi: null, qualifier: 'more-than' as const }],
    ['slightly more than 13 million', { lo: 13e6, hi: null, qualifier: 'more-than' as const }],
    ['ما يزيد قليلا على 13 مليون', { lo: 13e6, hi: null, qualifier: 'more-than' as const }],
  ])('"%s" is no open bound beside "some 16 million"', (text, q) => {
    const d = decide(population, [some16, fig('b', DAY, text, { kind: 'count', ...q })], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap' })
  })
  it('a plain bound still leaves room on its side', () => {
    expect(decide(population, [some16, fig('b', DAY, 'less than 19 million', { kind: 'count', lo: null, hi: 19e6, qualifier: 'less-than' })], ctx).verdict).toBe('agree')
    expect(decide(population, [some16, fig('b', DAY, 'more than 13 million', { kind: 'count', lo: 13e6, hi: null, qualifier: 'more-than' })], ctx).verdict).toBe('agree')
  })
  it('a close bound agrees with the figures it lies close to', () => {
    const d = decide(population, [fig('a', DAY, '18.8 million', { kind: 'count', lo: 18.8e6, hi: 18.8e6 }), fig('b', DAY, 'just under 19 million', { kind: 'count', lo: null, hi: 19e6, qualifier: 'less-than' })], ctx)
    expect(d.verdict).toBe('agree')
  })
})

describe('a figure with its last digits cut off', () => {
  it('"148 thousand" may be 148,723 with its units dropped, not only rounded', () => {
    const d = decide(votes, [fig('a', DAY, '148 ألف', { kind: 'count', lo: 148000, hi: 148000 }), fig('b', DAY, '148,723', { kind: 'count', lo: 148723, hi: 148723 })], ctx)
    expect(d.verdict).toBe('agree')
  })
  it('but a round thousand still does not swallow a figure far past the next one', () => {
    const d = decide(votes, [fig('a', DAY, '3,000', { kind: 'count', lo: 3000, hi: 3000 }), fig('b', DAY, '3,252', { kind: 'count', lo: 3252, hi: 3252 })], ctx)
    expect(d.verdict).toBe('conflict')
  })
  it('a headline\'s whole percent agrees with the finer share it cuts', () => {
    const d = decide(share, [fig('a', DAY, '94%', { kind: 'percent', lo: 94, hi: 94, unit: '%' }), fig('b', DAY, '94,6 %', { kind: 'percent', lo: 94.6, hi: 94.6, unit: '%' })], ctx)
    expect(d.verdict).toBe('agree')
  })
  it('not with a share below it, nor with one a whole point above', () => {
    expect(decide(share, [fig('a', DAY, '94%', { kind: 'percent', lo: 94, hi: 94, unit: '%' }), fig('b', DAY, '93.4%', { kind: 'percent', lo: 93.4, hi: 93.4, unit: '%' })], ctx).verdict).toBe('conflict')
    expect(decide(share, [fig('a', DAY, '94%', { kind: 'percent', lo: 94, hi: 94, unit: '%' }), fig('b', DAY, '95.2%', { kind: 'percent', lo: 95.2, hi: 95.2, unit: '%' })], ctx).verdict).toBe('conflict')
  })
  it('two whole percents stay read as rounded: 94 % and 95 % differ', () => {
    expect(decide(share, [fig('a', DAY, '94%', { kind: 'percent', lo: 94, hi: 94, unit: '%' }), fig('b', DAY, '95 %', { kind: 'percent', lo: 95, hi: 95, unit: '%' })], ctx).verdict).toBe('conflict')
  })
})

describe('areas, and one number written in two units', () => {
  const area = { kind: 'count' as const, concept: 'area' }
  it('hectares, acres and square kilometres convert', () => {
    const d = decide(area, [fig('a', DAY, '259,000 hectares', { kind: 'count', lo: 259000, hi: 259000, unit: 'ha' }), fig('b', DAY, '640,000 acres', { kind: 'count', lo: 640000, hi: 640000, unit: 'acre' }), fig('c', DAY, '2,590 km²', { kind: 'count', lo: 2590, hi: 2590, unit: 'km2' })], ctx)
    expect(d.verdict).toBe('agree')
  })
  it('feddans convert too, and gigawatts to megawatts', () => {
    expect(decide(area, [fig('a', DAY, '2,000 feddans', { kind: 'count', lo: 2000, hi: 2000, unit: 'feddan' }), fig('b', DAY, '840 hectares', { kind: 'count', lo: 840, hi: 840, unit: 'ha' })], ctx).verdict).toBe('agree')
    const power = { kind: 'count' as const, concept: 'generation-lost' }
    expect(decide(power, [fig('a', DAY, '12 gigawatts', { kind: 'count', lo: 12, hi: 12, unit: 'GW' }), fig('b', DAY, '12,000 megawatts', { kind: 'count', lo: 12000, hi: 12000, unit: 'MW' })], ctx).verdict).toBe('agree')
  })
  it('the same number in square metres and in square kilometres, a day apart, is a slipped unit, not the area growing', () => {
    const m2 = fig('a', '2031-05-04', '170.8 million square metres', { kind: 'count', lo: 170.8e6, hi: 170.8e6, unit: 'm2' })
    const km2 = fig('b', '2031-05-05', '170 millions de kilomètres carrés', { kind: 'count', lo: 170e6, hi: 170e6, unit: 'km2' })
    const d = decide(area, [m2, km2], ctx)
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap', a: m2.id, b: km2.id })
    // Two different numbers in two units stay read by their values: 170 km² then 250 km² burned is the fire spreading.
    expect(decide(area, [fig('a', '2031-05-04', '17,000 hectares', { kind: 'count', lo: 17000, hi: 17000, unit: 'ha' }), fig('b', '2031-05-05', '250 km²', { kind: 'count', lo: 250, hi: 250, unit: 'km2' })], ctx).verdict).toBe('time-series')
  })
})

describe('a bare number beside figures that all give one unit', () => {
  const age = { kind: 'count' as const, concept: 'age' }
  it('is in that unit: "who was 62 when he was killed" and "tué à 62 ans" agree', () => {
    const d = decide(age, [fig('a', DAY, '62', { kind: 'count', lo: 62, hi: 62 }), fig('b', DAY, '62 ans', { kind: 'duration', lo: 62, hi: 62, unit: 'year' })], ctx)
    expect(d.verdict).toBe('agree')
    expect(decide(age, [fig('a', DAY, '63', { kind: 'count', lo: 63, hi: 63 }), fig('b', DAY, '62 ans', { kind: 'duration', lo: 62, hi: 62, unit: 'year' })], ctx).verdict).toBe('conflict')
  })
  it('but not beside shares, nor beside figures in two units', () => {
    expect(decide(share, [fig('a', DAY, '54', { kind: 'count', lo: 54, hi: 54 }), fig('b', DAY, '27.54%', { kind: 'percent', lo: 27.54, hi: 27.54, unit: '%' })], ctx).verdict).toBe('needs-review')
    expect(decide(age, [fig('a', DAY, '62', { kind: 'count', lo: 62, hi: 62 }), fig('b', DAY, '62 ans', { kind: 'duration', lo: 62, hi: 62, unit: 'year' }), fig('c', DAY, '3 km', { kind: 'count', lo: 3, hi: 3, unit: 'km' })], ctx).verdict).toBe('needs-review')
  })
})
