import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { CONCEPT_BY_ID, within } from '../../../src/core/align/measures'
import { FINANCE_CONCEPTS } from '../../../src/core/align/finance'
import type { Lang } from '../../../src/core/model'
import { measureOfFigure } from './readMeasure'

// Money of deals and public finance: what a deal is worth, what is invested, lent, owed or
// deposited, a budget, and the tranches a sum is paid in. Sentences written for these tests:
// [lang, text, the figure as written, the measure expected].
const CASES: [Lang, string, string, string][] = [
  // A deal's or a contract's value.
  ['en', 'The two shipyards signed a $4.2 billion contract for six frigates on Monday.', '$4.2 billion', 'deal'],
  ['en', 'Oman and the consortium sealed a $9bn deal to build the new port.', '$9bn', 'deal'],
  ['fr', "Le groupe a remporté un contrat de 2 milliards d'euros pour la ligne de métro.", "2 milliards d'euros", 'deal'],
  ['ar', 'وقعت الحكومة صفقة بقيمة 12 مليار دولار لشراء طائرات مدنية.', '12 مليار دولار', 'deal'],
  ['ar', 'وبلغت قيمة الصفقة نحو 3 مليارات دولار بحسب البيان.', 'نحو 3 مليارات دولار', 'deal'],
  // Investment, and direct investment from abroad.
  ['en', 'The project is expected to attract $60 billion of investment over ten years.', '$60 billion', 'investment'],
  ['fr', "La région espère attirer 8 milliards d'euros d'investissements d'ici 2030.", "8 milliards d'euros", 'investment'],
  ['ar', 'وقال الوزير إن حجم الاستثمارات في المنطقة الصناعية بلغ 4 مليارات دولار.', '4 مليارات دولار', 'investment'],
  ['ar', 'وتتلقى البلاد استثمارات مباشرة قيمتها 7 مليارات دولار هذا العام.', '7 مليارات دولار', 'direct-investment'],
  ['en', 'Inflows of foreign direct investment reached $3 billion last year.', '$3 billion', 'direct-investment'],
  // A loan, a credit line, an IMF programme.
  ['en', 'The World Bank approved a $500 million loan to rebuild the bridges.', '$500 million', 'loan'],
  ['fr', "La banque a accordé un prêt de 300 millions d'euros au gouvernement.", "300 millions d'euros", 'loan'],
  ['ar', 'حصلت الحكومة على قرض بقيمة 3 مليارات دولار من صندوق النقد الدولي.', '3 مليارات دولار', 'loan'],
  ['fr', "Le pays a obtenu une ligne de crédit de 1,5 milliard de dollars.", '1,5 milliard de dollars', 'loan'],
  // Debt, and its service.
  ['en', "The country's external debt stood at $165 billion at the end of June.", '$165 billion', 'debt'],
  ['fr', 'La dette publique a atteint 3 000 milliards d’euros.', '3 000 milliards d’euros', 'debt'],
  ['ar', 'وبلغت الديون الخارجية للبلاد 90 مليار دولار.', '90 مليار دولار', 'debt'],
  ['en', 'Instalments and interest falling due this year add up to $12bn.', 'up to $12bn', 'debt'],
  // Deposits at a central bank.
  ['en', 'Riyadh kept $3 billion of deposits at the central bank.', '$3 billion', 'deposits'],
  ['fr', 'Les dépôts saoudiens à la banque centrale atteignent 2 milliards de dollars.', '2 milliards de dollars', 'deposits'],
  ['ar', 'وتحولت وديعة قيمتها 5 مليارات دولار إلى استثمارات.', '5 مليارات دولار', 'deposits'],
  // A budget.
  ['en', 'Parliament passed a state budget of $40 billion for next year.', '$40 billion', 'budget'],
  ['fr', "Le Parlement a voté un budget de 60 milliards d'euros.", "60 milliards d'euros", 'budget'],
  ['ar', 'أقر البرلمان الموازنة العامة بقيمة 50 مليار دينار.', '50 مليار دينار', 'budget'],
  // A tranche, by its ordinal.
  ['en', 'The lender released the second tranche of $820 million on Friday.', '$820 million', 'tranche-2'],
  ['fr', "La première tranche de 500 millions d'euros sera versée en mars.", "500 millions d'euros", 'tranche-1'],
  ['ar', 'تسلمت الحكومة الدفعة الثانية بقيمة 4 مليارات دولار.', '4 مليارات دولار', 'tranche-2'],
  ['ar', 'وصرف البنك الشريحة الأخيرة من القرض بقيمة 700 مليون دولار.', '700 مليون دولار', 'tranche-last'],
  // (A first one too, which a verb of paying before it would read as a down payment.)
  ['ar', 'تسلمت الحكومة الدفعة الأولى بقيمة 4 مليارات دولار.', '4 مليارات دولار', 'tranche-1'],
  ['en', 'The fund paid a first instalment of $200 million in March.', '$200 million', 'tranche-1'],
  ['en', 'Pakistan received a $1.1 billion IMF tranche last week.', '$1.1 billion', 'tranche'],
  // A tranche named only by its ordinal, after the sum is said to be paid in parts.
  ['ar', 'يسدد المبلغ على دفعتين، الأولى بـ8 مليارات دولار والثانية بـ4 مليارات دولار.', '8 مليارات دولار', 'tranche-1'],
  ['ar', 'يسدد المبلغ على دفعتين، الأولى بـ8 مليارات دولار والثانية بـ4 مليارات دولار.', '4 مليارات دولار', 'tranche-2'],
  ['fr', "Le montant sera versé en deux tranches, la première de 6 milliards d'euros et la seconde de 4 milliards d'euros.", "6 milliards d'euros", 'tranche-1'],
  ['fr', "Le montant sera versé en deux tranches, la première de 6 milliards d'euros et la seconde de 4 milliards d'euros.", "4 milliards d'euros", 'tranche-2'],
  ['en', 'The sum is paid in two instalments, the first of $3 billion and the second of $2 billion.', '$2 billion', 'tranche-2'],
]

