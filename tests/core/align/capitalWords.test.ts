import { describe, expect, it } from 'vitest'
import { capitalMentions, countryMentions } from '../../../src/core/align/capitalWords'
import { placed, source, topic } from './placed'

// "The capital" names the capital of the country a report is about. Reports written for these tests.

describe('capitalMentions', () => {
  const said = (text: string, name = 'Kyiv') => capitalMentions(text, name).map((s) => text.slice(s.start, s.end))
  it.each([
    ['en', 'Missiles hit Kyiv on Monday. In the capital, 31 people died.', ['the capital']],
    ['fr', 'Des missiles ont frappé Kiev lundi. Dans la capitale, 31 personnes sont mortes.', ['la capitale']],
    ['ar', 'ضربت صواريخ كييف الاثنين. وفي العاصمة قتل 31 شخصا.', ['العاصمة']],
  ] as const)('%s: the bare word', (_lang, text, expected) => {
    expect(said(text)).toEqual(expected)
  })
  it.each([
    ['fr', 'Des missiles ont frappé Kiev. La capitale russe a démenti.'],
    ['fr', "L'Ukraine a été frappée. La capitale régionale a été touchée."],
    ['ar', 'ضربت صواريخ كييف. ونفت العاصمة الروسية ذلك.'],
    ['en', 'Kyiv was hit, and the state capital of Texas sent aid.'],
  ] as const)("%s: another place's capital is not it", (_lang, text) => {
    expect(said(text)).toEqual([])
  })
  it('not in a report that names neither the capital nor its country', () => {
    expect(said('In the capital, 31 people died.')).toEqual([])
  })
})

describe('a toll of the capital beside the country\'s', () => {
  it('"in the capital" places the figure in the capital\'s topic', () => {
    const topics = [topic('kyiv', 'Death toll in Kyiv', 'count'), topic('all', 'Death toll across Ukraine', 'count')]
    const got = placed(source('en-k', 'en', 'Russian missiles killed at least 41 people across Ukraine on Monday, officials said. In the capital, where Tuesday was declared a day of mourning, at least 31 people died.'), topics)
    expect(got.kyiv ?? []).toEqual(['at least 31'])
    expect(got.all ?? []).toEqual(['at least 41'])
  })
})

describe('the whole country, unnamed', () => {
  it.each([
    ['en', 'Missiles struck Ukraine on Monday, killing 43 people nationwide.', ['nationwide']],
    ['fr', "L'Ukraine a été frappée : au moins 43 morts dans l'ensemble du pays.", ["dans l'ensemble du pays"]],
    ['ar', 'ضربت الصواريخ أوكرانيا، وتحدث الرئيس عن نحو أربعين قتيلاً في البلاد.', ['في البلاد']],
  ] as const)('%s: the words name the country of the report', (_lang, text, expected) => {
    expect(countryMentions(text, 'Ukraine').map((s) => text.slice(s.start, s.end))).toEqual(expected)
  })
  it('not for a people, nor in a report that names neither', () => {
    expect(countryMentions('Ukrainians mourned nationwide.', 'Ukrainians')).toEqual([])
    expect(countryMentions('At least 43 died nationwide.', 'Ukraine')).toEqual([])
  })
  it('a toll said of the whole country goes to the country\'s topic, not the capital\'s', () => {
    const topics = [topic('kyiv', 'Death toll in Kyiv', 'count'), topic('all', 'Death toll across Ukraine', 'count')]
    const got = placed(source('ar-k', 'ar', 'قتل 31 شخصا في كييف الاثنين بحسب الإدارة العسكرية في كييف. وتحدث رئيس أوكرانيا عن نحو أربعين قتيلاً في البلاد.'), topics)
    expect(got.all ?? []).toEqual(['نحو أربعين'])
  })
})
