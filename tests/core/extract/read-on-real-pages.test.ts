import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'
import type { Lang } from '../../../src/core/model'

// Constructions found missing or misread when the extractor ran over real French and English news
// pages nobody here had developed on (sentences below are ours): a date that opens a line (a list
// of past disasters, a timeline), an ordinal first day that opens a range, a part of a named year
// or month, a vague number of a scale, a plural scale word with no number, and "one" as the next
// count of a list.

const FIGURES: Case[] = [
  // A date at the start of a line.
  { lang: 'fr', text: 'Les séismes les plus meurtriers :\n22 juin 2022 en Afghanistan : 1 163 morts', span: '22 juin 2022', kind: 'date', lo: '2022-06-22' },
  { lang: 'fr', text: 'Chronologie\n14 août 2021 : un séisme frappe Haïti.', span: '14 août 2021', kind: 'date', lo: '2021-08-14' },
  { lang: 'en', text: 'Timeline\n12 March 2024 - the quake strikes.', span: '12 March 2024', kind: 'date', lo: '2024-03-12' },
  { lang: 'en', text: 'Deadliest quakes:\n6 February 2023: Turkey and Syria', span: '6 February 2023', kind: 'date', lo: '2023-02-06' },
  // An ordinal first day opens a range or a pair of days.
  { lang: 'fr', text: 'La foire se tient du 1er au 3 mars 2024.', span: 'du 1er au 3 mars 2024', kind: 'daterange', lo: '2024-03-01', hi: '2024-03-03' },
  { lang: 'fr', text: 'La tempête est passée les 1er et 2 novembre 2023.', span: '1er et 2 novembre 2023', kind: 'daterange', lo: '2023-11-01', hi: '2023-11-02' },
  { lang: 'en', text: 'The fair ran 1st-3rd March 2024.', span: '1st-3rd March 2024', kind: 'daterange', lo: '2024-03-01', hi: '2024-03-03' },
  // A part of a year or a month the text names.
  { lang: 'fr', text: "Les travaux dureront jusqu'à la fin de l'année 2026.", span: "jusqu'à la fin de l'année 2026", kind: 'date', lo: '2026-10-01', hi: '2026-12-31' },
  { lang: 'fr', text: "Les crues de 2023 et du début de l'année 2024.", span: "début de l'année 2024", kind: 'date', lo: '2024-01-01', hi: '2024-03-31' },
  { lang: 'fr', text: 'Les pluies ont repris au début du mois de mars.', span: 'début du mois de mars', kind: 'date', lo: '2025-03-01', hi: '2025-03-10' },
  { lang: 'fr', text: "Le pic est attendu fin du mois d'octobre 2026.", span: "fin du mois d'octobre 2026", kind: 'date', lo: '2026-10-21', hi: '2026-10-31' },
  { lang: 'fr', text: 'Les secours sont arrivés à la mi-mars.', span: 'la mi-mars', kind: 'date', lo: '2025-03-10', hi: '2025-03-20' },
  { lang: 'fr', text: 'Les pluies ont repris mi-mai.', span: 'mi-mai', kind: 'date', lo: '2025-05-10', hi: '2025-05-20' },
  // A vague number of a scale.
  { lang: 'fr', text: "Les dégâts se chiffrent à plusieurs centaines de millions d'euros.", span: "plusieurs centaines de millions d'euros", kind: 'money', lo: 300e6, hi: 999e6, unit: 'EUR', qualifier: 'vague' },
  { lang: 'fr', text: 'Il a fallu quelques dizaines de milliers de dollars.', span: 'quelques dizaines de milliers de dollars', kind: 'money', lo: 30000, hi: 90000, unit: 'USD', qualifier: 'vague' },
  { lang: 'en', text: 'The storm caused several hundred million dollars in damage.', span: 'several hundred million dollars', kind: 'money', lo: 300e6, hi: 999e6, unit: 'USD', qualifier: 'vague' },
  { lang: 'en', text: 'Repairs will cost dozens of billions of dollars.', span: 'dozens of billions of dollars', kind: 'money', lo: 20e9, hi: 99e9, unit: 'USD', qualifier: 'vague' },
  { lang: 'en', text: 'A few hundred thousand people fled.', span: 'A few hundred thousand', kind: 'count', lo: 300000, hi: 900000, qualifier: 'vague' },
  // A quarter or a half of a named year.
  { lang: 'en', text: 'In the first quarter of 2024, prices rose 2 percent.', span: 'first quarter of 2024', kind: 'date', lo: '2024-01-01', hi: '2024-03-31' },
  { lang: 'en', text: 'Growth slowed in the second half of 2023.', span: 'second half of 2023', kind: 'date', lo: '2023-07-01', hi: '2023-12-31' },
  { lang: 'en', text: 'Q3 2024 results were weak.', span: 'Q3 2024', kind: 'date', lo: '2024-07-01', hi: '2024-09-30' },
  { lang: 'en', text: 'Exports fell in the fourth quarter of last year.', span: 'fourth quarter of last year', kind: 'date', lo: '2024-10-01', hi: '2024-12-31' },
  { lang: 'fr', text: 'Au premier trimestre 2024, les prix ont augmenté.', span: 'premier trimestre 2024', kind: 'date', lo: '2024-01-01', hi: '2024-03-31' },
  { lang: 'fr', text: "Le PIB a reculé au 1er trimestre de l'année dernière.", span: "1er trimestre de l'année dernière", kind: 'date', lo: '2024-01-01', hi: '2024-03-31' },
  { lang: 'fr', text: "La dette a baissé au second semestre de l'année 2023.", span: "second semestre de l'année 2023", kind: 'date', lo: '2023-07-01', hi: '2023-12-31' },
  { lang: 'fr', text: 'Les résultats du T3 2024 sont publiés.', span: 'T3 2024', kind: 'date', lo: '2024-07-01', hi: '2024-09-30' },
  // A weekday and a date with no year: the year in which they agree.
  { lang: 'fr', text: 'Des milliers de foyers étaient privés d’électricité dimanche 24 novembre.', published: '2026-02-10', span: 'dimanche 24 novembre', kind: 'date', lo: '2024-11-24' },
  // A weekday that matches neither the nearest year nor the one before: the nearest stays (a slip, not a date years old).
  { lang: 'fr', text: 'La Coordination a publié sa description samedi 4 octobre.', published: '2024-12-21', span: 'samedi 4 octobre', kind: 'date', lo: '2024-10-04' },
  { lang: 'fr', text: 'La loi entre en vigueur le vendredi 3 janvier.', published: '2024-12-28', span: 'vendredi 3 janvier', kind: 'date', lo: '2025-01-03' },
  { lang: 'en', text: 'The dam failed on Sunday, November 24.', published: '2026-02-10', span: 'Sunday, November 24', kind: 'date', lo: '2024-11-24' },
  // Measures in centimetres, millimetres and inches; a mixed number written with a dash.
  { lang: 'en', text: 'The storm dumped more than 2-1/2 feet (76 cm) of rain.', span: 'more than 2-1/2 feet', kind: 'count', lo: 2.5, hi: null, unit: 'ft', qualifier: 'more-than' },
  { lang: 'en', text: 'A record 16.38 inches of rain fell.', span: '16.38 inches', kind: 'count', lo: 16.38, unit: 'in' },
  { lang: 'en', text: 'Another 200 millimeters of rain are expected.', span: '200 millimeters', kind: 'count', lo: 200, unit: 'mm' },
  { lang: 'fr', text: 'Des cumuls de 650 à 700 mm, soit 70 centimètres.', span: '70 centimètres', kind: 'count', lo: 70, unit: 'cm' },
  // "went up to": the level reached, not a ceiling; "could go up to" stays one.
  { lang: 'en', text: 'The death toll went up to eight on Tuesday.', span: 'eight', kind: 'count', lo: 8, qualifier: null },
  { lang: 'en', text: 'The toll could go up to 20,000.', span: 'up to 20,000', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  // A time unit made an adjective with "-long".
  { lang: 'en', text: 'The week-long operation ended on Friday.', span: 'week-long', kind: 'duration', lo: 1, unit: 'week' },
  { lang: 'en', text: 'The decade-long war displaced millions.', span: 'decade-long', kind: 'duration', lo: 10, unit: 'year' },
  // With an article the span is the article and the unit, as "a decade-long war" has always read.
  { lang: 'en', text: 'After an hour-long meeting, they agreed.', span: 'an hour', kind: 'duration', lo: 1, unit: 'hour' },
  // "un", "une", "one" as the next count of a list.
  { lang: 'fr', text: 'Cinq morts et un disparu : c’est le bilan.', span: 'un', kind: 'count', lo: 1 },
  { lang: 'fr', text: 'Deux autres personnes ont péri dans la région voisine de Castille-La Manche, et une en Andalousie.', span: 'une', kind: 'count', lo: 1 },
  { lang: 'fr', text: 'Quatre décès : deux en Seine-et-Marne, un dans le Loiret et un dans l’Yonne.', span: 'un', kind: 'count', lo: 1 },
  { lang: 'en', text: 'The floods left four dead and one missing.', span: 'one', kind: 'count', lo: 1 },
]

const NOT_FIGURES: [Lang, string, string][] = [
  // The ordinal that opens no range stays none.
  ['fr', 'Le 1er régiment a été déployé.', '1er'],
  ['en', 'The 1st battalion was deployed.', '1st'],
  // A quarter with no year says nothing a reader could place; a plural unit made an adjective gives no number.
  ['en', 'In the first quarter, sales fell.', 'first quarter'],
  ['en', 'The months-long siege ended.', 'months-long'],
  // Page furniture: a paywall's share left to read, a video player's countdown.
  ['fr', 'Il vous reste 75.34% de cet article à lire.', '75.34%'],
  ['fr', 'Vidéo suivante dans 5 secondes', '5 secondes'],
  // A plural scale word with no number says no amount.
  ['fr', "Combien de millions d'euros faudra-t-il ?", 'millions'],
  // "un"/"a" that is no next count of a list.
  ['fr', 'Il a un fils et une fille.', 'une'],
  ['en', 'He has two sons and a daughter.', 'a daughter'],
  ['en', 'There were two attacks, and one in which nobody died.', 'one'],
  ['fr', 'Trois bateaux ont coulé et un autre a été secouru plus tard.', 'un'],
  ['fr', 'Plus de 1 000 combattants, une rançon de 50 millions de dollars.', 'une'],
]

describe('constructions read on real pages', () => {
  it.each(FIGURES)('$lang: $text → $span', (c) => expectCase(c))
})

describe('and the readings beside them that must not be made', () => {
  it.each(NOT_FIGURES)('%s: %s (not %s)', (lang, text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', lang)
    expect(claims.filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})
