import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// French ranges: "du … au …", "entre … et …", "de … à …", a bare "à" or dash; a night across two days.
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'Le salon se tient du 11 au 14 novembre à Dakar.', span: 'du 11 au 14 novembre', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14', qualifier: 'range' },
  { text: 'Les combats ont repris entre le 11 et le 14 novembre.', span: 'entre le 11 et le 14 novembre', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { text: 'Entre le 26 octobre et le 9 novembre, 38 990 personnes ont fui.', span: 'Entre le 26 octobre et le 9 novembre', kind: 'daterange', lo: '2025-10-26', hi: '2025-11-09' },
  { text: 'Dans la nuit du dimanche 10 au lundi 11 septembre, les barrages ont cédé.', span: 'du dimanche 10 au lundi 11 septembre', kind: 'daterange', lo: '2023-09-10', hi: '2023-09-11', published: '2023-09-17' },
  { text: 'Dans la nuit de dimanche à lundi, les barrages ont cédé.', span: 'de dimanche à lundi', kind: 'daterange', lo: '2023-09-10', hi: '2023-09-11', published: '2023-09-12' },
  { text: 'Le séisme a frappé dans la nuit du 8 au 9 septembre.', span: 'du 8 au 9 septembre', kind: 'daterange', lo: '2025-09-08', hi: '2025-09-09' },
  { text: "Entre 250.000 et 300.000 habitants ont perdu leur toit.", span: 'Entre 250.000 et 300.000', kind: 'count', lo: 250000, hi: 300000, qualifier: 'range' },
  { text: 'Une facture comprise entre trois et cinq milliards de dollars.', span: 'entre trois et cinq milliards de dollars', kind: 'money', lo: 3e9, hi: 5e9, unit: 'USD' },
  { text: 'Les témoignages font état de 400 à 750 personnes à bord.', span: '400 à 750', kind: 'count', lo: 400, hi: 750 },
  { text: 'Il risque de 3 à 7 ans de prison.', span: 'de 3 à 7 ans', kind: 'duration', lo: 3, hi: 7, unit: 'year' },
  { text: "L'Élysée a promis un hôpital sous 24 à 48 heures.", span: '24 à 48 heures', kind: 'duration', lo: 24, hi: 48, unit: 'hour' },
  { text: 'On compte entre 300 et 650 morts.', span: 'entre 300 et 650', kind: 'count', lo: 300, hi: 650 },
  // Two days of one month named together.
  { text: 'Des pluies diluviennes sont tombées les 29 et 30 octobre 2024.', span: '29 et 30 octobre 2024', kind: 'daterange', lo: '2024-10-29', hi: '2024-10-30', published: '2024-11-05' },
  // Two full dates of two months stay two dates.
  { text: 'Les votes ont eu lieu le 3 octobre et 5 novembre 2024.', span: '5 novembre 2024', kind: 'date', lo: '2024-11-05', published: '2024-12-05' },
]

describe('French ranges', () => {
  it.each(cases.map(fr))('$text → $span', (c) => expectCase(c))

  it('an old and a new figure after a verb of change are no range', () => {
    const got = extract("Le nombre de déplacés a triplé, passant de 200 000 à 600 000.", '2025-11-28', 'fr').map((c) => [c.text, c.quantity.lo, c.quantity.hi])
    expect(got).toEqual([['200 000', 200000, 200000], ['600 000', 600000, 600000]])
  })
})
