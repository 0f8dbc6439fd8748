import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'
import type { Lang } from '../../../src/core/model'

// Numbers whose sentence decides whether they are figures: "un jour" as "someday", a definite
// number over a shell noun, a vague distance that places the narrative, the pieces an article is
// cut into, a figure the text denies. Each with the readings that must still be made.

const NOT_FIGURES: [Lang, string, string][] = [
  // "un jour", "one day": someday.
  ['fr', 'Le Premier ministre entend publier un jour un bilan complet.', 'un jour'],
  ['fr', 'Un jour, la ville sera reconstruite, promet le maire.', 'Un jour'],
  ['fr', "Elle espère qu'un jour ses enfants reviendront.", 'un jour'],
  ['fr', 'Ils rentreront peut-être un jour au village.', 'un jour'],
  ['en', 'The minister said he hoped to one day publish a final toll.', 'one day'],
  ['en', 'One day, she said, the town will be rebuilt.', 'One day'],
  ['en', 'Residents may never know, or may learn one day from the courts.', 'one day'],
  // A definite number over a shell noun sums up what was named before.
  ['fr', 'La crue de 1957 avait noyé la ville, celle de 2024 la banlieue. Les deux épisodes ont touché des régions éloignées.', 'deux'],
  ['fr', "La France et le Niger ont rompu. Depuis, les deux pays ne se parlent plus.", 'deux'],
  ['fr', 'Un homme et une femme ont été arrêtés mardi. Les deux hommes et femmes seront jugés.', 'deux'],
  ['en', 'France and Niger broke off ties. Since then the two countries have not spoken.', 'two'],
  ['en', 'A boat capsized off Lampedusa and another off Crete. The two incidents are unrelated.', 'two'],
  // A vague distance that places the narrative.
  ['fr', 'Quelques mètres plus loin, sous une tente, un homme patiente.', 'Quelques mètres'],
  ['fr', "L'école se trouve à quelques kilomètres de là.", 'quelques kilomètres'],
  ['fr', 'Plusieurs kilomètres plus au sud, la route est coupée.', 'Plusieurs kilomètres'],
  ['en', 'A few metres away, rescuers dug through the rubble.', 'A few metres'],
  ['en', 'The camp sits several miles from the border.', 'several miles'],
  ['en', 'Residents a few kilometres inland felt nothing.', 'a few kilometres'],
  // The pieces an article is cut into.
  ['fr', "Voici, en quelques données, l'étendue des destructions.", 'quelques'],
  ['fr', 'La catastrophe en cinq chiffres.', 'cinq'],
  ['fr', 'Inondations : trois choses à retenir du rapport.', 'trois'],
  ['fr', 'Le séisme en 10 dates.', '10'],
  ['en', 'The flood in five charts.', 'five'],
  ['en', 'Five things to know about the storm.', 'Five'],
  ['en', 'The earthquake in 12 photos.', '12'],
  ['en', 'Three takeaways from the summit.', 'Three'],
  // A figure the text denies.
  ['fr', 'Le Premier ministre parlait de « dizaines » de victimes, et non de milliers.', 'milliers'],
  ['fr', 'Le bilan est de 300 morts, et non pas de 3 000.', '3 000'],
  ['fr', "Il s'agit de 40 blessés, non pas de 400.", '400'],
  // (One the text says someone stated stays: "not 3,000 as first reported", see denied-but-stated.test.ts.)
  ['en', 'The toll was 300, not 3,000.', '3,000'],
  ['en', 'Officials spoke of dozens of victims, and not thousands.', 'thousands'],
]

