import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explainAr } from '../../../src/core/compare/explain.ar'
import { explainEn } from '../../../src/core/compare/explain.en'
import type { ExplainContext } from '../../../src/core/compare/explain'
import type { Claim, Quantity } from '../../../src/core/model'

// In a disagreement between origins, a body that gave one figure and later another is named as
// having revised itself.

let n = 0
function count(source: string, lo: number, who: string | null): Claim {
  n++
  const quantity: Quantity = { kind: 'count', lo, hi: lo, unit: null, per: null, precision: 'exact', qualifier: null }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: String(lo), quantity, counted: null, sentence: { start: 0, end: 1 }, attribution: who ? { who, cue: 'said', span: { start: 0, end: 1 } } : null, scopes: [] }
}
const DAY: Record<string, string> = { a: '2025-04-02', b: '2025-04-04', c: '2025-04-06' }
const ctx: DecideContext = {
  origin: (c) => (c.attribution ? `body:${c.attribution.who}` : `outlet:${c.source}`),
  asOf: (c) => ({ from: DAY[c.source], to: DAY[c.source] }),
  compared: () => true,
  tolerance: 0.1,
  body: (o) => o.startsWith('body:'),
}
const words = (cs: Claim[]): ExplainContext => ({ claim: (id) => cs.find((c) => c.id === id)!, source: (c) => `Outlet ${c.source.toUpperCase()}`, setAside: [], outlets: 3, origins: 2 })

describe('a body that revised its own count, in a conflict', () => {
  // A death toll: the Green Cross gives 40, then 52; the ministry later gives 31, below it.
  const first = count('a', 40, 'the Green Cross')
  const second = count('b', 52, 'the Green Cross')
  const ministry = count('c', 31, 'the health ministry')
  const d = decide({ kind: 'count', concept: 'killed' }, [first, second, ministry], ctx)
  it('the conflict names the revision, earlier figure first, with their days', () => {
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ revised: { from: first.id, to: second.id, days: ['2025-04-02', '2025-04-04'] } })
  })
  it('and says so in English and in Arabic', () => {
    expect(explainEn(d.reason, words([first, second, ministry]))).toContain('The Green Cross itself gave 40 on 2 April 2025 and 52 on 4 April 2025: it revised its own figure.')
    const ar = explainAr(d.reason, words([first, second, ministry]))
    // (A body with no Arabic name is not copied in Latin letters; the verb agrees with "الجهة".)
    expect(ar).toContain('وقد أعطت إحدى الجهات 40 في 2 أبريل 2025 ثم 52 في 4 أبريل 2025: أي أنها عدّلت رقمها بنفسها.')
    const known = [count('a', 40, 'the Red Cross'), count('b', 52, 'the Red Cross'), count('c', 31, 'the health ministry')]
    const k = decide({ kind: 'count', concept: 'killed' }, known, ctx)
    expect(explainAr(k.reason, words(known))).toContain('وقد أعطت الجهة نفسها (الصليب الأحمر) 40')
  })
  it('an outlet’s own figures, credited to no one, are no body revising itself', () => {
    const own = [count('a', 40, null), count('b', 52, null), count('c', 31, 'the health ministry')]
    const e = decide({ kind: 'count', concept: 'killed' }, own, ctx)
    expect(e.verdict).toBe('conflict')
    expect(e.reason).not.toHaveProperty('revised')
  })
  it('a speaker that is no body (unnamed officials, a person) is not said to revise itself', () => {
    const people = { ...ctx, origin: (c: Claim) => (c.attribution ? `speaker:${c.attribution.who}` : `outlet:${c.source}`) }
    const e = decide({ kind: 'count', concept: 'killed' }, [count('a', 40, 'officials'), count('b', 52, 'officials'), count('c', 31, 'the health ministry')], people)
    expect(e.verdict).toBe('conflict')
    expect(e.reason).not.toHaveProperty('revised')
  })
  it('a series is no conflict: nothing is named', () => {
    const e = decide({ kind: 'count', concept: 'killed' }, [count('a', 40, 'the Green Cross'), count('b', 52, 'the Green Cross'), count('c', 60, 'the health ministry')], ctx)
    expect(e.verdict).toBe('time-series')
    expect(e.reason).not.toHaveProperty('revised')
  })
})
