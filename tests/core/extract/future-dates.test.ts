import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'
import { toIndic } from './ar/both-scripts'

// A month without a year is the nearest past one unless the text says otherwise: a clause that sets
// it in the future (a future verb, a plan) makes it the next one, for a whole range as for one day;
// a later year the report has just given that month carries to it; an earlier one never does.
const OCT = '2025-10-20'
const cases: Case[] = [
  { lang: 'en', published: OCT, text: 'The fair will run from Nov. 11 to 14 in the capital.', span: 'from Nov. 11 to 14', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'en', published: OCT, text: 'The fair is scheduled for November 11-14.', span: 'November 11-14', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'en', published: OCT, text: 'The fair, to be held November 11-14, will host 300 firms.', span: 'November 11-14', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'en', published: OCT, text: 'The fair ran November 11-14 last year.', span: 'November 11-14', kind: 'daterange', lo: '2024-11-11', hi: '2024-11-14' },
  { lang: 'ar', published: OCT, text: 'سيقام المعرض من 11 إلى 14 نوفمبر في العاصمة.', span: 'من 11 إلى 14 نوفمبر', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'ar', published: OCT, text: 'ومن المقرر أن يقام المعرض بين 11 و14 نوفمبر.', span: 'بين 11 و14 نوفمبر', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'ar', published: OCT, text: 'وستنطلق المفاوضات في 3 نوفمبر بحضور الوسطاء.', span: '3 نوفمبر', kind: 'date', lo: '2025-11-03' },
  { lang: 'ar', published: OCT, text: 'أقيم المعرض من 11 إلى 14 نوفمبر بمشاركة 40 دولة.', span: 'من 11 إلى 14 نوفمبر', kind: 'daterange', lo: '2024-11-11', hi: '2024-11-14' },
  { lang: 'ar', published: OCT, text: 'اشترت الأسرة سيارة في 3 نوفمبر.', span: '3 نوفمبر', kind: 'date', lo: '2024-11-03' },
  { lang: 'fr', published: OCT, text: 'Le salon se tiendra du 11 au 14 novembre à Dakar.', span: 'du 11 au 14 novembre', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-14' },
  { lang: 'en', published: OCT, text: 'The fair ran Nov. 11-14, 2025, in the capital. On Nov. 12, the minister toured the stands.', span: 'Nov. 12', kind: 'date', lo: '2025-11-12' },
  { lang: 'en', published: '2025-11-28', text: 'A video from November 2024 showed the training. The fair, held from 11 to 24 November, drew 40 countries.', span: 'from 11 to 24 November', kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24' },
]

describe('yearless months set in the future, or given a year nearby', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))
  it.each(cases.filter((c) => c.lang === 'ar').map((c) => ({ ...c, text: toIndic(c.text), span: toIndic(c.span) })))('$text → $span', (c) => expectCase(c))
})
