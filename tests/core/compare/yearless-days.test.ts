import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A day written without its year ("12 January", "le 12 janvier", "الثاني عشر من يناير") gets its year
// from the extraction's guess, and two reports of one story may be given two years for what both
// wrote the same way. Written for session 29 on an invented vote: such days, a year apart, are read
// in the year a report that writes it gives, else the year nearest to the reports' days; a day
// whose year is written keeps it.

let n = 0
function day(source: string, iso: string, text: string): Claim {
  n++
  const quantity: Quantity = { kind: 'date', lo: iso, hi: iso, unit: null, per: null, precision: 'exact', qualifier: null }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [] }
}
const PUBLISHED: Record<string, string> = { a: '2033-01-20', b: '2033-02-02', c: '2033-02-25' }
const ctx: DecideContext = {
  origin: (c) => `outlet:${c.source}`,
  asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
  compared: () => true,
  tolerance: 0.1,
}

describe('a day written without its year', () => {
  it('"12 January" guessed as 2033 in one report and 2032 in another: the same day, they agree', () => {
    const d = decide({ kind: 'date' }, [day('a', '2033-01-12', '12 January'), day('b', '2032-01-12', 'le 12 janvier'), day('c', '2032-01-12', '12 January')], ctx)
    expect(d.verdict).toBe('agree')
  })

  it('…read in the year a report that writes it gives, and explained in that year', () => {
    const topic: Topic = { id: 'vote-day', label: { en: 'Day of the vote', ar: 'يوم الاقتراع' }, entity: { name: '', aliases: [] }, measure: 'vote', kind: 'date', cues: [], scope: null, time: null }
    const sources = ['a', 'b'].map((id) => ({ id, outlet: `Outlet ${id.toUpperCase()}`, lang: 'en', text: 'x'.repeat(20), published: PUBLISHED[id] })) as Source[]
    const cs = [day('a', '2033-01-12', '12 January 2033'), day('b', '2032-01-12', '12 January')]
    const cmp = compareTopic(topic, cs, new Map(sources.map((s) => [s.id, s])), new Map(), [])
    expect(cmp.verdict).toBe('agree')
    expect(cmp.explanation.en).toContain('2033')
    expect(cmp.explanation.en).not.toContain('2032')
  })

  it('two days whose years are written stay two days: a conflict', () => {
    expect(decide({ kind: 'date' }, [day('a', '2033-01-12', '12 January 2033'), day('b', '2032-01-12', '12 January 2032')], ctx).verdict).toBe('conflict')
  })

  it('other days of the month, or years far apart, are not read as one', () => {
    expect(decide({ kind: 'date' }, [day('a', '2033-01-12', '12 January'), day('b', '2033-01-14', '14 January')], ctx).verdict).toBe('conflict')
    expect(decide({ kind: 'date' }, [day('a', '2033-01-12', '12 January'), day('b', '2030-01-12', '12 January')], ctx).verdict).toBe('conflict')
  })
})
