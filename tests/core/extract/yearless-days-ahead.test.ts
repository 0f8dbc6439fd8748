import { describe, it } from 'vitest'
import { inBothScripts } from './ar/both-scripts'
import { expectCase, type Case } from './helpers'

// A day named without its year is the most recent such day; but as an end bound ("until",
// "jusqu'au", "حتى") within ten days after the publication day it is the coming one, not the same
// day almost a year back ("jusqu'au 1er novembre" written on 31 October 2024 is 1 November 2024).
// A past event on such a day, "dernier", and a bound further ahead keep the past reading.
const latin: Case[] = [
  { lang: 'fr', published: '2024-10-31', text: "Un deuil de trois jours a été décrété, jusqu'au 1er novembre.", span: "jusqu'au 1er novembre", kind: 'date', lo: '2024-11-01' },
  { lang: 'fr', published: '2024-12-28', text: 'Les écoles resteront fermées jusqu\'au 3 janvier.', span: "jusqu'au 3 janvier", kind: 'date', lo: '2025-01-03' },
  { lang: 'en', published: '2023-09-12', text: 'Schools will stay shut until September 18.', span: 'until September 18', kind: 'date', lo: '2023-09-18' },
  { lang: 'en', published: '2024-12-30', text: 'The curfew runs until January 2.', span: 'until January 2', kind: 'date', lo: '2025-01-02' },
  // Further ahead than ten days, or said to be past: the last one.
  { lang: 'fr', published: '2024-10-31', text: 'Le port a explosé le 20 novembre.', span: '20 novembre', kind: 'date', lo: '2023-11-20' },
  { lang: 'en', published: '2023-09-12', text: 'The talks opened on October 30.', span: 'October 30', kind: 'date', lo: '2022-10-30' },
  { lang: 'fr', published: '2024-10-31', text: 'Le drame du 2 novembre dernier reste dans les mémoires.', span: '2 novembre dernier', kind: 'date', lo: '2023-11-02' },
  { lang: 'fr', published: '2024-10-31', text: "L'accord a été signé le 3 novembre.", span: '3 novembre', kind: 'date', lo: '2023-11-03' },
  { lang: 'en', published: '2023-09-28', text: 'The deal was signed on October 5.', span: 'October 5', kind: 'date', lo: '2022-10-05' },
  { lang: 'en', published: '2023-09-12', text: 'The curfew was in force until September 30.', span: 'until September 30', kind: 'date', lo: '2023-09-30' },
  { lang: 'en', published: '2023-09-12', text: 'The curfew was in force until October 30.', span: 'until October 30', kind: 'date', lo: '2022-10-30' },
]

describe('a yearless day a few days ahead', () => {
  it.each(latin)('$text → $span $lo', (c) => expectCase(c))
})

inBothScripts('Arabic: a yearless day a few days ahead', [
  { published: '2023-09-12', text: 'تمدد حالة الطوارئ حتى 18 سبتمبر', span: 'حتى 18 سبتمبر', kind: 'date', lo: '2023-09-18' },
  { published: '2024-12-29', text: 'تغلق المدارس حتى 4 يناير', span: 'حتى 4 يناير', kind: 'date', lo: '2025-01-04' },
  { published: '2023-09-12', text: 'انعقد المؤتمر في 30 أكتوبر', span: '30 أكتوبر', kind: 'date', lo: '2022-10-30' },
  { published: '2024-10-31', text: 'وقع الاتفاق في 3 نوفمبر', span: '3 نوفمبر', kind: 'date', lo: '2023-11-03' },
])
