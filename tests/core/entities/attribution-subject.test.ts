import { describe, expect, it } from 'vitest'
import { attributeFigures } from '../../../src/core/entities/attribution'
import type { Lang, QuantityKind } from '../../../src/core/model'
import { check } from './speakerTable'

// A verb's own subject, when one stands before it, is who spoke, or no one: never a speaker carried
// from an earlier sentence. Sentences written for these tests, not taken from the corpus.

// The speaker of a figure in text cut into the sentences given, as the sentence splitter would cut
// it (an abbreviation's full stop ends no sentence).
function speakerIn(lang: Lang, sentences: string[], figure: string, kind: QuantityKind = 'count'): string | null {
  const text = sentences.join(' ')
  let at = 0
  const spans = sentences.map((s) => { const span = { start: at, end: at + s.length }; at += s.length + 1; return span })
  const start = text.indexOf(figure)
  expect(start, `"${figure}" in the text`).toBeGreaterThanOrEqual(0)
  const sentence = spans.find((s) => s.start <= start && start < s.end)!
  return attributeFigures(text, lang, [{ span: { start, end: start + figure.length }, sentence, kind }])[0].attribution?.who ?? null
}

describe('an abbreviation inside a sentence is a word of its subject', () => {
  it.each([
    ['en', ['The weather service said the river would crest on Friday.', 'The U.N. launched an appeal for $20 million to help 90,000 people.'], '$20 million', 'The U.N.'],
    ['en', ['The weather service said the river would crest on Friday.', 'The U.N. launched an appeal for $20 million to help 90,000 people.'], '90,000', null],
    ['en', ['The weather service said the river would crest on Friday.', 'The U.N. launched an appeal for $20 million, a day after releasing $4 million from its reserve.'], '$4 million', null],
    ['en', ['The weather service said the river would crest on Friday.', 'U.S. officials said 35 bridges were closed.'], '35', 'U.S. officials'],
    ['en', ['The weather service said the river would crest on Friday.', 'The E.U. announced 12 relief flights.'], '12', 'The E.U.'],
    ['en', ['Rescuers worked through the night.', 'Governor Ana M. Costa said 400 homes were flooded.'], '400', 'Governor Ana M. Costa'],
    ['fr', ['Le fleuve a débordé mardi.', 'M. Lemoine a indiqué que 70 familles avaient été relogées.'], '70', 'M. Lemoine'],
  ] as [Lang, string[], string, string | null][])('%s: %j → %s', (lang, sentences, figure, who) => expect(speakerIn(lang, sentences, figure, figure.includes('$') ? 'money' : 'count')).toBe(who))
})

describe('a verb whose subject stands before it unread carries no earlier speaker', () => {
  it.each([
    ['en', ['The weather service said the river would crest on Friday.', 'Nearly 300 villages were cut off in what is the worst flood the valley has ever recorded.'], '300'],
    ['fr', ['Le service météo a annoncé une crue pour vendredi.', 'Près de 300 villages sont coupés du monde dans ce qui est la pire crue que la vallée ait jamais enregistrée.'], '300'],
  ] as [Lang, string[], string][])('%s: %j → nobody', (lang, sentences, figure) => expect(speakerIn(lang, sentences, figure)).toBeNull())
})

describe('a verb with nothing of its clause before it goes on with the speaker last named', () => check([
  ['en', 'The port authority said the channel was closed, and added that 14 ships were waiting.', '14', 'The port authority'],
  ['fr', "Le préfet a annoncé mardi soir la fin de l'alerte. « Nous avons évacué 230 personnes », a-t-il ajouté.", '230', 'Le préfet'],
]))
