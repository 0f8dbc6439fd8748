import { describe, expect, it } from 'vitest'
import { compareTopics } from '../../../src/core/compare'
import { weakEvidence } from '../../../src/core/compare/weak'
import { sayQuantity } from '../../../src/core/quantity'
import type { Assignment, Claim, Quantity, Source, Topic } from '../../../src/core/model'

// Figures placed on weak evidence (weak.ts): set aside, and named, when alone they would dispute
// figures placed on strong evidence that agree, or alone confirm a single source they restate;
// kept when the strong figures themselves disagree or only one report stands behind them.

const TEXTS: Record<string, string> = {
  a: 'The coast guard counted the survivors of the capsized boat at the harbour on Tuesday.',
  b: 'Rescuers brought the survivors ashore in the early hours, a port official told reporters.',
  c: 'A charity working at the quay gave its own count of the people pulled from the water.',
  d: 'Five of the passengers were children, and the boat had left two days before the storm.',
  e: 'Our correspondent spoke to families waiting outside the hospital for any news at all.',
}
const src = (id: string, published = '2025-06-14'): Source => ({
  id, title: `Report ${id}`, lang: 'en', outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', published, window: null, url: null, text: TEXTS[id], origin: 'imported',
})
let n = 0
function fig(source: string, q: Partial<Quantity> & Pick<Quantity, 'kind'>): Claim {
  n++
  const quantity: Quantity = { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...q }
  return { id: `${source}:${n}`, source, span: { start: 0, end: 3 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: TEXTS[source].length }, attribution: null, scopes: [] }
}
const count = (source: string, v: number, qualifier: Quantity['qualifier'] = null) => fig(source, { kind: 'count', lo: v, hi: qualifier === 'more-than' ? null : v, qualifier })
const day = (source: string, iso: string) => fig(source, { kind: 'date', lo: iso, hi: iso })

const topic: Topic = { id: 'survivors', label: { en: 'Survivors', ar: 'الناجون' }, entity: { name: '', aliases: [] }, measure: 'survivors', kind: 'count', cues: [], scope: null, time: null }
const dateTopic: Topic = { ...topic, id: 'sinking-date', label: { en: 'Date of the sinking', ar: 'تاريخ الغرق' }, measure: 'date of the sinking', kind: 'date' }

const STRONG = ['measures survivors (named in the counted noun)', 'entity "Pylos" in the clause']
const WEAK: Record<string, string[]> = {
  sentence: ['measures survivors (named in the sentence)', 'entity "Pylos" in the clause'],
  article: ['measures survivors (named in the counted noun)', 'entity "Pylos" in the article'],
  restated: ['another report states the same figure for survivors'],
}
const placed = (t: Topic, cs: Claim[], weak: Record<string, keyof typeof WEAK> = {}): Assignment[] =>
  cs.map((c) => ({ claimId: c.id, topicId: t.id, score: weak[c.id] ? 2.5 : 5, reasons: weak[c.id] ? WEAK[weak[c.id]] : STRONG }))
const judge = (t: Topic, cs: Claim[], weak: Record<string, keyof typeof WEAK> = {}) => {
  const sources = [...new Set(cs.map((c) => c.source))].map((id) => src(id))
  return compareTopics([t], cs, placed(t, cs, weak), sources)[0]
}

describe('weakEvidence: what placement could not find by a figure', () => {
  it.each([
    [STRONG, null],
    [WEAK.sentence, 'measure-in-sentence'],
    [WEAK.article, 'entity-in-article'],
    [WEAK.restated, 'restated'],
    [['placed by a reviewer'], null],
    [['measures death toll (named in the clause)', 'the topic names no entity'], null],
  ] as const)('%j → %s', (reasons, why) => {
    expect(weakEvidence({ reasons: [...reasons] })).toBe(why)
  })
})

