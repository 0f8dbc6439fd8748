import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// Parts of a day around a weekday or a day counted from publication, in the date's span: "the
// early hours of Monday morning", "Friday (June 7) night", "this evening", "ce soir", "tôt
// demain matin", "l'après-midi de mercredi". Published Wednesday 2024-06-12.
const P = '2024-06-12'
const en = (c: Omit<Case, 'kind' | 'published' | 'lang'>): Case => ({ ...c, kind: 'date', published: P, lang: 'en' })
const fr = (c: Omit<Case, 'kind' | 'published' | 'lang'>): Case => ({ ...c, kind: 'date', published: P, lang: 'fr' })

const cases: Case[] = [
  en({ text: 'The ferry sank in the early hours of Monday morning.', span: 'early hours of Monday morning', lo: '2024-06-10' }),
  en({ text: 'Looters struck in the small hours of Sunday.', span: 'small hours of Sunday', lo: '2024-06-09' }),
  en({ text: 'Gunmen opened fire on Friday (June 7) night.', span: 'Friday (June 7) night', lo: '2024-06-07' }),
  en({ text: 'The council will vote this evening.', span: 'this evening', lo: '2024-06-12' }),
  en({ text: 'Crews expect to finish tonight.', span: 'tonight', lo: '2024-06-12' }),
  fr({ text: 'Un bus a percuté ce soir un camion.', span: 'ce soir', lo: '2024-06-12' }),
  fr({ text: 'Le ministre se rendra sur place tôt demain matin.', span: 'tôt demain matin', lo: '2024-06-13' }),
  fr({ text: "Dans l'après-midi de lundi, la foule s'est dispersée.", span: 'après-midi de lundi', lo: '2024-06-10' }),
  fr({ text: 'Tard mardi soir, les secours sont arrivés.', span: 'Tard mardi soir', lo: '2024-06-11' }),
]

describe('parts of a day', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('leaves "plus tôt" out and reads a night across two days as a range', () => {
    expect(extract('Un peu plus tôt lundi, la police a parlé.', P, 'fr').map((c) => c.text)).toEqual(['lundi'])
    expect(extract('Dans la nuit de lundi à mardi, le fleuve a débordé.', P, 'fr').map((c) => [c.text, c.quantity.kind])).toEqual([['de lundi à mardi', 'daterange']])
    expect(extract('Dans la nuit du dimanche 9 au lundi 10 juin, le fleuve a débordé.', P, 'fr').map((c) => c.text)).toEqual(['du dimanche 9 au lundi 10 juin'])
  })
})
