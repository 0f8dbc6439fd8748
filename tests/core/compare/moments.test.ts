import { describe, expect, it } from 'vitest'
import { decide, type DecideContext } from '../../../src/core/compare/decide'
import { explain, explainContext } from '../../../src/core/compare/explain'
import { toldMoment, type Told } from '../../../src/core/compare/moment'
import type { Claim, Quantity, Scope, Source } from '../../../src/core/model'
import { extractClaims } from '../../../src/core/extract'

// The moment a figure describes: the day or night its sentence names, or the occasion it measures,
// whenever it is reported. Figures told for one moment that cannot both hold conflict; a series
// needs moments known and different.

describe('the moment a figure’s sentence tells', () => {
  // Written on Wednesday 22 October 2025.
  const published = '2025-10-22'
  const at = (text: string, figure: string, scopes: Scope[] = []) => {
    const start = text.indexOf(figure)
    return { span: { start, end: start + figure.length }, sentence: { start: 0, end: text.length }, scopes }
  }
  const time = (label: string, from: string | null, to: string | null = from): Scope => ({ kind: 'time', label, from, to, span: { start: 0, end: 1 } })
  const cases: [string, string, Scope[], Told | null][] = [
    // A day the extraction resolved beside the figure.
    ['Only 80 stewards were on duty at the stadium on Saturday.', '80', [time('on Saturday', '2025-10-18')], { from: '2025-10-18', to: '2025-10-18' }],
    // A weekday the sentence names, taken as the last such day up to the report.
    ['Samedi soir, les organisateurs comptaient 80 stewards autour du stade.', '80', [], { from: '2025-10-18', to: '2025-10-18' }],
    ['By Tuesday night, 64 barges were queuing at the lock.', '64', [], { from: '2025-10-21', to: '2025-10-21' }],
    ['وكان 80 حارسا في محيط الملعب مساء السبت.', '80', [], { from: '2025-10-18', to: '2025-10-18' }],
    // The report's own day names the day it describes.
    ['On Wednesday 64 barges were queuing at the lock.', '64', [], { from: '2025-10-22', to: '2025-10-22' }],
    // The occasion it measures.
    ['About 600 guests were in the ballroom when the blaze broke out, the mayor said.', '600', [], { occasion: true }],
    ['Quelque 600 invités se trouvaient dans la salle au moment de l’effondrement.', '600', [], { occasion: true }],
    ['At the same moment, 3,000 officers guarded the march across town.', '3,000', [], { occasion: true }],
    ['وكان نحو 600 مدعو داخل القاعة لحظة اندلاع الحريق.', '600', [], { occasion: true }],
    ['Au même moment, 3000 gendarmes encadraient le cortège.', '3000', [], { occasion: true }],
    // No moment: the report's day stands in for it.
    ['Some 600 guests had been invited, the owner said.', '600', [], null],
    ['وقال المالك إن 600 مدعو كانوا مسجلين.', '600', [], null],
    // A count "since" a day runs up to the report; a period still running holds a count so far.
    ['More than 900 people have left since Saturday.', '900', [time('since Saturday', '2025-10-18')], null],
    ['This year 900 people have left the valley.', '900', [time('this year', '2025-01-01', '2025-12-31')], null],
    // Two weekdays in one sentence: which one is the figure's cannot be told.
    ['Between Friday and Sunday, 900 people crossed the bridge.', '900', [], null],
    // A closed period told beside the figure.
    ['From 3 to 9 October, 64 barges were stuck at the lock.', '64', [time('from 3 to 9 October', '2025-10-03', '2025-10-09')], { from: '2025-10-03', to: '2025-10-09' }],
  ]
  for (const [text, figure, scopes, told] of cases) {
    it(`«${figure}» in “${text}” → ${JSON.stringify(told)}`, () => {
      expect(toldMoment(at(text, figure, scopes), text, published)).toEqual(told)
    })
  }
  it('a weekday with no known report day sets no day', () => {
    const text = 'Samedi soir, les organisateurs comptaient 80 stewards autour du stade.'
    expect(toldMoment(at(text, '80'), text, null)).toBeNull()
  })
})

let n = 0
function count(source: string, lo: number, qualifier: Quantity['qualifier'] = null, extra: Partial<Claim> = {}, unit: string | null = null, kind: Quantity['kind'] = 'count'): Claim {
  n++
  const hi = qualifier === 'more-than' || qualifier === 'at-least' ? null : lo
  const quantity: Quantity = { kind, lo, hi, unit, per: null, precision: 'exact', qualifier }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: null, scopes: [], ...extra }
}

const PUBLISHED: Record<string, string> = { mon: '2025-10-20', tue: '2025-10-21', wed: '2025-10-22', sat: '2025-10-25' }
const day = (iso: string): Told => ({ from: iso, to: iso })
function context(told: Record<string, Told>, state: Set<string> = new Set()): DecideContext {
  return {
    origin: (c) => `outlet:${c.source}`,
    asOf: (c) => ({ from: PUBLISHED[c.source], to: PUBLISHED[c.source] }),
    compared: () => true,
    tolerance: 0.1,
    told: (c) => told[c.id] ?? null,
    state: (c) => state.has(c.id),
  }
}
const counts = { kind: 'count' as const }