describe('a figure placed on weak evidence does not decide the verdict alone', () => {
  it('three reports agree on 104 survivors; a 30 whose measure is named only in its sentence is set aside, named in both languages', () => {
    const cs = [count('a', 104), count('b', 104), count('c', 104), count('d', 30)]
    // Placed on strong evidence, the 30 is a real disagreement.
    expect(judge(topic, cs).verdict).toBe('conflict')
    const c = judge(topic, cs, { [cs[3].id]: 'sentence' })
    expect(c.verdict).toBe('agree')
    expect(c.weak).toEqual([{ claim: cs[3].id, why: 'measure-in-sentence' }])
    expect(c.explanation.en).toMatch(/One figure, placed on weak evidence, is set aside: Outlet d: 30 \(what it counts is named only elsewhere in its sentence\)\.$/)
    expect(c.explanation.ar).toContain('استُبعد من الحكم ما وُضع هنا على دليل ضعيف')
    expect(c.explanation.ar).toContain(sayQuantity(cs[3].quantity, 'ar'))
    expect(c.explanation.ar).toContain('لا يُذكر ما يعدّه إلا في موضع آخر من جملته')
    expect(c.explanation.ar).not.toMatch(/weak|figure|set aside/)
    // Shown with the topic, but not counted as an origin.
    expect(c.claims).toContain(cs[3].id)
    expect(c.independentSources).toBe(3)
  })

  it('a figure whose topic is named only elsewhere in its article does not make a false time series', () => {
    const cs = [count('a', 104), count('b', 104), count('c', 35)]
    const sources = [src('a', '2025-06-14'), src('b', '2025-06-14'), src('c', '2025-06-20')]
    expect(compareTopics([topic], cs, placed(topic, cs), sources)[0].verdict).toMatch(/conflict|time-series/)
    const c = compareTopics([topic], cs, placed(topic, cs, { [cs[2].id]: 'article' }), sources)[0]
    expect(c.verdict).toBe('agree')
    expect(c.explanation.en).toContain('Outlet c: 35 (what the topic is about is named only elsewhere in its article)')
  })

  it('dates: three reports give 14 June; a Wednesday 18 June named only in its sentence is set aside', () => {
    const cs = [day('a', '2025-06-14'), day('b', '2025-06-14'), day('c', '2025-06-14'), day('d', '2025-06-18')]
    expect(judge(dateTopic, cs).verdict).toBe('conflict')
    const c = judge(dateTopic, cs, { [cs[3].id]: 'sentence' })
    expect(c.verdict).toBe('agree')
    expect(c.weak?.map((w) => w.claim)).toEqual([cs[3].id])
  })

  it('the strong figures disagree among themselves: nothing is set aside, the conflict stands', () => {
    const cs = [count('a', 104), count('b', 300), count('c', 60)]
    const c = judge(topic, cs, { [cs[2].id]: 'sentence' })
    expect(c.verdict).toBe('conflict')
    expect(c.weak).toBeUndefined()
    expect(c.explanation.en).not.toContain('weak evidence')
  })

  it('one report alone on strong evidence is no ground to set aside another report that disagrees', () => {
    const cs = [count('a', 104), count('a', 104), count('b', 60)]
    const c = judge(topic, cs, { [cs[2].id]: 'article' })
    // The dispute stands, as it would with every figure placed on strong evidence.
    expect(c.verdict).toMatch(/conflict|time-series/)
    expect(c.verdict).toBe(judge(topic, cs).verdict)
    expect(c.weak).toBeUndefined()
  })

  it('vague strong figures ("hundreds") do not outvote a precise figure: only one report gives its own number', () => {
    const cs = [count('a', 13_000_000), fig('b', { kind: 'count', lo: 2_000_000, hi: 9_990_000, qualifier: 'vague' }), count('c', 12_000_000)]
    const c = judge(topic, cs, { [cs[2].id]: 'article' })
    // The dispute stands, as it would with every figure placed on strong evidence.
    expect(c.verdict).toMatch(/conflict|time-series/)
    expect(c.verdict).toBe(judge(topic, cs).verdict)
    expect(c.weak).toBeUndefined()
  })

  it('two weak figures that each alone dispute the strong ones are both set aside, and both named', () => {
    const cs = [count('a', 104), count('b', 104), count('c', 104), count('d', 150), count('e', 150)]
    const c = judge(topic, cs, { [cs[3].id]: 'sentence', [cs[4].id]: 'sentence' })
    expect(c.verdict).toBe('agree')
    expect(c.weak?.map((w) => w.claim).sort()).toEqual([cs[3].id, cs[4].id].sort())
    // Set aside for one reason, they are listed together and the reason is said once.
    expect(c.explanation.en).toMatch(/^.*2 figures, placed on weak evidence, are set aside: Outlet d: 150 and Outlet e: 150 \(what it counts is named only elsewhere in its sentence\)\.$/)
    expect(c.explanation.ar).toMatch(/⁨Outlet d⁩: 150 و⁨Outlet e⁩: 150 \(لا يُذكر ما يعدّه إلا في موضع آخر من جملته\)\.$/)
  })
})

