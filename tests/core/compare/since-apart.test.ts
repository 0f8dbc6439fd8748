import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// In a topic about one day, a length of time since it dates the event too: counted back from its
// report's day, it fits the day another report gives (they agree), or it points elsewhere ("nearly
// four weeks" written on 9 September, beside "since July"), and both cannot be right. One of
// another order of size ("two decades ago" beside last week) is about something else.

let n = 0
function report(id: string, text: string, words: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>, published: string, lang: Source['lang'] = 'en'): { source: Source; claims: Claim[] } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in ${id}`)
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'day', qualifier: null, ...q }
  const claim: Claim = { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [] }
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims: [claim] }
}
const topic: Topic = { id: 'onset', label: { en: 'When the floods began', ar: 'بداية الفيضانات' }, entity: { name: '', aliases: [] }, measure: 'start of the floods', kind: 'date', cues: [], scope: null, time: null }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(topic, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])
const july = () => report('july', 'The rains that have fallen since July 2031 have killed 300 people.', 'July 2031', { kind: 'date', lo: '2031-07-01', hi: '2031-07-31', precision: 'month' }, '2031-09-09')
const weeks = (x: number, published: string, lang: Source['lang'] = 'fr') => report(`w${x}-${published}`, `Voilà près de ${x} semaines que le pays subit ces inondations.`, `près de ${x} semaines`, { kind: 'duration', lo: x, hi: x, unit: 'week', qualifier: 'about' }, published, lang)

describe('a length of time since the event beside the day another report gives', () => {
  it('that points to another time is a conflict, said in English and Arabic', () => {
    const c = judge(july(), weeks(4, '2031-09-09'))
    expect(c.verdict).toBe('conflict')
    expect(c.reason).toMatchObject({ code: 'since-apart', written: '2031-09-09' })
    expect(c.explanation.en).toMatch(/July 2031, but .* counts .*4 weeks since it on 9 September 2031, which points to another time: both cannot be right\./)
    expect(c.explanation.ar).toMatch(/يوليو 2031، لكن .* يذكر في 9 سبتمبر 2031 أنه مضى عليه .*وهذا يشير إلى وقت آخر/)
  })
  it('that fits it agrees', () => {
    const c = judge(july(), weeks(8, '2031-09-09'))
    expect(c.verdict).toBe('agree')
    expect(c.reason).toMatchObject({ code: 'since' })
  })
  it('a vague one, or one of another order of size, is no second date', () => {
    const few = report('few', 'The floods began only a few weeks ago.', 'a few weeks', { kind: 'duration', lo: 3, hi: 9, unit: 'week', qualifier: 'vague' }, '2031-09-09')
    expect(judge(july(), few).verdict).not.toBe('conflict')
    const decades = report('old', 'The region has not seen such floods since two decades ago.', 'two decades', { kind: 'duration', lo: 20, hi: 20, unit: 'year' }, '2031-09-09')
    expect(judge(july(), decades).verdict).not.toBe('conflict')
  })
})
