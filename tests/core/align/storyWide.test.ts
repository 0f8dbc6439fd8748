import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { source, topic } from './placed'
import type { Source, Topic } from '../../../src/core/model'

// A topic whose label names the event itself by its name ("the Zelda floods", "cyclone Zelda") is
// about the whole story, however few of its articles use that name; a topic about a part of the
// story's place ("Deaths in the Tarvo region") is never wider than it. Reports written for these tests.

function placedIn(sources: Source[], topics: Topic[]): Record<string, string[]> {
  const claims = sources.flatMap((s) => extractClaims(s))
  const out: Record<string, string[]> = {}
  for (const a of assignClaims(claims, topics, sources)) (out[a.topicId] ??= []).push(claims.find((c) => c.id === a.claimId)!.text)
  for (const k of Object.keys(out)) out[k].sort()
  return out
}

const reports = (arabicToll: string) => [
  source('ar-1', 'ar', `ارتفعت حصيلة ضحايا الفيضانات إلى ${arabicToll} قتيلاً في البلاد، وفق آخر بيان للحماية المدنية.`),
  source('en-1', 'en', 'Storm Zelda dumped a month of rain in a single day. The floods have killed 140 people, officials said.'),
  source('fr-1', 'fr', 'Les inondations ont fait 150 morts dans le pays, selon le dernier bilan officiel.'),
  source('fr-2', 'fr', 'Dans la région de Tarvo, les secours comptent 60 morts, selon la préfecture.'),
]

describe('a topic named for the event itself is about the whole story', () => {
  it.each([['155', '155'], ['١٥٥', '١٥٥']])('every article\'s toll joins it (Arabic digits %s)', (toll, shown) => {
    const got = placedIn(reports(toll), [topic('toll', 'Death toll of the Zelda floods', 'count'), topic('toll-tarvo', 'Deaths in the Tarvo region', 'count')])
    expect(got.toll).toEqual(['140', '150', shown].sort())
    expect(got['toll-tarvo']).toEqual(['60'])
  })
  it('a cyclone named before its name is the event too', () => {
    const got = placedIn(reports('155'), [topic('toll', 'Official death toll of cyclone Zelda', 'count')])
    expect(got.toll).toContain('150')
  })
  it('a name that is no event\'s stays narrow: a toll named for a town needs the town', () => {
    const got = placedIn(reports('155'), [topic('toll', 'Death toll in Zelda', 'count'), topic('toll-tarvo', 'Deaths in the Tarvo region', 'count')])
    expect(got.toll ?? []).not.toContain('150')
  })
})

describe('a topic read from cue words alone names no other place of the story', () => {
  it('the tolls of articles that name the town of another measure still join the event\'s toll', () => {
    const got = placedIn([
      source('ar-1', 'ar', 'ارتفعت حصيلة ضحايا الفيضانات إلى ١٥٥ قتيلاً، وخرج سكان مدينة فالدور للاحتجاج.'),
      source('en-1', 'en', 'Storm Zelda dumped a month of rain in a single day. The floods have killed 140 people, officials said.'),
      source('fr-1', 'fr', 'Les inondations ont fait 150 morts, et la colère gronde à Valdor.'),
    ], [topic('toll', 'Death toll of the Zelda floods', 'count'), topic('sandbags', 'Sandbags handed out in Valdor', 'count')])
    expect(got.toll).toEqual(['140', '150', '١٥٥'].sort())
  })
})

describe('a place another topic names for another measure is no other event', () => {
  const topics = [topic('toll', 'Death toll of the Varna train crash', 'count'), topic('protest', 'Protesters in Velmar', 'count'), topic('soltra', 'Dead in the Soltra sinking', 'count')]
  const reports = [
    source('en-1', 'en', 'The train crash near Varna killed 57 people, officials said.'),
    source('fr-1', 'fr', 'La collision ferroviaire de Varna a fait 57 morts, selon les autorités.'),
    source('ar-1', 'ar', 'ارتفعت حصيلة ضحايا حادث القطار إلى 58 قتيلا، فيما تظاهر الآلاف في فيلمار.'),
    source('en-2', 'en', 'In another disaster, a ferry sank off Soltra on Sunday, killing 20 people.'),
  ]
  it('an article that names the town of the protests still gives the crash\'s toll', () => {
    expect(placedIn(reports, topics).toll).toEqual(['57', '57', '58'])
  })
  it('an article about another event\'s toll does not', () => {
    expect(placedIn(reports, topics).toll ?? []).not.toContain('20')
  })
})

describe('a place a topic names in Latin letters is found under the Arabic spelling of the story\'s reports', () => {
  const reports = (toll: string) => [
    source('en-1', 'en', 'Souissia province counted 45 deaths, officials said.'),
    source('ar-1', 'ar', `توزعت الوفيات حسب الأقاليم: إقليم الدرعوش بـ120 وفاة، يليه إقليم سويسية بـ${toll}.`),
    source('fr-1', 'fr', 'La province de Souissia déplore 47 morts.'),
  ]
  it.each([['47', '47'], ['٤٧', '٤٧']])('the Arabic report\'s count joins it (digits %s)', (toll, shown) => {
    const got = placedIn(reports(toll), [topic('souissia', 'Deaths in Souissia province', 'count'), topic('darouch', 'Deaths in Darouch province', 'count')])
    expect(got.souissia).toEqual(['45', '47', shown].sort())
  })
})

describe('a small number far below every other source\'s count', () => {
  const reports = (stray: string) => [
    source('en-1', 'en', 'The earthquake killed 2,000 people, officials said.'),
    source('fr-1', 'fr', 'Le séisme a fait 2 100 morts, selon le ministère.'),
    source('ar-1', 'ar', `وفي إحدى القرى، قُتل ${stray} بينما كانوا يحاولون الفرار من الزلزال.`),
  ]
  it.each([['3', '3'], ['٣', '٣']])('joins the toll only when its own noun names the measure (digits %s)', (stray) => {
    const t = [topic('toll', 'Death toll of the earthquake', 'count')]
    expect(placedIn(reports(stray), t).toll).toEqual(['2 100', '2,000'])
  })
  it.each([
    ['en', 'In one village, 3 were killed as they tried to flee the earthquake.'],
    ['fr', "Dans un village, 3 ont été tués en tentant de fuir le séisme."],
  ] as const)('%s: the same in the other languages', (lang, text) => {
    const got = placedIn([source('ar-0', 'ar', 'أودى الزلزال بحياة 3100 شخص.'), source('en-0', 'en', 'The earthquake killed 2,000 people.'), source('x', lang, text)], [topic('toll', 'Death toll of the earthquake', 'count')])
    expect(got.toll).toEqual(['2,000', '3100'])
  })
  it('a small count whose own noun names the measure still joins', () => {
    const got = placedIn([...reports('3').slice(0, 2), source('ar-2', 'ar', 'وفي إحدى القرى، سُجّل 3 قتلى بعد انهيار منزل بسبب الزلزال.')], [topic('toll', 'Death toll of the earthquake', 'count')])
    expect(got.toll).toContain('3')
  })
})