describe('finance measures', () => {
  it.each(CASES)('%s: %s → %s is %s', (lang, text, figure, expected) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).toBe(expected)
  })

  // Aid, compensation and damage stay theirs beside the new words.
  it.each([
    ['en', 'Donors pledged $2 billion in aid for the flood victims.', '$2 billion', 'aid'],
    ['fr', "Le coût des dégâts est estimé à 3 milliards d'euros.", "3 milliards d'euros", 'damage'],
    ['ar', 'خصصت الحكومة 2 مليار دينار لصندوق إعادة الإعمار.', '2 مليار دينار', 'reconstruction'],
    ['en', 'The port authority is demanding at least $40 million in compensation.', 'at least $40 million', 'claim'],
    // (A first payment to those hit is aid, not a tranche of a deal.)
    ['en', 'The state made a first payment of $700 to each family.', '$700', 'aid'],
    ['fr', "L'incendie a détruit des dépôts de carburant, un préjudice de 3 millions d'euros.", "3 millions d'euros", 'damage'],
    ['fr', 'Les bailleurs se disent prêts à mobiliser 500 millions de dollars pour la reconstruction.', '500 millions de dollars', 'reconstruction'],
    ['fr', "Les États-Unis sont prêts à débloquer 500 millions de dollars d'ici la fin du mois pour les secours.", '500 millions de dollars', 'aid'],
  ] as [Lang, string, string, string][])('%s: %s keeps %s as %s', (lang, text, figure, expected) => {
    expect(measureOfFigure(lang, text, figure)?.concept?.id).toBe(expected)
  })

  // A whole said to be paid in parts is the whole, not a part: "a $35bn deal paid in two tranches".
  it('reads the whole paid in tranches as the whole', () => {
    expect(measureOfFigure('ar', 'وقعت الشركتان صفقة قيمتها 20 مليار دولار تسدد على دفعتين، الأولى بـ12 مليار دولار.', '20 مليار دولار')?.concept?.id).toBe('deal')
  })

  it('never counts a tranche toward the deal, and knows it is a part of one', () => {
    const second = CONCEPT_BY_ID.get('tranche-2')!
    expect(second.broader).toBe('tranche')
    expect(CONCEPT_BY_ID.get('tranche')!.partOf).toBe('deal')
    expect(within(second, 'deal')).toBe(true)
    expect(CONCEPT_BY_ID.get('deal')!.broader).toBe('value')
  })

  // A candidate named by its measure's label reads as that measure again, in both interface languages.
  it.each(FINANCE_CONCEPTS.flatMap((c) => [[c.label.en, c.id], [c.label.ar, c.id]]))('the label "%s" names %s', (label, id) => {
    expect(topicFromText({ id: 't', label, kind: 'money' })?.concept).toBe(id)
  })

  // Topics named by a reader's words.
  it.each([
    ['Value of the port deal', 'money', 'deal'],
    ['Second tranche of the loan', 'money', 'tranche-2'],
    ['First tranche', 'money', 'tranche-1'],
    ['Total investment in the new capital', 'money', 'investment'],
    ['IMF loan to Egypt', 'money', 'loan'],
    ['Saudi deposits at the central bank', 'money', 'deposits'],
    ['Debt service due in 2025', 'money', 'debt'],
    ['قيمة الصفقة', 'money', 'deal'],
    ['الدفعة الثانية من القرض', 'money', 'tranche-2'],
    ['Montant du prêt de la Banque mondiale', 'money', 'loan'],
  ] as const)('a topic named "%s" measures %s as %s', (label, kind, expected) => {
    expect(topicFromText({ id: 't', label, kind })?.concept).toBe(expected)
  })
})
