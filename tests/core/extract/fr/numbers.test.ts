import { describe, it } from 'vitest'
import { expectCase, type Case } from '../helpers'

// French numbers: spaces (or narrow spaces) between thousands and a decimal comma (1 234,5),
// dots between thousands (2.901), number words, scales, money, percentages, measures, vague
// amounts, shares, and the qualifiers that open or widen them.
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  { text: 'Le préfet craint plusieurs centaines de morts.', span: 'plusieurs centaines', kind: 'count', lo: 300, hi: 999, qualifier: 'vague' },
  { text: 'Plusieurs milliers de personnes ont fui.', span: 'Plusieurs milliers', kind: 'count', lo: 3000, hi: 9999, qualifier: 'vague' },
  { text: "Les pertes atteignent plusieurs millions d'euros.", span: "plusieurs millions d'euros", kind: 'money', lo: 3e6, hi: 9.99e6, unit: 'EUR', qualifier: 'vague' },
  { text: 'Le stock atteignait 1 234,5 tonnes.', span: '1 234,5 tonnes', kind: 'count', lo: 1234.5, unit: 'tonne' },
  { text: "L'ONU avance 11\u202f300 morts à Derna.", span: '11\u202f300', kind: 'count', lo: 11300 },
  { text: 'Le séisme a fait 2.901 morts.', span: '2.901', kind: 'count', lo: 2901 },
  { text: 'La secousse a atteint 7,2 sur l\'échelle de Richter.', span: '7,2', kind: 'count', lo: 7.2, unit: 'magnitude' },
  { text: 'Un séisme de magnitude 3,3 a été enregistré.', span: '3,3', kind: 'count', lo: 3.3, unit: 'magnitude' },
  { text: 'La région compte 1,5 million d\'habitants.', span: '1,5 million', kind: 'count', lo: 1.5e6 },
  { text: 'Vingt-cinq soldats ont été blessés.', span: 'Vingt-cinq', kind: 'count', lo: 25 },
  { text: 'Deux cents familles ont été relogées.', span: 'Deux cents', kind: 'count', lo: 200 },
  { text: 'Quatre-vingt-dix maisons ont été détruites.', span: 'Quatre-vingt-dix', kind: 'count', lo: 90 },
  { text: 'Soixante et onze blessés ont été évacués.', span: 'Soixante et onze', kind: 'count', lo: 71 },
  { text: 'Trois mille soldats ont été déployés.', span: 'Trois mille', kind: 'count', lo: 3000 },
  { text: 'Trois milliards de personnes sont concernées.', span: 'Trois milliards', kind: 'count', lo: 3e9 },
  { text: 'Il y a 2 000 morts selon le bilan.', span: '2 000', kind: 'count', lo: 2000 },
  { text: 'Le bilan dépasse les 2 000 morts.', span: '2 000', kind: 'count', lo: 2000, hi: null, qualifier: 'more-than' },
  // A threshold crossed, or passed below; and "jusqu'à" after a verb that climbed is the level reached, not a ceiling.
  { text: 'Le nombre de sinistrés a franchi la barre des 5 000 dimanche.', span: '5 000', kind: 'count', lo: 5000, hi: null, qualifier: 'more-than' },
  { text: 'Le taux de participation est passé sous la barre des 40 %.', span: '40 %', kind: 'percent', lo: null, hi: 40, unit: '%', qualifier: 'less-than' },
  { text: "Le mercure a grimpé jusqu'à 49 degrés Celsius à Kairouan.", span: '49 degrés Celsius', kind: 'count', lo: 49, unit: '°C' },
  { text: "Le bilan pourrait grimper jusqu'à 3 000 morts.", span: "jusqu'à 3 000", kind: 'count', lo: null, hi: 3000, qualifier: 'at-most' },
  // Money.
  { text: "Paris a débloqué 1,5 million d'euros.", span: "1,5 million d'euros", kind: 'money', lo: 1.5e6, unit: 'EUR' },
  { text: 'Les dégâts atteignent trois milliards de dollars.', span: 'trois milliards de dollars', kind: 'money', lo: 3e9, unit: 'USD' },
  { text: 'Le président a débloqué 100 milliards de livres libanaises.', span: '100 milliards de livres libanaises', kind: 'money', lo: 1e11, unit: 'LBP' },
  { text: "L'aide totale atteint 252,7 millions €.", span: '252,7 millions €', kind: 'money', lo: 252.7e6, unit: 'EUR' },
  { text: 'Le Qatar a promis 50 millions $.', span: '50 millions $', kind: 'money', lo: 5e7, unit: 'USD' },
  { text: 'Chaque foyer recevra 500 000 francs CFA.', span: '500 000 francs CFA', kind: 'money', lo: 5e5, unit: 'XOF' },
  { text: 'Au Maroc, chaque famille recevra 30 000 dirhams.', span: '30 000 dirhams', kind: 'money', lo: 30000, unit: 'MAD' },
  { text: 'Chaque famille reçoit 2 500 dirhams par mois au Maroc.', span: '2 500 dirhams par mois', kind: 'rate', lo: 2500, unit: 'MAD/month' },
  { text: 'Le programme est doté de 120 MMDH sur cinq ans.', span: '120 MMDH', kind: 'money', lo: 1.2e11, unit: 'MAD' },
  { text: 'Les dégâts sont estimés à 10 M€.', span: '10 M€', kind: 'money', lo: 1e7, unit: 'EUR' },
  // Percentages and measures.
  { text: 'La population a fondu de 62 %.', span: '62 %', kind: 'percent', lo: 62, unit: '%' },
  { text: 'Le taux atteint 30 pour cent.', span: '30 pour cent', kind: 'percent', lo: 30, unit: '%' },
  { text: 'Un stock de 2 750 tonnes de nitrate.', span: '2 750 tonnes', kind: 'count', lo: 2750, unit: 'tonne' },
  { text: 'Le bateau a coulé à 87 km des côtes.', span: '87 km', kind: 'count', lo: 87, unit: 'km' },
  { text: 'Le naufrage a eu lieu à environ 46 milles marins des côtes.', span: 'environ 46 milles marins', kind: 'count', lo: 46, unit: 'nmi', qualifier: 'about' },
  { text: "Le port stockait environ 2,750 tonnes de nitrate.", span: 'environ 2,750 tonnes', kind: 'count', lo: 2750, unit: 'tonne', qualifier: 'about' },
  { text: "Un séisme de 6,4 degrés sur l'échelle de Richter a secoué la région.", span: '6,4 degrés', kind: 'count', lo: 6.4, unit: 'magnitude' },
  { text: "Le bilan fait état de 2012 morts et de 2059 blessés.", span: '2012', kind: 'count', lo: 2012 },
  { text: "L'UE a donné 30 + 33 millions €.", span: '30', kind: 'money', lo: 3e7, unit: 'EUR' },
  { text: 'Chaque famille reçoit 2 500 dirhams (242 dollars) par mois au Maroc.', span: '242 dollars', kind: 'rate', lo: 242, unit: 'USD/month' },
  { text: 'Un quart des habitants a fui.', span: 'Un quart', kind: 'percent', lo: 25, unit: '%' },
  // Vague and round amounts.
  { text: 'La guerre a fait des dizaines de milliers de morts.', span: 'des dizaines de milliers', kind: 'count', lo: 20000, hi: 99999, qualifier: 'vague' },
  { text: 'Des centaines de disparus sont redoutés.', span: 'Des centaines', kind: 'count', lo: 200, hi: 999, qualifier: 'vague' },
  { text: 'Des milliers de personnes ont fui.', span: 'Des milliers', kind: 'count', lo: 2000, hi: 9999, qualifier: 'vague' },
  { text: 'Des dizaines de maisons se sont effondrées.', span: 'Des dizaines', kind: 'count', lo: 20, hi: 99, qualifier: 'vague' },
  { text: 'Plusieurs pays ont envoyé des secouristes.', span: 'Plusieurs', kind: 'count', lo: 3, hi: 10, qualifier: 'vague' },
  { text: 'La France envoie plusieurs tonnes de matériel.', span: 'plusieurs tonnes', kind: 'count', lo: 3, hi: 10, unit: 'tonne', qualifier: 'vague' },
  { text: 'Une centaine de blessés ont été soignés.', span: 'Une centaine', kind: 'count', lo: 100, qualifier: 'about' },
  { text: "L'explosion a tué plus d'une centaine de personnes.", span: "plus d'une centaine", kind: 'count', lo: 100, hi: null, qualifier: 'more-than' },
  { text: 'Un millier de soldats français environ sont basés au Tchad.', span: 'Un millier', kind: 'count', lo: 1000, qualifier: 'about' },
  { text: 'Tawila se trouve à une soixantaine de kilomètres.', span: 'une soixantaine de kilomètres', kind: 'count', lo: 60, unit: 'km', qualifier: 'about' },
  // Qualifiers.
  { text: 'Plus de 3 000 corps ont été enterrés.', span: 'Plus de 3 000', kind: 'count', lo: 3000, hi: null, qualifier: 'more-than' },
  { text: 'Environ 1 000 soldats restent sur place.', span: 'Environ 1 000', kind: 'count', lo: 1000, qualifier: 'about' },
  { text: 'Les quelque 200 conteneurs partiront.', span: 'quelque 200', kind: 'count', lo: 200, qualifier: 'about' },
  { text: 'Près de 600 personnes ont péri.', span: 'Près de 600', kind: 'count', lo: 600, qualifier: 'about' },
  { text: 'Au moins 78 morts ont été recensés.', span: 'Au moins 78', kind: 'count', lo: 78, hi: null, qualifier: 'at-least' },
  { text: "Le gouverneur redoute jusqu'à 300.000 sans-abri.", span: "jusqu'à 300.000", kind: 'count', lo: null, hi: 300000, qualifier: 'at-most' },
  { text: "Le nombre a triplé, passant d'un peu plus de 200 000 à plus de 600 000.", span: 'un peu plus de 200 000', kind: 'count', lo: 200000, hi: null, qualifier: 'more-than' },
  { text: "Le nombre a triplé, passant d'un peu plus de 200 000 à plus de 600 000.", span: 'plus de 600 000', kind: 'count', lo: 600000, hi: null, qualifier: 'more-than' },
  { text: 'Le nombre de disparus approchait les 10 000.', span: '10 000', kind: 'count', lo: 10000, qualifier: 'about' },
  { text: 'Les dégâts dépasseraient selon lui trois milliards de dollars.', span: 'trois milliards de dollars', kind: 'money', lo: 3e9, hi: null, unit: 'USD', qualifier: 'more-than' },
  { text: 'Le bilan pourrait atteindre 20 000 morts.', span: 'pourrait atteindre 20 000', kind: 'count', lo: null, hi: 20000, qualifier: 'at-most' },
  // Shares of a whole.
  { text: 'Près de la moitié de la ville est détruite.', span: 'Près de la moitié', kind: 'percent', lo: 50, unit: '%', qualifier: 'about' },
  { text: 'Le séisme a tué un tiers de la population.', span: 'un tiers', kind: 'percent', lo: 33.33, unit: '%' },
  // Compounds hyphenated throughout, as the 1990 spelling writes them.
  { text: 'Le dernier bilan fait état de quarante-et-un morts.', span: 'quarante-et-un', kind: 'count', lo: 41 },
  { text: 'Vingt-et-une personnes sont toujours portées disparues.', span: 'Vingt-et-une', kind: 'count', lo: 21 },
  { text: 'Soixante-et-onze blessés ont été évacués.', span: 'Soixante-et-onze', kind: 'count', lo: 71 },
  // Litres, and a ceiling written as a limit or a cap.
  { text: 'Il est tombé 491 litres par mètre carré en une journée.', span: '491 litres', kind: 'count', lo: 491, unit: 'L' },
  { text: 'La vente est autorisée dans la limite de 25 litres par véhicule.', span: 'dans la limite de 25 litres', kind: 'count', lo: null, hi: 25, unit: 'L', qualifier: 'at-most' },
  { text: 'Les aides sont plafonnées à 60 000 euros par foyer.', span: 'plafonnées à 60 000 euros', kind: 'money', lo: null, hi: 60000, unit: 'EUR', qualifier: 'at-most' },
  // A share written as one of every so many.
  { text: 'Un habitant sur trois vit dans un bidonville.', span: 'Un habitant sur trois', kind: 'percent', lo: 33.33, unit: '%' },
  { text: 'Une maison sur deux a perdu son toit.', span: 'Une maison sur deux', kind: 'percent', lo: 50, unit: '%' },
  { text: 'Selon l’Unicef, un enfant sur 10 souffre de malnutrition.', span: 'un enfant sur 10', kind: 'percent', lo: 10, unit: '%' },
]

describe('French numbers', () => {
  it.each(cases.map(fr))('$text → $span', (c) => expectCase(c))
})
