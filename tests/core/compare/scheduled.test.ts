import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import type { Claim, Source } from '../../../src/core/model'

// A date given while it was still ahead is a plan ("the summit will open next Thursday"); a date
// told after the day is an account of what happened. A plan and an account that differ do not
// prove anyone wrong: the schedule may have moved. Two plans, or two accounts, that differ still
// conflict. Reports and dates made up for the tests.

let n = 0
const day = (source: string, iso: string): Claim => {
  n++
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `day ${n}`, quantity: { kind: 'date', lo: iso, hi: iso, unit: null, per: null, precision: 'day', qualifier: null }, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
// Report p is written on the Sunday before the summit, t the same day; q and r after it; s, a second plan, on the Monday.
const WRITTEN: Record<string, string> = { p: '2026-03-01', q: '2026-03-07', r: '2026-03-08', s: '2026-03-02', t: '2026-03-01' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => ({ from: WRITTEN[c.source], to: WRITTEN[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}
const dates = { kind: 'date' as const }

describe('a date planned ahead and a date told after the fact', () => {
  it('Thursday 5 March announced on the Sunday before, and Friday 6 March told afterwards: a reviewer checks whether the plan changed', () => {
    const planned = day('p', '2026-03-05')
    const held = day('q', '2026-03-06')
    const d = decide(dates, [planned, held], ctx)
    expect(d).toEqual({ verdict: 'needs-review', reason: { code: 'scheduled', planned: planned.id, held: held.id, written: '2026-03-01' } })
    const sources = [{ id: 'p', outlet: 'Morning Post', lang: 'en', text: '', published: WRITTEN.p }, { id: 'q', outlet: 'Evening Star', lang: 'en', text: '', published: WRITTEN.q }] as Source[]
    const words = explain(d.reason, explainContext([planned, held], new Map(sources.map((s) => [s.id, s])), [], 2, 2))
    expect(words.en).toBe('Morning Post: 5 March 2026, said on 1 March 2026 while that day was still ahead, but Evening Star: 6 March 2026, told after the fact: the plan may have changed, or one report is wrong, so a reviewer should check.')
    expect(words.ar).toMatch(/Morning Post.*: 5 مارس 2026، وهو موعد أُعلن في 1 مارس 2026 قبل حلوله، بينما .*Evening Star.*: 6 مارس 2026، وقد رُوي بعد وقوع الحدث: ربما تغيّر الموعد أو أخطأ أحد التقريرين، فينبغي أن يراجعهما محرر\.$/u)
  })

  it('two accounts after the fact that differ conflict', () => {
    expect(decide(dates, [day('q', '2026-03-05'), day('r', '2026-03-06')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })

  it('two plans that differ conflict too: two reports of one schedule', () => {
    expect(decide(dates, [day('p', '2026-03-05'), day('s', '2026-03-06')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })

  it('an account written before the plan, or the same day, is no outcome of it: they conflict', () => {
    // (p tells on 1 March of 27 February; s announces 9 March the next day.)
    expect(decide(dates, [day('s', '2026-03-09'), day('p', '2026-02-27')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
    // (t, written on 1 March as p is, tells of 27 February.)
    expect(decide(dates, [day('p', '2026-03-05'), day('t', '2026-02-27')], ctx)).toMatchObject({ verdict: 'conflict', reason: { code: 'no-overlap' } })
  })
})