describe('figures told for one moment', () => {
  it('two reports of different days giving the stewards on duty the same Saturday differently conflict, naming the night', () => {
    const early = count('mon', 80)
    const late = count('wed', 120)
    const d = decide(counts, [early, late], context({ [early.id]: day('2025-10-18'), [late.id]: day('2025-10-18') }))
    expect(d).toEqual({ verdict: 'conflict', reason: { code: 'no-overlap', a: early.id, b: late.id, conversions: [], sameSource: false, moment: { day: '2025-10-18' } } })
  })

  it('…while with no moment told they are the count on each report’s day: a series', () => {
    expect(decide(counts, [count('mon', 80), count('wed', 120)], context({})).verdict).toBe('time-series')
  })

  it('…and told for two different days they are a series too', () => {
    const a = count('mon', 80)
    const b = count('wed', 120)
    expect(decide(counts, [a, b], context({ [a.id]: day('2025-10-18'), [b.id]: day('2025-10-21') })).verdict).toBe('time-series')
  })

  it('the crowd in a hall when a fire broke out, told by reports of two days: no value fits both, a conflict over the occasion', () => {
    const a = count('mon', 600, 'about')
    const b = count('sat', 1000, 'at-least')
    const d = decide(counts, [a, b], context({ [a.id]: { occasion: true }, [b.id]: { occasion: true } }))
    expect(d.verdict).toBe('conflict')
    expect(d.reason).toMatchObject({ code: 'no-overlap', moment: { occasion: true } })
  })

  it('one occasion told by two origins of one day is no count moving within the day', () => {
    // 7,000 against 6,000 officers, both said of the same march: not one count rising.
    const a = count('mon', 7000)
    const b = count('tue', 6000)
    const told = { [a.id]: day('2025-10-18'), [b.id]: { occasion: true as const } }
    expect(decide(counts, [a, b], context(told)).verdict).toBe('conflict')
  })

  it('a present state told for a day still moves within it: 19 then 37 in serious condition that Sunday, 33 on Tuesday, are a series', () => {
    const a = count('mon', 19)
    const b = count('mon', 37)
    const c = count('tue', 33)
    // (Two reports of Monday: the second under another outlet's name.)
    const two = (ctx: DecideContext): DecideContext => ({ ...ctx, origin: (x) => (x.id === b.id ? 'outlet:other' : ctx.origin(x)) })
    const told = { [a.id]: day('2025-10-19'), [b.id]: day('2025-10-19') }
    expect(decide(counts, [a, b, c], two(context(told, new Set([a.id, b.id, c.id])))).verdict).toBe('time-series')
    // The same figures told of one occasion (officers on duty that Sunday) cannot both hold.
    expect(decide(counts, [a, b, c], two(context(told))).verdict).toBe('conflict')
  })

  it('a running total’s named day dates the event, not the count: the toll stays a series', () => {
    const a = count('mon', 40)
    const b = count('wed', 65)
    const ctx = context({ [a.id]: day('2025-10-18'), [b.id]: day('2025-10-18') })
    expect(decide({ kind: 'count', concept: 'killed' }, [a, b], ctx).verdict).toBe('time-series')
  })
})

describe('the explanation names the moment', () => {
  const sources = new Map<string, Source>([
    ['mon', { id: 'mon', outlet: 'Daily Ledger', lang: 'en', title: '', text: '', published: '2025-10-20' } as Source],
    ['wed', { id: 'wed', outlet: 'Le Quotidien', lang: 'fr', title: '', text: '', published: '2025-10-22' } as Source],
  ])
  const a = count('mon', 80)
  const b = count('wed', 120)
  const x = explainContext([a, b], sources, [], 2, 2)
  it('a day', () => {
    const e = explain({ code: 'no-overlap', a: a.id, b: b.id, conversions: [], sameSource: false, moment: { day: '2025-10-18' } }, x)
    expect(e.en).toBe('Daily Ledger: 80, but Le Quotidien: 120: both describe 18 October 2025 and cannot both be right.')
    expect(e.ar).toContain('كلاهما يصف')
    expect(e.ar).toContain('ولا يمكن أن يصح الرقمان معاً')
  })
  it('the occasion', () => {
    const e = explain({ code: 'no-overlap', a: a.id, b: b.id, conversions: [], sameSource: false, moment: { occasion: true } }, x)
    expect(e.en).toBe('Daily Ledger: 80, but Le Quotidien: 120: both describe the same occasion and cannot both be right.')
    expect(e.ar).toContain('كلاهما يصف المناسبة نفسها')
  })
})

describe('a figure in millions may have lost its decimals', () => {
  // Two origins, one day: only the values decide.
  const ctx = { ...context({}), asOf: () => ({ from: '2025-10-20', to: '2025-10-20' }) }
  const amount = (source: string, lo: number, unit: string) => count(source, lo, null, {}, unit, unit === 'USD' ? 'money' : 'count')
  const cases: [number, number, string, string][] = [
    [397_000_000, 397_600_000, 'USD', 'agree'],
    // More than a whole million above it: not the same figure cut short.
    [397_000_000, 398_200_000, 'USD', 'conflict'],
    // Below it: a figure cut short never stands for less.
    [397_000_000, 396_300_000, 'USD', 'conflict'],
    // A figure under a million is read as rounded, not cut short: 2,700 is 2,650 to 2,750.
    [2_700, 2_790, 'tonne', 'conflict'],
    [2_700, 2_740, 'tonne', 'agree'],
  ]
  for (const [short, full, unit, verdict] of cases) {
    it(`${short} against ${full} ${unit}: ${verdict}`, () => {
      const kind = unit === 'USD' ? 'money' : 'count'
      expect(decide({ kind }, [amount('mon', short, unit), amount('tue', full, unit)], ctx).verdict).toBe(verdict)
    })
  }
})

describe('an Arabic occasion with its conjunction glued on', () => {
  it('"وفي تلك الليلة" ties the figure to the occasion', () => {
    const text = 'وفي تلك الليلة كان نحو 600 مدعو داخل القاعة.'
    const c = extractClaims({ id: 's', text, lang: 'ar', published: '2025-10-22', window: null } as Source).find((x) => x.quantity.lo === 600)!
    expect(toldMoment(c, text, '2025-10-22')).toEqual({ occasion: true })
  })
})
