import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A share given in whole percent was rounded to the point: "31 per cent" is how an agency writes
// an authority's 30.72 %. It stands for the values that round to it, and no two whole percents
// share one.

let n = 0
function report(id: string, text: string, words: string, q: Partial<Quantity>, published: string, lang: Source['lang'] = 'en'): { source: Source; claims: Claim[] } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in ${id}`)
  n++
  const quantity: Quantity = { kind: 'percent', lo: null, hi: null, unit: '%', per: null, precision: 'exact', qualifier: null, ...q }
  const claim: Claim = { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [] }
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims: [claim] }
}
const topic: Topic = { id: 't', label: { en: 'Turnout at noon', ar: 'نسبة المشاركة ظهراً' }, entity: { name: '', aliases: [] }, measure: 'turnout', kind: 'percent', cues: [], scope: null, time: null }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(topic, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])
const at = (x: number): Partial<Quantity> => ({ lo: x, hi: x })

describe('a share in whole percent', () => {
  it('agrees with the finer figure it rounds, in any language', () => {
    const fine = report('fine', 'بلغت نسبة المشاركة 30.72 بالمائة عند منتصف النهار.', '30.72', at(30.72), '2031-06-01', 'ar')
    const whole = report('whole', 'Turnout stood at 31 per cent at noon, the commission said.', '31 per cent', at(31), '2031-06-01')
    const fr = report('fr', 'La participation atteignait 31 % à la mi-journée.', '31 %', at(31), '2031-06-01', 'fr')
    expect(judge(fine, whole, fr).verdict).toBe('agree')
    // A lower bound the whole figure rounds: "more than 30.72" beside 31.
    const bound = report('bound', 'تجاوزت نسبة المشاركة 30.72 بالمائة.', '30.72', { lo: 30.72, hi: null, qualifier: 'more-than' }, '2031-06-01', 'ar')
    expect(judge(bound, whole).verdict).toBe('agree')
  })

  it('still differs from a finer figure it does not round, and from the next whole percent', () => {
    const fine = report('fine', 'بلغت نسبة المشاركة 30.42 بالمائة.', '30.42', at(30.42), '2031-06-01', 'ar')
    const whole = report('whole', 'Turnout stood at 31 per cent at noon.', '31 per cent', at(31), '2031-06-01')
    const c = judge(fine, whole)
    expect(c.verdict).toBe('conflict')
    expect(c.explanation.en).toMatch(/30\.42%.*31%/)
    const next = report('next', 'Turnout stood at 32 per cent at noon.', '32 per cent', at(32), '2031-06-01')
    expect(judge(whole, next).verdict).toBe('conflict')
  })
})
