import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { presentState } from '../../../src/core/compare/states'
import type { Claim, Quantity } from '../../../src/core/model'

// Two origins giving close but different counts for one day: a toll in its first hours, or people
// in a state that changes by the hour, is one count moving (a series once another day follows); a
// count that is tallied and published (the provinces a flood hit, the people missing, the homes
// damaged) is not updated by the hour, so two of them for one day are two accounts that cannot
// both be right.

let n = 0
function count(source: string, lo: number, extra: Partial<Claim> = {}): Claim {
  n++
  const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}
// Reports a and b are of one day, c of the next.
const PUBLISHED: Record<string, string> = { a: '2026-05-08', b: '2026-05-08', c: '2026-05-09' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}

describe('close counts of one day from two origins', () => {
  it('a toll: 41 and 45 dead the same day, then 60, are the toll rising', () => {
    const d = decide({ kind: 'count', concept: 'killed' }, [count('a', 41), count('b', 45), count('c', 60)], ctx)
    expect(d.verdict).toBe('time-series')
  })

  it('the provinces a flood hit: 19 and 23 the same day cannot both be right, whatever follows', () => {
    const nineteen = count('a', 19)
    const twentyThree = count('b', 23)
    const d = decide({ kind: 'count', concept: 'provinces' }, [nineteen, twentyThree, count('c', 23)], ctx)
    expect(d).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap', a: nineteen.id, b: twentyThree.id } })
  })

  it('the people missing: 128 and 130 the same day conflict; 130 then 136 the next day is a series', () => {
    const topic = { kind: 'count' as const, concept: 'missing' }
    expect(decide(topic, [count('a', 128), count('b', 130), count('c', 136)], ctx).verdict).toBe('conflict')
    expect(decide(topic, [count('b', 130), count('c', 136)], ctx).verdict).toBe('time-series')
  })

  it('people in a state now (in critical condition): 19 in the morning and 37 at night, then 33, are the state moving', () => {
    const cs = [count('a', 19), count('b', 37), count('c', 33)]
    const topic = { kind: 'count' as const, concept: 'injured' }
    expect(decide(topic, cs, { ...ctx, state: () => true }).verdict).toBe('time-series')
    // (One figure said in a state is enough to read the measure as one.)
    expect(decide({ kind: 'count', concept: 'provinces' }, cs, { ...ctx, state: (c) => c.id === cs[1].id }).verdict).toBe('time-series')
  })
})

describe('fires, and the places they burn in, are in a present state too', () => {
  const sentences: [string, string, boolean][] = [
    ['By nightfall 12 fires were still active in six provinces.', 'six', true],
    ['Firefighters said nine blazes were still burning on Tuesday.', 'nine', true],
    ['Selon la protection civile, 14 incendies sont toujours actifs dans le pays.', '14', true],
    ['Dans 5 départements, les feux restent hors de contrôle.', '5', true],
    ['وقالت الحماية المدنية إن 7 حرائق لا تزال مشتعلة في البلاد.', '7', true],
    ['The fire destroyed 40 homes before it was put out.', '40', false],
    ['Le feu a détruit 40 maisons avant d’être maîtrisé.', '40', false],
  ]
  for (const [text, figure, state] of sentences) {
    it(`${state ? 'a state' : 'no state'}: «${figure}» in “${text}”`, () => {
      const start = text.indexOf(figure)
      expect(presentState({ span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length } }, text)).toBe(state)
    })
  }
})
