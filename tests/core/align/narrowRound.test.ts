import { describe, expect, it } from 'vitest'
import { reportRound, roundIn, roundNear } from '../../../src/core/align/narrowRound'
import { sentences } from '../../../src/core/text/segment'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// An election in two rounds gives each measure twice. Reports written for these tests, about a
// country and candidates that do not exist.

describe('roundIn: the round a topic names', () => {
  it.each([
    ['Runoff turnout', 2], ['First-round date', 1], ["Varga's second-round votes", 2],
    ['Participation au premier tour', 1], ['Date du second tour', 2],
    ['نسبة المشاركة في الجولة الثانية', 2], ['موعد الجولة الأولى', 1],
    ['Overall turnout', undefined],
  ] as [string, number | undefined][])('%s → %s', (label, round) => {
    expect(roundIn(label)).toBe(round)
  })
})

describe('roundNear: the round a sentence names before its figure', () => {
  it('reads the mentions where the text has them, vowel marks and all', () => {
    const text = 'وَفِي الْجَوْلَةِ الْأُولَى بَلَغَتْ نِسْبَةُ الْمُشَارَكَةِ فِي الِانْتِخَابَاتِ الرِّئَاسِيَّةِ الْمُبَكِّرَةِ الَّتِي جَرَتْ يَوْمَ الْجُمُعَةِ الْمَاضِي 39 فِي الْمِئَةِ، قَبْلَ الْجَوْلَةِ الثَّانِيَةِ.'
    const at = text.indexOf('39')
    expect(roundNear(text, { start: 0, end: text.length }, { start: at, end: at + 2 })).toBe(1)
  })
})

describe('reportRound: the round a report gives results of', () => {
  const round = (text: string, published = '2025-05-12') => reportRound(text, sentences(text), published)
  it.each([
    ['en', 'Velmora heads to a runoff after no candidate won a majority. Varga took 41% of the vote.', 1],
    ['en', 'Varga wins Velmora run-off. She took 54% of the vote.', 2],
    ['fr', 'Varga et Ostrov qualifiés pour le second tour. Varga a obtenu 41 % des voix au premier tour.', 1],
    ['fr', 'Les deux candidats se départageront lors du second tour, le 25 mai. Varga a recueilli 41 % des voix.', 1],
    ['fr', 'Varga a remporté le second tour avec 54 % des voix.', 2],
    ['ar', 'الانتخابات في فيلمورا تمتد إلى جولة ثانية. ونالت فارغا 41 في المئة من الأصوات.', 1],
    ['ar', 'جولة إعادة بين فارغا وأوستروف الأحد المقبل. ونالت فارغا 41 في المئة.', 1],
    ['ar', 'فازت فارغا في الجولة الثانية بنسبة 54 في المئة.', 2],
    // (Another year's runoff is recalled, not reported.)
    ['en', 'Varga came first with 41% in the first round. Only once before, in 2005, did a runoff decide the presidency.', 1],
    ['en', 'Turnout was 38% on Sunday.', undefined],
  ] as [Lang, string, number | undefined][])('%s: %s → %s', (_lang, text, expected) => {
    expect(round(text)).toBe(expected)
  })
})

describe('placement: each round\'s figures to its round\'s topic', () => {
  const topics = () => [topic('t1', 'First-round turnout', 'percent'), topic('t2', 'Runoff turnout', 'percent')]
  it.each([
    ['en', 'Velmora heads to a runoff as no candidate secures a majority. Turnout stood at 39%, the electoral commission said.', 't1', '39%'],
    ['en', 'Varga wins Velmora run-off. Turnout stood at 49.8%, the electoral commission said.', 't2', '49.8%'],
    ['fr', 'Varga et Ostrov qualifiés pour le second tour. La participation a atteint 39 %, selon la commission électorale.', 't1', '39 %'],
    ['fr', 'Varga remporte le second tour. La participation a atteint 49,8 %, selon la commission électorale.', 't2', '49,8 %'],
    ['ar', 'الانتخابات في فيلمورا تمتد إلى جولة ثانية. وبلغت نسبة المشاركة 39 في المئة بحسب اللجنة الانتخابية.', 't1', '39 في المئة'],
    ['ar', 'فارغا تفوز في الجولة الثانية. وبلغت نسبة المشاركة 49.8 في المئة بحسب اللجنة الانتخابية.', 't2', '49.8 في المئة'],
  ] as [Lang, string, string, string][])('%s: %s', (lang, text, id, figure) => {
    const got = placed(source('r', lang, text), topics())
    expect(got[id]).toEqual([figure])
    expect(Object.keys(got)).toEqual([id])
  })

  it('reads the round a sentence names before its report\'s', () => {
    const text = 'Varga wins Velmora run-off with 54% of the vote. Turnout was 49.8%. The first round, on 11 May, had drawn a turnout of only 39%.'
    const got = placed(source('r', 'en', text), topics())
    expect(got.t2).toEqual(['49.8%'])
    expect(got.t1).toEqual(['39%'])
  })
})
