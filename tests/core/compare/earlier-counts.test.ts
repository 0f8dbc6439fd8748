import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { earlierSteps } from '../../../src/core/compare/recalled'
import type { Claim, Source, Topic } from '../../../src/core/model'

// A report that tells how a count moved recalls its earlier steps beside its current figure ("up
// from 93", "le précédent décompte", "حصيلة سابقة"): a step is no figure of the report's own, and
// is set aside, named, when the report gives a higher count.

let n = 0
function report(id: string, text: string, figures: [string, number][], published = '2026-04-11'): { source: Source; claims: Claim[] } {
  let from = 0
  const claims = figures.map(([words, value]) => {
    const start = text.indexOf(words, from)
    if (start < 0) throw new Error(`"${words}" not in ${id}`)
    from = start + words.length
    const sentence = { start: Math.max(0, text.lastIndexOf('.', start) + 1), end: text.indexOf('.', start) < 0 ? text.length : text.indexOf('.', start) + 1 }
    n++
    return { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity: { kind: 'count', lo: value, hi: value, unit: null, per: null, precision: 'exact', qualifier: null }, counted: null, sentence, attribution: null, scopes: [] } satisfies Claim
  })
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang: 'en', published, window: null, url: null }, claims }
}
const steps = (r: { source: Source; claims: Claim[] }) => [...earlierSteps(r.claims, () => r.source.text)].map((id) => r.claims.find((c) => c.id === id)!.text)
const topic: Topic = { id: 't', label: { en: 'Dead', ar: 'القتلى' }, entity: { name: '', aliases: [] }, measure: 'killed', kind: 'count', cues: [], scope: null, time: null, concept: 'killed' }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(topic, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])

describe('an earlier count a report recalls', () => {
  it('is read before the figure or after it, in English, French and Arabic', () => {
    expect(steps(report('en', 'The toll rose to 48, up from 31 in the morning.', [['48', 48], ['31', 31]]))).toEqual(['31'])
    expect(steps(report('en2', 'The previous toll, given by the coast guard at dawn, was 12. Officials now count 30 dead.', [['12', 12], ['30', 30]]))).toEqual(['12'])
    expect(steps(report('fr', 'Le bilan atteint 64 morts. Il dépasse les 41 morts annoncés quelques heures plus tôt.', [['64', 64], ['41', 41]]))).toEqual(['41'])
    expect(steps(report('fr2', 'Le précédent décompte faisait état de neuf morts ; on en compte désormais 17.', [['neuf', 9], ['17', 17]]))).toEqual(['neuf'])
    expect(steps(report('ar', 'ارتفع عدد القتلى إلى 52. وكانت حصيلة سابقة قد أشارت إلى 38 قتيلاً.', [['52', 52], ['38', 38]]))).toEqual(['38'])
  })

  it('is read in the pluperfect with a word of earliness, or as the less a speaker had counted, in English, French and Arabic', () => {
    expect(steps(report('en3', 'Officials now count 14 dead at the depot, where the operator had initially reported eight.', [['14', 14], ['eight', 8]]))).toEqual(['eight'])
    expect(steps(report('fr3', "Selon le parquet, 11 des victimes étaient mineures, alors que le préfet n'en avait recensé que cinq mardi.", [['11', 11], ['cinq', 5]]))).toEqual(['cinq'])
    expect(steps(report('fr4', 'La mairie, qui avait auparavant signalé 15 blessés, en compte désormais 23.', [['15', 15], ['23', 23]]))).toEqual(['15'])
    expect(steps(report('ar3', 'ارتفع عدد الضحايا إلى 26. وكانت البلدية قد أحصت 19 ضحية في اليوم الأول.', [['26', 26], ['19', 19]]))).toEqual(['19'])
  })

  it('a plain pluperfect after a verb of saying is reported speech, not an earlier count', () => {
    expect(steps(report('en4', 'The coroner said it had confirmed 6 of the 20 victims.', [['6', 6], ['20', 20]]))).toEqual([])
    expect(steps(report('fr5', "La préfecture a indiqué qu'elle avait recensé 6 victimes sur 20.", [['6', 6], ['20', 20]]))).toEqual([])
  })

  it('stays when its report gives no higher count, or says nothing of an earlier count', () => {
    // "A first toll" is the day's preliminary count, the report's own.
    expect(steps(report('fr', 'Un premier bilan fait état de 12 morts. La préfecture parle de 20 morts.', [['12', 12], ['20', 20]]))).toEqual([])
    expect(steps(report('en', 'The previous toll was 12.', [['12', 12]]))).toEqual([])
    expect(steps(report('en', 'The ministry counted 31 dead; the hospital counted 48.', [['31', 31], ['48', 48]]))).toEqual([])
    // The cue stands by the figure it precedes, not by the one before it.
    expect(steps(report('en', 'The toll rose to 48, up from 31.', [['48', 48]]))).toEqual([])
  })

  it('does not conflict with another report’s count of the same day, and is named as an earlier count', () => {
    const a = report('a', 'The toll rose to 48, up from 19 in the morning.', [['48', 48], ['19', 19]])
    const b = report('b', 'Rescuers said 48 people had died.', [['48', 48]])
    const c = judge(a, b)
    expect(c.verdict).toBe('agree')
    expect(c.explanation.en).toMatch(/19 \(an earlier count that its report recalls/)
    expect(c.explanation.ar).toMatch(/حصيلة سابقة يذكّر بها تقريره/)
    // Without the cue, 19 and 48 the same day are two counts far apart: a conflict.
    const plain = report('a', 'The toll rose to 48; 19 were found in the morning.', [['48', 48], ['19', 19]])
    expect(judge(plain, b).verdict).toBe('conflict')
  })
})