const FIGURES: Case[] = [
  // "un jour" that measures a length of time.
  { lang: 'fr', text: 'Un deuil national d\u2019un jour a été décrété.', span: 'un jour', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'fr', text: 'Les secours ont travaillé pendant un jour sans relâche.', span: 'un jour', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'fr', text: 'La digue a cédé un jour plus tard.', span: 'un jour', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'fr', text: 'Il y a un jour, la pluie a repris.', span: 'un jour', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'fr', text: 'La grève a duré un jour.', span: 'un jour', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'fr', text: "L'alerte a été levée après plus d'un jour.", span: "plus d'un jour", kind: 'duration', lo: 1, hi: null, unit: 'day', qualifier: 'more-than' },
  { lang: 'fr', text: 'Les pompiers sont restés un jour et demi sur place.', span: 'un jour et demi', kind: 'duration', lo: 1.5, unit: 'day' },
  { lang: 'en', text: 'The strike lasted one day.', span: 'one day', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'en', text: 'The dam burst one day after the warning.', span: 'one day', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'en', text: 'Flights were halted for one day.', span: 'one day', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'en', text: 'The toll doubled a day after the quake.', span: 'a day', kind: 'duration', lo: 1, unit: 'day' },
  { lang: 'en', text: 'Rescuers found him one day later.', span: 'one day', kind: 'duration', lo: 1, unit: 'day' },
  // A definite number that says which ones it means, or over an ordinary noun at its first mention.
  { lang: 'fr', text: "Dans la nuit, les deux barrages qui retiennent l'oued ont cédé.", span: 'deux', kind: 'count', lo: 2 },
  { lang: 'fr', text: 'Les deux pays voisins du Soudan accueillent des réfugiés.', span: 'deux', kind: 'count', lo: 2 },
  { lang: 'en', text: 'The two countries that border Sudan host most refugees.', span: 'two', kind: 'count', lo: 2 },
  { lang: 'en', text: 'The storm broke the two dams above the city.', span: 'two', kind: 'count', lo: 2 },
  // Distances that are figures: exact, or larger vague ones.
  { lang: 'fr', text: "L'épicentre se situait à 70 kilomètres de Marrakech.", span: '70 kilomètres', kind: 'count', lo: 70, unit: 'km' },
  { lang: 'en', text: 'People felt it hundreds of kilometres from the epicentre.', span: 'hundreds of kilometres', kind: 'count', lo: 200, hi: 999, unit: 'km' },
  { lang: 'fr', text: 'Des fissures sur quelques kilomètres de route.', span: 'quelques kilomètres', kind: 'count', lo: 3, hi: 9, unit: 'km' },
  // Numbers of words that are not the article's pieces.
  { lang: 'fr', text: 'Le rapport compte 40 pages et 12 cartes.', span: '12', kind: 'count', lo: 12 },
  { lang: 'en', text: 'The agency released 12 maps of the flooded area.', span: '12', kind: 'count', lo: 12 },
  // A figure a correction replaces is still one a source gave.
  { lang: 'fr', text: 'La profondeur a été corrigée, à 12,5 km au lieu de 9 km.', span: '9 km', kind: 'count', lo: 9, unit: 'km' },
  { lang: 'en', text: 'The fund holds $2 million rather than $20 million.', span: '$20 million', kind: 'money', lo: 20e6, unit: 'USD' },
  // The figure that is asserted beside the denied one.
  { lang: 'fr', text: 'Le bilan est de 300 morts, et non pas de 3 000.', span: '300', kind: 'count', lo: 300 },
  { lang: 'en', text: 'The toll was 300, not 3,000 as first reported.', span: '300', kind: 'count', lo: 300 },
  // A negation that belongs to a bound stays a bound.
  { lang: 'en', text: 'The boat carried not more than 400 people.', span: 'not more than 400', kind: 'count', lo: null, hi: 400, qualifier: 'at-most' },
  { lang: 'fr', text: 'Le navire transportait pas moins de 400 personnes.', span: 'pas moins de 400', kind: 'count', lo: 400, hi: null, qualifier: 'at-least' },
  // Several of a known group counts its members.
  { lang: 'fr', text: 'Faute de réponse à plusieurs de ses sollicitations, le sénateur a écrit.', span: 'plusieurs', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { lang: 'fr', text: 'Plusieurs des victimes étaient des enfants.', span: 'Plusieurs', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { lang: 'fr', text: "Plusieurs d'entre eux ont été blessés.", span: 'Plusieurs', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { lang: 'en', text: 'Several of the victims were children.', span: 'Several', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { lang: 'en', text: 'A few of them were rescued.', span: 'A few', kind: 'count', lo: 3, hi: 9, qualifier: 'vague' },
  // A bound whose "de" is repeated for a second figure governs both.
  { lang: 'fr', text: 'Les stations vendront dans la limite de 25 litres par voiture et de 4 litres par moto.', span: '4 litres', kind: 'count', lo: null, hi: 4, unit: 'L', qualifier: 'at-most' },
  { lang: 'fr', text: "L'aide atteindra plus de 200 tonnes de riz et de 50 tonnes de farine.", span: '50 tonnes', kind: 'count', lo: 50, hi: null, unit: 'tonne', qualifier: 'more-than' },
  { lang: 'fr', text: 'Il reste moins de 20 lits à Mamoudzou. Et de 3 000 patients, seuls 200 sont soignés.', span: '3 000', kind: 'count', lo: 3000, qualifier: null },
]

describe('numbers whose sentence makes them no figure', () => {
  it.each(NOT_FIGURES)('%s: %s (not %s)', (lang, text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', lang)
    expect(claims.filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})

describe('the same words where the sentence makes them figures', () => {
  it.each(FIGURES)('$lang: $text → $span', (c) => expectCase(c))
})
