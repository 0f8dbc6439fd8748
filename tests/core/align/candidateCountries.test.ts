import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { countriesIn, countryKey, countryNamed, countriesOfKey } from '../../../src/core/align/candidateCountries'
import { clauseFinder, ownStretch } from '../../../src/core/align/storyPlaces'
import type { Lang, Source } from '../../../src/core/model'

// The countries a figure is counted in, on sentences written for these tests.

const source = (lang: Lang, text: string): Source => ({ id: 's', lang, text, outlet: 's', title: 's', published: '2024-05-02', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

/** The countries of the figure whose text is `figure`, read in its own stretch as discover.ts reads it. */
function countriesOf(lang: Lang, text: string, figure: string): string[] {
  const ordered = extractClaims(source(lang, text)).sort((a, b) => a.span.start - b.span.start)
  const i = ordered.findIndex((c) => c.text === figure)
  expect(i).toBeGreaterThanOrEqual(0)
  const c = ordered[i]
  return countriesIn(text, ownStretch(c, clauseFinder(text)(c), ordered, i), c)
}

describe('countryNamed', () => {
  it.each([
    ['Syria', 'Syria'], ['Turquie', 'Turkey'], ['وفي', null], ['بتركيا', 'Turkey'], ['وسوريا', 'Syria'], ["l'Algérie", 'Algeria'],
    // A people says who was counted, not where.
    ['Syrians', null], ['syriens', null], ['السوريين', null],
  ])('%s → %s', (word, country) => {
    expect(countryNamed(word)).toBe(country)
  })
})

describe('countriesIn', () => {
  it.each([
    { lang: 'en' as Lang, text: 'Rescuers in Syria counted 812 dead by nightfall.', figure: '812', countries: ['Syria'] },
    { lang: 'en' as Lang, text: 'In Syria, the ministry counted 812 dead and 1,204 injured.', figure: '1,204', countries: ['Syria'] },
    { lang: 'fr' as Lang, text: 'En Turquie, les secours ont dénombré 2 310 morts.', figure: '2 310', countries: ['Turkey'] },
    { lang: 'ar' as Lang, text: 'وفي تركيا، أعلنت السلطات أن الحصيلة بلغت 2310 قتلى.', figure: '2310', countries: ['Turkey'] },
    { lang: 'en' as Lang, text: 'Floods in Chad and Niger: 145 dead so far.', figure: '145', countries: ['Chad', 'Niger'] },
    // A people word in the figure's words is no place; nor is a country of another clause after it.
    { lang: 'en' as Lang, text: 'The ship carried 61 Syrians, officials said, before it sank off Greece.', figure: '61', countries: [] },
  ])('$text', ({ lang, text, figure, countries }) => {
    expect(countriesOf(lang, text, figure)).toEqual(countries)
  })
})

describe('countryKey', () => {
  it('one key for the same countries in any order, and back', () => {
    expect(countryKey(['Turkey', 'Syria'])).toBe('=Syria+Turkey')
    expect(countryKey(['Syria', 'Turkey'])).toBe('=Syria+Turkey')
    expect(countriesOfKey('=Syria+Turkey')).toEqual(['Syria', 'Turkey'])
  })
})
