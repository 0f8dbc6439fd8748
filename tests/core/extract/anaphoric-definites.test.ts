import { describe, expect, it } from 'vitest'
import { extract } from './helpers'

// A small number word after a definite determiner, before a noun the text already used, refers
// back to things already named ("the two sides" after the army and the rebels): no new figure.
// At the noun's first mention it counts ("les deux barrages qui retiennent l'oued ont cédé").
const CASES: { lang: 'en' | 'fr'; text: string; word: string; counts: boolean }[] = [
  { lang: 'fr', text: "La France et le Niger ont négocié. Chaque partie a cédé, même si les deux parties restent divisées.", word: 'deux', counts: false },
  { lang: 'fr', text: "Les blessés ont été conduits à l'hôpital Donka et dans un autre établissement. Les deux établissements sont saturés.", word: 'deux', counts: false },
  { lang: 'fr', text: "Dans la nuit, les deux barrages qui retiennent l'oued ont cédé.", word: 'deux', counts: true },
  { lang: 'fr', text: "Il y a 1 700 morts dans l'un des deux districts de la ville.", word: 'deux', counts: true },
  { lang: 'fr', text: 'Trois navires ont chaviré. Les trois navires transportaient 400 personnes.', word: 'trois', counts: false },
  { lang: 'en', text: 'The army and the rebels met in Jeddah. Each side blamed the other, and the two sides left without a deal.', word: 'two', counts: false },
  { lang: 'en', text: 'The two dams above the city burst overnight.', word: 'two', counts: true },
  { lang: 'en', text: 'Two ships sank and the 300 ships nearby did nothing.', word: '300', counts: true },
  // A large number refers back only to the same number given for the same noun (or for none).
  { lang: 'en', text: 'The floods destroyed 300 homes. The army sent the 300 soldiers of its river brigade.', word: '300', counts: true },
  { lang: 'en', text: 'Rescuers recovered 450 bodies by Friday. Of the 450 bodies, 120 were children.', word: '450', counts: false },
  { lang: 'en', text: 'Storms killed at least 57 in the north. Officials said 12 children were among the 57 victims.', word: '57', counts: false },
  { lang: 'fr', text: "La crue a détruit 250 maisons. La préfecture a dépêché les 250 gendarmes de la région.", word: '250', counts: true },
  { lang: 'fr', text: "Le bilan s'établit à 612 morts. Parmi les 612 morts figurent 80 enfants.", word: '612', counts: false },
]

describe('definite small numbers that refer back', () => {
  it.each(CASES)('$lang: $text ($word counts: $counts)', ({ lang, text, word, counts }) => {
    const at = text.lastIndexOf(word)
    const found = extract(text, '2025-11-28', lang).some((c) => c.span.start <= at && c.span.end >= at + word.length)
    expect(found).toBe(counts)
  })
})

describe('another noun of people takes up a large number, unless a participle tells a count of its own', () => {
  it.each([
    { lang: 'en' as const, text: 'The storm killed at least 61 people. Of the 61 victims, 40 were children.', word: '61', counts: false },
    { lang: 'en' as const, text: 'At least 93 people are confirmed dead. The 93 bodies recovered so far are being identified.', word: '93', counts: true },
    { lang: 'fr' as const, text: 'Au moins 93 personnes sont mortes. Les 93 corps retrouvés jusqu’ici seront identifiés.', word: '93', counts: true },
  ])('$lang: $text ($word counts: $counts)', ({ lang, text, word, counts }) => {
    const at = text.lastIndexOf(word)
    expect(extract(text, '2025-11-28', lang).some((c) => c.span.start <= at && c.span.end >= at + word.length)).toBe(counts)
  })
})
