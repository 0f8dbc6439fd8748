import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { isSinceDate } from '../../../src/core/align/candidateSince'
import type { Lang, Source } from '../../../src/core/model'

// A length of time since an event, on reports written for these tests: days after it say again
// which day it was; minutes between its blasts measure how it unfolded, a topic of their own.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-14', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ kind: c.kind, concept: c.concept, figures: c.claims.map(text).sort() }))
}

describe('discoverCandidates: lengths of time beside the date of an event', () => {
  it('minutes between two blasts are not the day of the blasts', () => {
    const found = candidates([
      source('a', 'en', 'The explosion struck the market on Tuesday 12 March. A second explosion followed 20 minutes after the first.', 'Wire A'),
      source('b', 'fr', "L'explosion a frappé le marché le mardi 12 mars. Une deuxième explosion a suivi 25 minutes après la première.", 'Journal B'),
    ])
    const dates = found.filter((f) => f.kind === 'date' && f.concept === 'explosion')
    expect(dates).toHaveLength(1)
    expect(dates[0].figures.some((t) => /minutes/.test(t))).toBe(false)
    expect(found.find((f) => f.kind === 'duration')?.figures).toEqual(['20 minutes', '25 minutes'])
  })
})

describe('isSinceDate', () => {
  it.each([
    ['en', 'Mobile networks have been down since Monday, residents said.', 'since Monday', true],
    ['fr', 'Les écoles sont fermées depuis le lundi 4 mars.', 'depuis le lundi 4 mars', true],
    ['ar', 'المدارس مغلقة منذ يوم الاثنين الماضي.', 'منذ يوم الاثنين الماضي', true],
    ['en', 'The storm struck on Monday, officials said.', 'on Monday', false],
  ] as [Lang, string, string, boolean][])('%s: %s', (lang, text, figure, since) => {
    const at = text.indexOf(figure)
    const c = extractClaims(source('x', lang, text, 'x')).find((x) => x.span.start >= at && x.span.end <= at + figure.length)
    expect(c).toBeDefined()
    expect(isSinceDate(c!, text)).toBe(since)
  })
})

describe('discoverCandidates: the start of what still lasts', () => {
  it('days two reports give as "since" are a candidate of their own, apart from the day of the event', () => {
    const found = candidates([
      source('a', 'en', 'The riots broke out on Friday 8 March. Mobile networks have been down since Sunday 10 March, residents said.', 'Wire A'),
      source('b', 'fr', "Les émeutes ont éclaté le vendredi 8 mars. Les réseaux mobiles sont coupés depuis le dimanche 10 mars.", 'Journal B'),
      source('c', 'ar', 'اندلعت أعمال الشغب يوم الجمعة 8 مارس، والشبكات مقطوعة منذ الأحد 10 مارس.', 'Site C'),
    ])
    const since = found.filter((f) => f.figures.some((t) => /10 mar|10 مارس/i.test(t)))
    expect(since).toHaveLength(1)
    expect(since[0].figures).toHaveLength(3)
    expect(since[0].figures.every((t) => /since|depuis|منذ|10/.test(t))).toBe(true)
    expect(since[0].figures.some((t) => /8/.test(t))).toBe(false)
  })
})

describe('discoverCandidates: starts other reports give, on a day a candidate dates', () => {
  // The shutdown began the day a photographer was killed at the protests: "since Thursday" in three
  // reports is the start of the shutdown, not three more figures of the protests' dates.
  const reports = [
    source('a', 'en', 'At least 40 people have been killed in the protests this week. A photographer was killed on 14 March while covering the protests. Internet has been down since Thursday.', 'Wire A'),
    source('b', 'fr', 'Les manifestations ont fait 40 morts cette semaine. Depuis jeudi, internet est coupé dans tout le pays.', 'Journal B'),
    source('c', 'ar', 'قتل 40 شخصا في الاحتجاجات هذا الأسبوع. والإنترنت مقطوع منذ الخميس.', 'Site C'),
  ]
  it('are a candidate of their own, and the protests keep their own dates', () => {
    const found = candidates(reports)
    expect(found.find((f) => f.figures.includes('since Thursday'))?.figures).toEqual(['Depuis jeudi', 'since Thursday', 'منذ الخميس'].sort())
    expect(found.find((f) => f.concept === 'protest' && f.kind === 'date')?.figures).toEqual(['14 March', 'cette semaine', 'this week', 'هذا الأسبوع'].sort())
  })
})

describe('discoverCandidates: starts on the day their candidate dates', () => {
  it('say again when its event began, and stay its figures', () => {
    const found = candidates([
      source('a', 'en', 'At least 40 people have been killed in the protests. The siege of the town began on Monday 4 March. The town has been under siege since 4 March.', 'Wire A'),
      source('b', 'fr', 'Les manifestations ont fait 40 morts. Le siège de la ville a commencé le lundi 4 mars. La ville est assiégée depuis le 4 mars.', 'Journal B'),
      source('c', 'ar', 'قتل 40 شخصا في الاحتجاجات. وبدأ حصار المدينة يوم الاثنين 4 مارس.', 'Site C'),
    ])
    const starts = found.filter((f) => f.figures.some((t) => /since 4 March|depuis le 4 mars/i.test(t)))
    expect(starts).toHaveLength(1)
    expect(starts[0].figures.some((t) => /4 mars|4 March|4 مارس/.test(t))).toBe(true)
  })
})
