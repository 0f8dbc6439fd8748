import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates, listMeasures } from '../../../src/core/align/discover'
import { measuresOf } from '../../../src/core/align/measureOf'
import { countryOf, peopleNamed } from '../../../src/core/align/facets'
import type { Lang, Source } from '../../../src/core/model'

// A list of peoples counts one measure throughout, though its measure's word stands near one of
// its items only; sentences written for these tests, in Arabic, English and French.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2025-03-04', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

/** The measure each figure of a report's list takes from its list, by the figure's text. */
function listed(lang: Lang, text: string): Record<string, string | undefined> {
  const s = source('s', lang, text)
  const claims = extractClaims(s).sort((a, b) => a.span.start - b.span.start)
  const readings = measuresOf(claims, text, lang)
  const named = (c: (typeof claims)[number]) => peopleNamed(c, text).some((w) => !!countryOf(w))
  const out = listMeasures(claims, named, readings, text)
  return Object.fromEntries(claims.map((c) => [c.text, (out.get(c) ?? readings.get(c.id))?.concept?.id]))
}

describe('listMeasures', () => {
  it.each([
    ['en', 'The 11 foreigners killed came from four countries: five from Kenya, four from Uganda, one from Tanzania and one from Rwanda.', ['five', 'four']],
    ['fr', "Les 11 étrangers tués venaient de quatre pays : cinq du Kenya, quatre d'Ouganda, un de Tanzanie et un du Rwanda.", ['cinq', 'quatre']],
    ['ar', 'وتعود جنسيات القتلى الأجانب إلى 4 دول: 5 من كينيا، و3 من أوغندا، و2 من تنزانيا، وقتيل واحد من رواندا.', ['5', '3']],
  ] as [Lang, string, string[]][])('%s: every people of the list counts the dead, not the countries', (lang, text, items) => {
    const m = listed(lang, text)
    for (const t of items) expect(m[t]).toBe('killed')
  })

  it('a people named in another sentence is no item of the list', () => {
    const m = listed('en', 'The fire killed one man from Rwanda. Aid came from four countries: five from Kenya, four from Uganda.')
    expect(m.five).not.toBe('killed')
  })
})

describe('discoverCandidates: the dead of one people named in a list', () => {
  it('reports that count one people in a list of countries each give a candidate for that people', () => {
    const reports = [
      source('a', 'en', 'The fire killed 31 people. The 13 foreigners killed came from four countries: six from Kenya, four from Uganda, two from Tanzania and one from Rwanda.'),
      source('b', 'ar', 'أودى الحريق بحياة 31 شخصا. وتعود جنسيات القتلى الأجانب إلى 4 دول: 5 من كينيا، و3 من أوغندا، و2 من تنزانيا، وقتيل واحد من رواندا.'),
      source('c', 'fr', "L'incendie a fait 31 morts. Les 15 étrangers tués venaient de quatre pays : sept du Kenya, cinq d'Ouganda, deux de Tanzanie et un du Rwanda."),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const uganda = discoverCandidates(claims, reports).find((c) => c.entity === 'Uganda')
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    expect(uganda?.claims.map(text).sort()).toEqual(['3', 'cinq', 'four'])
    expect(uganda?.label?.ar).toMatch(/أوغندا/)
    expect(uganda?.label?.ar).not.toMatch(/[A-Za-z]/)
  })
})
