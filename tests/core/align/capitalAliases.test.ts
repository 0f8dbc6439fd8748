import { describe, expect, it } from 'vitest'
import { seatNames } from '../../../src/core/entities/countries'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// A topic named for a capital finds it in every language, also where the spellings share no
// letters: "Distance from Cairo" is about "Le Caire" in French and "القاهرة" in Arabic. Sentences written for these tests; Velmora does not exist.

describe('seatNames', () => {
  it('gives every spelling of a capital, and the name itself otherwise', () => {
    expect(seatNames('Bagdad')).toEqual(expect.arrayContaining(['Baghdad', 'بغداد']))
    expect(seatNames('Velmora')).toEqual(['Velmora'])
  })
})

describe('placement: a topic named for a capital, in the three languages', () => {
  it.each([
    ['en', 'The new town of Velmora is being built 120 kilometres west of Cairo.', '120 kilometres'],
    ['fr', 'La ville nouvelle de Velmora sort de terre à 120 kilomètres à l’ouest du Caire.', '120 kilomètres'],
    ['ar', 'وتُبنى مدينة فيلمورا الجديدة على بعد 120 كيلومترا غرب القاهرة.', '120 كيلومترا'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, figure) => {
    const got = placed(source('r', lang, text), [topic('k', 'Distance from Alexandria', 'count'), topic('d', 'Distance from Cairo', 'count')])
    expect(got.d).toEqual([figure])
    expect(got.k).toBeUndefined()
  })
})
