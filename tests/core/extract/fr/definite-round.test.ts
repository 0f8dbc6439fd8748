import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// A round number named with the definite article is a figure about that number, the noun alone
// in the span; a verb of exceeding or reaching qualifies it ("dépasse le millier" more than 1000).
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'Peut-être approcherons-nous le millier.', span: 'millier', kind: 'count', lo: 1000, qualifier: 'about' },
  { text: 'Le nombre de disparus avoisine le millier.', span: 'millier', kind: 'count', lo: 1000, qualifier: 'about' },
  { text: 'Le nombre de morts dépasse le millier.', span: 'millier', kind: 'count', lo: 1000, hi: null, qualifier: 'more-than' },
  { text: 'Le bilan dépasse désormais la centaine.', span: 'centaine', kind: 'count', lo: 100, hi: null, qualifier: 'more-than' },
  { text: 'Le bilan a franchi la barre du millier.', span: 'millier', kind: 'count', lo: 1000, qualifier: 'about' },
  { text: "Le cortège comptait à peine la vingtaine de manifestants annoncée.", span: 'vingtaine', kind: 'count', lo: 20, qualifier: 'about' },
  { text: "Le convoi a parcouru l'équivalent de la soixantaine de kilomètres prévus.", span: 'soixantaine de kilomètres', kind: 'count', lo: 60, unit: 'km', qualifier: 'about' },
]

describe('French round numbers with the definite article', () => {
  it.each(cases.map(fr))('$text → $span', (c) => expectCase(c))
})

describe('what stays as it was', () => {
  it.each([
    ['Ils étaient un millier de manifestants.', 'un millier', 1000, 1000],
    ['Des milliers de personnes ont fui.', 'Des milliers', 2000, 9999],
    ['Les milliers de sinistrés attendent.', 'milliers', 2000, 9999],
  ] as const)('%s', (text, span, lo, hi) => {
    const c = extract(text, '2025-11-28', 'fr').find((x) => x.text === span)
    expect(c && [c.quantity.lo, c.quantity.hi]).toEqual([lo, hi])
  })
  it('a round noun with no article before it is no figure here ("par centaines" is read elsewhere or not at all)', () => {
    expect(extract('Ils arrivaient par centaine.', '2025-11-28', 'fr').map((c) => c.text)).toEqual([])
  })
})
