import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { partsOfWholes } from '../../../src/core/compare/parts'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// A figure its own report gives as a part of a larger one it states in the same topic ("including
// 20 million from one donor", "dont 40", "بينهم أربعة") is no second value for the whole: it is set
// aside as a part, and the explanation says what it is a part of.

let n = 0
/** The figures of a report, found by their words in its text, in order. */
function report(id: string, text: string, figures: [string, number, Partial<Quantity>?][], published = '2026-03-02', outlet = `Outlet ${id}`): { source: Source; claims: Claim[] } {
  let from = 0
  const claims = figures.map(([words, value, q]) => {
    const start = text.indexOf(words, from)
    if (start < 0) throw new Error(`"${words}" not in ${id}`)
    from = start + words.length
    const sentence = { start: Math.max(0, text.lastIndexOf('.', start) + 1), end: text.indexOf('.', start) < 0 ? text.length : text.indexOf('.', start) + 1 }
    n++
    return { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity: { kind: 'count', lo: value, hi: value, unit: null, per: null, precision: 'exact', qualifier: null, ...q }, counted: null, sentence, attribution: null, scopes: [] } satisfies Claim
  })
  return { source: { id, title: id, outlet, via: null, relays: null, kind: 'news', origin: 'imported', text, lang: 'en', published, window: null, url: null }, claims }
}
const topic = (concept: string, kind: Topic['kind'] = 'count'): Topic => ({ id: 't', label: { en: 'Figure', ar: 'الرقم' }, entity: { name: '', aliases: [] }, measure: concept, kind, cues: [], scope: null, time: null, concept })
const parts = (r: { source: Source; claims: Claim[] }) => [...partsOfWholes(r.claims, () => r.source.text).keys()].map((id) => r.claims.find((c) => c.id === id)!.text)
const judge = (t: Topic, ...rs: { source: Source; claims: Claim[] }[]) => compareTopic(t, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])

describe('a part its report gives beside the whole', () => {
  it('is read in English, French and Arabic, with the cue before the part or "of them" after it', () => {
    expect(parts(report('en', 'Nine nurses were taken, among them two surgeons.', [['Nine', 9], ['two', 2]]))).toEqual(['two'])
    expect(parts(report('en2', 'Pledges passed 300 million dollars, including 45 million from the regional bank.', [['300 million', 300e6, { kind: 'money', unit: 'USD' }], ['45 million', 45e6, { kind: 'money', unit: 'USD' }]]))).toEqual(['45 million'])
    expect(parts(report('fr', 'Le bilan fait état de 57 victimes, dont 31 enfants.', [['57', 57], ['31', 31]]))).toEqual(['31'])
    expect(parts(report('fr2', 'Quelque 70 personnes ont été interpellées. Douze d’entre eux ont été inculpés.', [['70', 70], ['Douze', 12]]))).toEqual(['Douze'])
    expect(parts(report('ar', 'أعلنت الشرطة توقيف 15 شخصاً، بينهم 3 قاصرين.', [['15', 15], ['3', 3]]))).toEqual(['3'])
    expect(parts(report('ar2', 'نقل 40 مصاباً إلى المستشفى، وسبعة منهم في حالة حرجة.', [['40', 40], ['سبعة', 7]]))).toEqual(['سبعة'])
  })

  it('needs the whole in the same topic, from the same report, before the part and larger', () => {
    // The topic is the part itself: no larger figure of the report in it.
    expect(parts(report('en', 'Nine nurses were taken, among them two surgeons.', [['two', 2]]))).toEqual([])
    // A larger figure after the part, or a smaller one before it, is no whole.
    expect(parts(report('en', 'Among them two surgeons were taken with nine nurses.', [['two', 2], ['nine', 9]]))).toEqual([])
    expect(parts(report('fr', 'Le bilan fait état de 5 victimes, dont 31 enfants.', [['5', 5], ['31', 31]]))).toEqual([])
    // No cue: two counts side by side.
    expect(parts(report('en', 'Officials counted 57 dead; the hospital counted 31.', [['57', 57], ['31', 31]]))).toEqual([])
  })

  it('stands aside from the verdict: reports that agree on the whole agree, and the part is named with its whole', () => {
    const a = report('a', 'The toll reached 57, including 31 children.', [['57', 57], ['31', 31]])
    const b = report('b', 'Officials said 57 people had died.', [['57', 57]])
    const c = judge(topic('killed'), a, b)
    expect(c.verdict).toBe('agree')
    expect(c.explanation.en).toMatch(/31 \(among 57\) concerns a part only/)
    expect(c.explanation.ar).toMatch(/31 \(من أصل 57\)/)
  })

  it('without the cue, the two figures still conflict', () => {
    const a = report('a', 'The toll reached 57; 31 died on the first night.', [['57', 57], ['31', 31]])
    const b = report('b', 'Officials said 57 people had died.', [['57', 57]])
    expect(judge(topic('killed'), a, b).verdict).toBe('conflict')
  })
})