describe('a figure placed on weak evidence does not confirm a single source alone', () => {
  it('joined only because it repeats the one report\'s value: single source, said so', () => {
    const cs = [count('a', 250), count('b', 250, 'about')]
    expect(judge(topic, cs).verdict).toBe('agree')
    const c = judge(topic, cs, { [cs[1].id]: 'restated' })
    expect(c.verdict).toBe('single-source')
    expect(c.independentSources).toBe(1)
    expect(c.explanation.en).toContain('Only Outlet a states it: 250')
    expect(c.explanation.en).toContain('it was placed only because another report gives the same value')
    expect(c.explanation.ar).toContain('لم يوضع هنا إلا لأن تقريراً آخر يذكر القيمة نفسها')
  })

  it('its topic named only elsewhere in its article: single source', () => {
    const cs = [count('a', 3000, 'more-than'), count('b', 3958)]
    expect(judge(topic, cs, { [cs[1].id]: 'article' }).verdict).toBe('single-source')
  })

  it('its measure named in its sentence: it confirms, the reports agree', () => {
    const cs = [day('a', '2025-06-14'), day('b', '2025-06-14')]
    const c = judge(dateTopic, cs, { [cs[1].id]: 'sentence' })
    expect(c.verdict).toBe('agree')
    expect(c.weak).toBeUndefined()
  })
})

describe('a vague amount one report alone gives does not make the numbers a dispute', () => {
  const vague = (source: string, lo: number, hi: number) => fig(source, { kind: 'count', lo, hi, qualifier: 'vague' })

  it('104 survivors from three reports and "hundreds" from a fourth: agree, the vague amount set aside and named in both languages', () => {
    const cs = [count('a', 104), count('b', 104), count('c', 104), vague('d', 200, 999)]
    const c = judge(topic, cs)
    expect(c.verdict).toBe('agree')
    expect(c.weak).toEqual([{ claim: cs[3].id, why: 'vague-alone' }])
    expect(c.explanation.en).toMatch(/One figure is set aside: Outlet d: hundreds \(200–999\) \(a vague amount that only one report gives, beside numbers that several reports state\)\.$/)
    expect(c.explanation.ar).toContain('عدد مبهم لا يذكره إلا تقرير واحد')
    expect(c.explanation.ar).not.toContain('دليل ضعيف')
  })

  it('…but a vague amount two reports give is what they say: the dispute stands', () => {
    const cs = [count('a', 104), count('b', 104), vague('c', 200, 999), vague('d', 200, 999)]
    expect(judge(topic, cs).verdict).toBe('conflict')
  })

  it('…and so does one whose report also gives a number: the report says both', () => {
    const cs = [count('a', 104), count('b', 104), count('c', 60), vague('c', 200, 999)]
    expect(judge(topic, cs).verdict).toBe('conflict')
    expect(judge(topic, cs).weak).toBeUndefined()
  })

  it('…and the numbers still decide alone: 104 against 60 is a conflict, whatever a vague amount says', () => {
    const cs = [count('a', 104), count('b', 60), vague('c', 200, 999)]
    expect(judge(topic, cs).verdict).toBe('conflict')
  })

  it('a vague amount beside the numbers of one report only is not set aside: one report is no evidence against another', () => {
    const cs = [count('a', 104), count('a', 104), vague('d', 200, 999)]
    expect(judge(topic, cs).weak).toBeUndefined()
  })
})
