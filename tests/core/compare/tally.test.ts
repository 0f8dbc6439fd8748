import { describe, expect, it } from 'vitest'
import { compareTopic } from '../../../src/core/compare'
import { countGoesOn, tallyStage } from '../../../src/core/compare/tally'
import type { Claim, Quantity, Source, Topic } from '../../../src/core/model'

// The votes of a ballot already held do not move, but their count does until it ends: a tally
// under way ("after counting 60 % of the ballots"), then a later one, or preliminary results then
// the final ones, are steps of one count (a series), not two accounts that disagree.

let n = 0
function report(id: string, text: string, words: string, x: number, published: string, lang: Source['lang'] = 'en', who: string | null = null): { source: Source; claims: Claim[] } {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" not in ${id}`)
  n++
  const quantity: Quantity = { kind: 'count', lo: x, hi: x, unit: null, per: null, precision: 'exact', qualifier: null }
  const attribution = who ? { who, cue: 'said', span: { start: text.indexOf(who), end: text.indexOf(who) + who.length } } : null
  const claim: Claim = { id: `${id}:${n}`, source: id, span: { start, end: start + words.length }, text: words, quantity, counted: null, sentence: { start: 0, end: text.length }, attribution, scopes: [] }
  return { source: { id, title: id, outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news', origin: 'imported', text, lang, published, window: null, url: null }, claims: [claim] }
}
const votes: Topic = { id: 'v', label: { en: 'Votes for the winner', ar: 'أصوات الفائز' }, entity: { name: '', aliases: [] }, measure: 'votes', kind: 'count', cues: [], scope: null, time: null, concept: 'votes' }
const judge = (...rs: { source: Source; claims: Claim[] }[]) => compareTopic(votes, rs.flatMap((r) => r.claims), new Map(rs.map((r) => [r.source.id, r.source])), new Map(), [])
const stageOf = (text: string) => tallyStage({ sentence: { start: 0, end: text.length } }, text)

describe('the stage of a ballot\'s count', () => {
  it.each([
    ['After counting 62% of the ballots, the mayor had 1,204,330 votes.', 'partial'],
    ['With 80 per cent of polling stations reporting, she leads with 2.1 million votes.', 'partial'],
    ['Counting is still under way; so far 1.2 million votes have gone to him.', 'partial'],
    ['Selon des résultats partiels, le candidat obtient 1 204 330 voix.', 'partial'],
    ['Après le dépouillement de 62 % des bulletins, il recueille 1 204 330 voix.', 'partial'],
    ['وبعد فرز 62% من الأصوات، حصل المرشح على مليون و204 آلاف صوت.', 'partial'],
    ['ولا يزال الفرز مستمرا، وقد حصل المرشح على 1.2 مليون صوت.', 'partial'],
    ['The preliminary results give him 2,607,884 votes.', 'preliminary'],
    ['D’après les résultats provisoires, le oui recueille 2 607 884 voix.', 'preliminary'],
    ['وأظهرت النتائج الأولية حصوله على 2.6 مليون صوت.', 'preliminary'],
    ['The final results give him 2,611,003 votes.', 'final'],
    ['La cour a proclamé les résultats définitifs : 2 611 003 voix.', 'final'],
    ['وأعلنت المحكمة النتائج النهائية: 2.61 مليون صوت.', 'final'],
    ['Voters cast 2,607,884 ballots on Sunday.', null],
    ['Les électeurs ont déposé 2 607 884 bulletins dans les urnes.', null],
  ])('%s → %s', (text, stage) => {
    expect(stageOf(text)).toBe(stage)
  })

  it('a count under way, or two known stages, is the count going on; one stage, or none known, is not', () => {
    expect(countGoesOn('partial', null)).toBe(true)
    expect(countGoesOn('preliminary', 'final')).toBe(true)
    expect(countGoesOn('preliminary', 'preliminary')).toBe(false)
    expect(countGoesOn('preliminary', null)).toBe(false)
    expect(countGoesOn(null, null)).toBe(false)
  })
})

describe('votes counted on election night, then again', () => {
  it('one commission\'s partial tally, then its next one, is a series in any language', () => {
    const night = report('night', 'وبعد فرز 62% من الأصوات، قالت الهيئة إن المرشح حصل على 1204330 صوتا.', '1204330', 1_204_330, '2031-05-11', 'ar', 'الهيئة')
    const next = report('next', 'The commission said the mayor won 1,912,448 votes.', '1,912,448', 1_912_448, '2031-05-12', 'en', 'The commission')
    const c = judge(night, next)
    expect(c.verdict).toBe('time-series')
    expect(c.explanation.en).toMatch(/changes over time/)
  })

  it('preliminary results, then the final ones, are a series; two outlets\' partial counts of two days too', () => {
    const pre = report('pre', 'Les résultats préliminaires lui donnent 2 607 884 voix.', '2 607 884', 2_607_884, '2031-05-12', 'fr')
    const fin = report('fin', 'The final results give him 2,611,003 votes.', '2,611,003', 2_611_003, '2031-05-20')
    expect(judge(pre, fin).verdict).toBe('time-series')
    const a = report('a', 'With 40% of precincts reporting, he had 800,112 votes.', '800,112', 800_112, '2031-05-11')
    const b = report('b', 'He won 1,912,448 votes, the commission said.', '1,912,448', 1_912_448, '2031-05-13', 'en', 'the commission')
    expect(judge(a, b).verdict).toBe('time-series')
  })

  it('one preliminary count relayed two ways on two days is still a conflict', () => {
    const a = report('a', 'The preliminary results give him 2,607,884 votes.', '2,607,884', 2_607_884, '2031-05-12')
    const b = report('b', 'Selon les résultats préliminaires, il obtient 2 607 484 voix.', '2 607 484', 2_607_484, '2031-05-14', 'fr')
    expect(judge(a, b).verdict).toBe('conflict')
  })
})
