import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// A bare currency name several countries share takes the code of the country the text is about:
// "pounds"/"livres" are sterling unless the report is on Lebanon, Egypt, Sudan or Syria; a
// franc in a report on Guinea is the Guinean franc. Named in full, a currency needs no place.
const en = (c: Case): Case => ({ ...c, lang: 'en' })
const fr = (c: Case): Case => ({ ...c, lang: 'fr' })

const cases: Case[] = [
  en({ text: 'In Beirut, a dollar now buys 89,500 pounds on the street.', span: '89,500 pounds', kind: 'money', lo: 89500, unit: 'LBP' }),
  en({ text: 'In Khartoum, bread costs 1,000 pounds a loaf.', span: '1,000 pounds', kind: 'money', lo: 1000, unit: 'SDG' }),
  en({ text: 'The fine in London was 200 pounds.', span: '200 pounds', kind: 'money', lo: 200, unit: 'GBP' }),
  en({ text: 'In Beirut, the UK pledged 5 million pounds sterling.', span: '5 million pounds sterling', kind: 'money', lo: 5e6, unit: 'GBP' }),
  en({ text: 'In Conakry, the fine was 500,000 Guinean francs.', span: '500,000 Guinean francs', kind: 'money', lo: 500000, unit: 'GNF' }),
  en({ text: 'In Conakry, families were given 2 million francs each.', span: '2 million francs', kind: 'money', lo: 2e6, unit: 'GNF' }),
  fr({ text: "Au Liban, le dollar s'échange à 89 500 livres.", span: '89 500 livres', kind: 'money', lo: 89500, unit: 'LBP' }),
  fr({ text: 'À Londres, le billet coûte 20 livres.', span: '20 livres', kind: 'money', lo: 20, unit: 'GBP' }),
  fr({ text: 'Le Royaume-Uni a versé 5 millions de livres sterling au Liban.', span: '5 millions de livres sterling', kind: 'money', lo: 5e6, unit: 'GBP' }),
  fr({ text: "À Conakry, l'État a débloqué 20 milliards de francs guinéens.", span: '20 milliards de francs guinéens', kind: 'money', lo: 2e10, unit: 'GNF' }),
  fr({ text: 'En Guinée, chaque famille a reçu 5 millions de francs.', span: '5 millions de francs', kind: 'money', lo: 5e6, unit: 'GNF' }),
  fr({ text: "L'aide s'élève à 20 milliards GNF.", span: '20 milliards GNF', kind: 'money', lo: 2e10, unit: 'GNF' }),
  fr({ text: 'Au Niger, la Cédéao a gelé 500 milliards de francs.', span: '500 milliards de francs', kind: 'money', lo: 5e11, unit: 'XOF' }),
  fr({ text: 'Le coût est de 400 millions de CHF.', span: '400 millions de CHF', kind: 'money', lo: 4e8, unit: 'CHF' }),
]

describe('shared currency names settled by place', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
})
