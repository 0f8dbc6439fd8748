import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { scopeIn } from '../../../src/core/align/candidateScopes'
import type { Lang, Source } from '../../../src/core/model'

// A toll said of the whole country ("nationwide", "dans l'ensemble du pays", "على مستوى البلاد")
// and one said of the capital ("in the capital", "dans la capitale", "في العاصمة") are two figures
// a reader names. Reports written for these tests; Velmora does not exist.

const source = (id: string, lang: Lang, text: string, outlet: string): Source => ({ id, lang, text, outlet, title: id, published: '2024-03-12', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

function candidates(sources: Source[]) {
  const claims = sources.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  return discoverCandidates(claims, sources).map((c) => ({ label: c.label?.en, ar: c.label?.ar, figures: c.claims.map(text).sort(), c }))
}

/** The whole the figure `figure` of a one-sentence text is said of, read up to `until` (the next figure) or the sentence's end. */
function wholeOf(text: string, figure: string, until?: string): string | null {
  const at = text.indexOf(figure)
  return scopeIn(text, { start: 0, end: until ? text.indexOf(until) : text.length }, { span: { start: at, end: at + figure.length } })
}

describe('scopeIn', () => {
  it.each([
    ['The strikes killed 46 people nationwide.', '46', 'country'],
    ['Les frappes ont fait au moins 45 morts dans l’ensemble du pays.', '45', 'country'],
    ["Les frappes ont fait au moins 45 morts dans l'ensemble du pays.", '45', 'country'],
    ['وبلغت الحصيلة على مستوى البلاد 46 قتيلا.', '46', 'country'],
    ['Thirty people died in the capital.', 'Thirty', 'capital'],
    ['وقُتل في العاصمة 30 شخصا.', '30', 'capital'],
    ['The strikes killed 12 people at the market.', '12', null],
  ] as [string, string, string | null][])('%s', (text, figure, whole) => {
    expect(wholeOf(text, figure)).toBe(whole)
  })

  it('the words right after a figure, up to a comma, say its whole before those said before it', () => {
    expect(wholeOf('33 morts dans la capitale et au moins 43 dans l’ensemble du pays.', '33', '43')).toBe('capital')
    expect(wholeOf('وقُتل في الهجوم على العاصمة 33 شخصا، فيما بلغت الحصيلة على مستوى البلاد 43 قتيلا.', '33', '43')).toBe('capital')
    expect(wholeOf('In the capital, officials counted 46 dead nationwide.', '46')).toBe('country')
  })
})

describe('discoverCandidates: the country and its capital', () => {
  it('a toll said of the capital and one said of the whole country, each by two reports, are two candidates', () => {
    const found = candidates([
      source('a', 'en', 'The Korvath missile barrage killed at least 45 people nationwide on Monday, officials said, and 30 people died in the capital.', 'Wire A'),
      source('b', 'fr', 'Les frappes de missiles Korvath de lundi ont fait 30 morts dans la capitale, selon la mairie.', 'Journal B'),
      source('c', 'ar', 'وقُتل في هجوم صواريخ كورفاث على العاصمة 31 شخصا، فيما بلغت الحصيلة على مستوى البلاد 46 قتيلا.', 'Site C'),
      source('d', 'en', 'The Korvath missile strikes killed 46 people across the country, the president said.', 'Paper D'),
      source('e', 'en', 'Rescuers said 12 people were killed at a market in Velmora, and officials said the Korvath missile attack killed 45 people.', 'Paper E'),
      source('f', 'fr', "L'attaque de missiles Korvath contre le marché de Velmora a fait 12 morts, et les frappes ont tué au moins 44 personnes.", 'Journal F'),
    ])
    const capital = found.find((f) => f.label === 'death toll in the capital')
    expect(capital?.figures).toEqual(['30', '30', '31'])
    expect(capital?.ar).toBe('حصيلة القتلى في العاصمة')
    expect(found.find((f) => f.label === 'death toll in the country')?.figures).toEqual(['46', '46', 'at least 45'])
  })

  it('a toll only one report says of the capital splits nothing', () => {
    const found = candidates([
      source('a', 'en', 'The strikes killed 46 people nationwide and 30 in the capital.', 'Wire A'),
      source('b', 'en', 'The strikes killed 46 people across the country, the president said.', 'Paper B'),
      source('c', 'fr', 'Les frappes ont fait 46 morts, selon la présidence.', 'Journal C'),
    ])
    expect(found.some((f) => f.label === 'death toll in the capital')).toBe(false)
  })
})
