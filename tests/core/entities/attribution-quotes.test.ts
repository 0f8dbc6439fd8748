import { describe, expect, it } from 'vitest'
import { check } from './speakerTable'
import { followsClose, quotationClose } from '../../../src/core/entities/quotes'

// A quotation running over several sentences, its speaker named only after it closes. Sentences
// written for these tests.

describe('a figure in a quotation that closes in a later sentence is its speaker\'s', () => check([
  ['fr', '« Les digues ont cédé près du pont. Quelque 31 maisons sont inondées. Nous attendons des pompes », a indiqué le préfet.', 'Quelque 31', 'le préfet'],
  ['fr', 'Le maire a dit que la ville était coupée. « Quelque 31 maisons sont inondées. Nous attendons des pompes », a-t-il ajouté.', 'Quelque 31', 'Le maire'],
  ['en', '"Some 31 homes are under water. We expect more pumps by the weekend," the governor said.', 'Some 31', 'the governor'],
  ['en', 'The mayor said the town was cut off. "Some 31 homes are under water. We need pumps," he said.', 'Some 31', 'The mayor'],
  ['ar', '"غمرت المياه 31 منزلا. ننتظر وصول المضخات"، قال المحافظ.', '31', 'المحافظ'],
  ['ar', '«غمرت المياه 31 منزلا. ننتظر وصول المضخات»، أضاف رئيس البلدية.', '31', 'رئيس البلدية'],
]))

describe('a quotation that ends its sentence is followed by a new one, not by its speaker', () => check([
  ['en', '"Some 31 homes are under water. We need pumps." The governor said roads were cut.', 'Some 31', null],
  ['fr', '« Quelque 31 maisons sont inondées. Nous attendons des pompes. » Le préfet a indiqué que les routes étaient coupées.', 'Quelque 31', null],
  ['en', 'Some 31 homes are under water. "We need pumps," the governor said.', 'Some 31', null],
]))

describe('where the quotation open at a figure closes', () => {
  it.each([
    ['« A. B 12 C » d', 7, 12],
    ['"A. B 12 C" d', 5, 10],
    ['A "b" 12 c', 7, null],
    ['« A\nB 12 » c', 6, null],
    ['« A “b” 12 » c', 8, 11],
  ] as const)('%s at %i → %s', (text, at, close) => expect(quotationClose(text, at)).toBe(close))
  it('ties a speaker after a full stop only through a comma', () => {
    expect(followsClose('"A." He said', 3, 5)).toBe(false)
    expect(followsClose('"A.", he said', 3, 6)).toBe(true)
    expect(followsClose('"A," he said', 3, 5)).toBe(true)
  })
})

// French set in typographic apostrophes ("l’Agence", "d’après") names the same speakers.
describe('a typographic apostrophe elides as a straight one', () => check([
  ['fr', 'Les crues ont fait 412 morts, d’après le décompte de l’Agence nationale de gestion des crues.', '412', 'l’Agence nationale de gestion des crues'],
  ['fr', 'L’Office régional des eaux a annoncé que 300 puits étaient pollués.', '300', 'L’Office régional des eaux'],
  ['fr', '« 300 puits sont pollués », a déclaré l’ambassadeur d’Autriche.', '300', 'l’ambassadeur d’Autriche'],
]))
