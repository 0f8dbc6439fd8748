import { describe, it } from 'vitest'
import { expectCase, type Case } from '../helpers'

// French durations: number words and digits with their time unit, halves ("et demi"), qualifiers.
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'La chute est survenue il y a deux semaines.', span: 'deux semaines', kind: 'duration', lo: 2, unit: 'week' },
  { text: 'Le pire naufrage en une décennie.', span: 'une décennie', kind: 'duration', lo: 10, unit: 'year' },
  { text: 'La junte a donné 48 heures au diplomate.', span: '48 heures', kind: 'duration', lo: 48, unit: 'hour' },
  { text: 'Quarante-huit heures après la tempête, la ville était détruite.', span: 'Quarante-huit heures', kind: 'duration', lo: 48, unit: 'hour' },
  { text: 'La ville a subi près de 18 mois de siège.', span: 'près de 18 mois', kind: 'duration', lo: 18, unit: 'month', qualifier: 'about' },
  { text: "Au terme d'un siège d'environ dix-huit mois.", span: 'environ dix-huit mois', kind: 'duration', lo: 18, unit: 'month', qualifier: 'about' },
  { text: 'Les travaux dureront un an et demi.', span: 'un an et demi', kind: 'duration', lo: 1.5, unit: 'year' },
  { text: 'Il a passé trois ans et demi en prison.', span: 'trois ans et demi', kind: 'duration', lo: 3.5, unit: 'year' },
  { text: 'Au cours des deux dernières semaines, 90 000 personnes ont fui.', span: 'deux dernières semaines', kind: 'duration', lo: 2, unit: 'week' },
  { text: "Le retrait a débuté plus de deux mois après le coup d'État.", span: 'plus de deux mois', kind: 'duration', lo: 2, hi: null, unit: 'month', qualifier: 'more-than' },
  { text: 'Quelques heures à peine après la secousse, un bilan est tombé.', span: 'Quelques heures', kind: 'duration', lo: 3, hi: 9, unit: 'hour', qualifier: 'vague' },
  { text: "C'était il y a une semaine.", span: 'une semaine', kind: 'duration', lo: 1, unit: 'week' },
  { text: "La quatrième attaque en un mois.", span: 'un mois', kind: 'duration', lo: 1, unit: 'month' },
  { text: 'Le nitrate était stocké depuis six ans.', span: 'six ans', kind: 'duration', lo: 6, unit: 'year' },
  { text: "C'est la première fois depuis un siècle.", span: 'un siècle', kind: 'duration', lo: 100, unit: 'year' },
  { text: 'Le bateau a coulé en une demi-heure.', span: 'une demi-heure', kind: 'duration', lo: 0.5, unit: 'hour' },
  { text: 'Après une quinzaine de jours de mer, ils ont accosté.', span: 'une quinzaine de jours', kind: 'duration', lo: 15, unit: 'day', qualifier: 'about' },
  { text: "Le bâtiment était abandonné depuis des dizaines d'années.", span: "des dizaines d'années", kind: 'duration', lo: 20, hi: 99, unit: 'year', qualifier: 'vague' },
  { text: 'Le quartier est resté une journée ou presque sans électricité.', span: 'une journée ou presque', kind: 'duration', lo: 1, unit: 'day', qualifier: 'about' },
  { text: "Cela fait une année entière que la ville attend l'aide.", span: 'une année entière', kind: 'duration', lo: 1, unit: 'year' },
  { text: 'Le quartier a vécu un mois entier sans électricité.', span: 'un mois entier', kind: 'duration', lo: 1, unit: 'month' },
  { text: 'Les pluies ont duré une bonne semaine.', span: 'une bonne semaine', kind: 'duration', lo: 1, unit: 'week' },
  { text: 'Il a attendu deux longues heures sous la pluie.', span: 'deux longues heures', kind: 'duration', lo: 2, unit: 'hour' },
  { text: 'Les prix ont chuté pendant deux trimestres.', span: 'deux trimestres', kind: 'duration', lo: 6, unit: 'month' },
  { text: 'Le chantier doit durer un semestre.', span: 'un semestre', kind: 'duration', lo: 6, unit: 'month' },
  { text: 'Ils vivent dans ce quartier depuis un demi-siècle.', span: 'un demi-siècle', kind: 'duration', lo: 50, unit: 'year' },
  { text: 'Les secours sont arrivés en 45 min.', span: '45 min', kind: 'duration', lo: 45, unit: 'minute' },
  { text: 'Le convoi a roulé 50 mn sans escorte.', span: '50 mn', kind: 'duration', lo: 50, unit: 'minute' },
]

describe('French durations', () => {
  it.each(cases.map(fr))('$text → $span', (c) => expectCase(c))
})
