import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A week named from its report's day ("last week", "cette semaine", "الأسبوع الماضي") is reckoned
// from a first day of the week that differs by country, or loosely as the last seven days: beside
// a date it misses by a day or two, a reviewer decides; a date far from it still conflicts.

let n = 0
function report(id: string, text: string, words: string, lo: string, hi: string, published: string, lang: Source['lang'] = 'en'): { source: Source; claims: Claim[] } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in ${id}`)
  n++
  const quantity: Quantity = { kind: lo === hi ? 'date' : 'daterange', lo, hi, unit: null, per: null, precision: lo === hi ? 'day' : 'part-month', qualifier: null }
  const claim: Claim = { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution: null, scopes: [] }
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims: [claim] }
}
const topic: Topic = { id: 'clashes', label: { en: 'When the clashes took place', ar: 'موعد الاشتباكات' }, entity: { name: '', aliases: [] }, measure: 'days of the clashes', kind: 'date', cues: [], scope: null, time: null }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(topic, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])
// Written on Saturday 19 July 2031: "this week" is 14–20 July, "last week" 7–13 July by the Monday convention.
const thisWeek = () => report('en', 'At least 100 people were killed in clashes this week.', 'this week', '2031-07-14', '2031-07-20', '2031-07-20')

describe('a week named from the report’s day', () => {
  it.each([
    ['ar', 'قتل أكثر من 100 شخص في اشتباكات الأسبوع الماضي.', 'الأسبوع الماضي'],
    ['fr', 'Au moins 100 personnes ont été tuées la semaine dernière.', 'la semaine dernière'],
  ] as const)('"%s" beside "this week" of another report needs review, said in both languages', (lang, text, words) => {
    const c = judge(thisWeek(), report(lang, text, words, '2031-07-07', '2031-07-13', '2031-07-19', lang))
    expect(c.verdict).toBe('needs-review')
    expect(c.reason).toMatchObject({ code: 'loose-week' })
    expect(c.explanation.en).toMatch(/do not overlap, but a week named from the report's day starts on another day in some countries/)
    expect(c.explanation.ar).toMatch(/قد يكون الفرق في الصياغة/)
  })
  it('a date weeks away from it still conflicts, and two dates named outright are no loose week', () => {
    const june = report('june', 'The clashes of 2 June 2031 left 100 dead.', '2 June 2031', '2031-06-02', '2031-06-02', '2031-07-19')
    expect(judge(thisWeek(), june).verdict).toBe('conflict')
    const a = report('a', 'The clashes of 12 July 2031 left 100 dead.', '12 July 2031', '2031-07-12', '2031-07-12', '2031-07-19')
    const b = report('b', 'The clashes of 14 July 2031 left 100 dead.', '14 July 2031', '2031-07-14', '2031-07-14', '2031-07-19')
    expect(judge(a, b).verdict).toBe('conflict')
  })
})
