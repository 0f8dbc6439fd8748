import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'
import { placed, source, topic } from './placed'

// A tranche is a part of the sum a deal or a loan is worth: it goes to a topic of its own tranche,
// never to the whole's, and two tranches of one sum are two figures, not a conflict. Reports
// written for the tests.
describe('tranches and the whole', () => {
  const en = source('en-1', 'en', 'The two states signed a $30 billion deal on Friday. It provides for a first tranche of $12 billion within a week, with a second tranche of $18 billion to follow within two months.')
  const ar = source('ar-1', 'ar', 'وقعت الدولتان يوم الجمعة صفقة قيمتها 30 مليار دولار تسدد على دفعتين، الأولى بـ12 مليار دولار والثانية بـ18 مليار دولار.')
  const fr = source('fr-1', 'fr', "Les deux États ont signé vendredi un contrat de 30 milliards de dollars, versés en deux tranches, la première de 12 milliards de dollars et la seconde de 18 milliards de dollars.")

  it.each([[en], [ar], [fr]])('gives each tranche to its own topic and the total to the deal (%#)', (src) => {
    const got = placed(src, [topic('deal', 'Value of the deal', 'money'), topic('first', 'First tranche', 'money'), topic('second', 'Second tranche', 'money')])
    expect(got.deal?.map((t) => t.replace(/[^\d]/g, ''))).toEqual(['30'])
    expect(got.first?.map((t) => t.replace(/[^\d]/g, ''))).toEqual(['12'])
    expect(got.second?.map((t) => t.replace(/[^\d]/g, ''))).toEqual(['18'])
  })

  it.each([[en], [ar], [fr]])('never counts a tranche toward the whole when no topic asks for tranches (%#)', (src) => {
    const got = placed(src, [topic('deal', 'Value of the deal', 'money')])
    expect(got.deal?.map((t) => t.replace(/[^\d]/g, ''))).toEqual(['30'])
  })
})

// Arabic with its attached conjunctions, prepositions, article and endings, French with its
// elision: the same measures. [lang, text, figure, measure].
const FORMS: [Lang, string, string, string][] = [
  ['ar', 'وارتفعت ديونها الخارجية إلى 50 مليار دولار.', '50 مليار دولار', 'debt'],
  ['ar', 'ومنح البنك الحكومة قرضين بقيمة 2 مليار دولار.', '2 مليار دولار', 'loan'],
  ['ar', 'وخفضت الشركة استثماراتها في البلاد إلى 3 مليارات دولار.', '3 مليارات دولار', 'investment'],
  ['ar', 'وتحولت الودائع الخليجية البالغة 4 مليارات دولار إلى أسهم.', '4 مليارات دولار', 'deposits'],
  ['ar', 'أعلن البنك عن صرف الشريحة الأخيرة من القرض بقيمة 700 مليون دولار.', '700 مليون دولار', 'tranche-last'],
  ['ar', 'وتحولت وديعة قيمتها 5 مليارات دولار إلى استثمارات.', '5 مليارات دولار', 'deposits'],
  ['fr', "L'emprunt de 2 milliards d'euros sera remboursé en dix ans.", "2 milliards d'euros", 'loan'],
  ['fr', "Le niveau d'endettement atteint 90 milliards de dollars.", '90 milliards de dollars', 'debt'],
  ['fr', "Un montant de 4 milliards de dollars d'investissements directs étrangers est attendu.", '4 milliards de dollars', 'direct-investment'],
  ['en', 'The IMF approved the third tranche of the loan, worth $1.2 billion.', '$1.2 billion', 'tranche-3'],
  ['en', 'The shipbuilder won contracts worth $6 billion last year.', '$6 billion', 'deal'],
  // The noun right after an amount and its "of" says what it is, over a nearer word before it.
  ['en', 'The deal converts $11 billion of Gulf deposits into shares.', '$11 billion', 'deposits'],
  ['fr', "L'accord prévoit la conversion de 11 milliards de dollars de dépôts émiratis en investissements.", '11 milliards de dollars', 'deposits'],
  ['ar', 'وينص الاتفاق على تحويل 11 مليار دولار من الودائع الخليجية إلى استثمارات.', '11 مليار دولار', 'deposits'],
]

describe('finance words in their forms', () => {
  it.each(FORMS)('%s: %s → %s is %s', (lang, text, figure, expected) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).toBe(expected)
  })
})
