import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// An end bound ("until", "jusqu'au", "حتى") on a yearless day, in a clause not set in the past, is
// the coming day up to half a year ahead: a detention, a curfew, a deadline. A clause in the past
// ("was in force", "était", "استمرت") keeps the last one; a verb that moves the bound (extended,
// prolongée, مددت) keeps it ahead whatever its tense.
const cases: Case[] = [
  { lang: 'fr', published: '2024-03-27', text: "Les deux suspects restent en détention jusqu'au 19 mai.", span: "jusqu'au 19 mai", kind: 'date', lo: '2024-05-19' },
  { lang: 'fr', published: '2024-03-27', text: "Le délai de dépôt a été prolongé jusqu'au 30 juin, a indiqué la préfecture.", span: "jusqu'au 30 juin", kind: 'date', lo: '2024-06-30' },
  { lang: 'fr', published: '2024-03-27', text: "Le marché était fermé jusqu'au 19 mai.", span: "jusqu'au 19 mai", kind: 'date', lo: '2023-05-19' },
  { lang: 'en', published: '2024-03-27', text: 'The two suspects will be held until May 19.', span: 'until May 19', kind: 'date', lo: '2024-05-19' },
  { lang: 'en', published: '2024-03-27', text: 'Officials extended the ban on fishing until June 30.', span: 'until June 30', kind: 'date', lo: '2024-06-30' },
  { lang: 'en', published: '2024-03-27', text: 'The market stayed closed until May 19.', span: 'until May 19', kind: 'date', lo: '2023-05-19' },
  { lang: 'en', published: '2024-03-27', text: 'A court in the capital ordered them held until November 2.', span: 'until November 2', kind: 'date', lo: '2023-11-02' },
  { lang: 'ar', published: '2024-03-27', text: 'مددت المحكمة حبس المتهمين حتى 19 مايو', span: 'حتى 19 مايو', kind: 'date', lo: '2024-05-19' },
  { lang: 'ar', published: '2024-03-27', text: 'يبقى المعبر مغلقا حتى 30 يونيو', span: 'حتى 30 يونيو', kind: 'date', lo: '2024-06-30' },
  { lang: 'ar', published: '2024-03-27', text: 'ظلت السوق مغلقة حتى 19 مايو', span: 'حتى 19 مايو', kind: 'date', lo: '2023-05-19' },
]

describe('a yearless end bound in a clause not set in the past', () => {
  it.each(cases)('$lang $text → $lo', (c) => expectCase(c))
})
