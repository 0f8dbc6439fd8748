import { describe, expect, it } from 'vitest'
import type { Lang } from '../../../src/core/model'
import { expectCase, extract } from './helpers'

// Letters in capitals before digits name a model ("RS 24 Yars", a missile; "F 16"), in every
// language; the rupee is written "Rs" or "Rs." (in capitals only in a headline in capitals).
describe('capital letters before digits name a model, not an amount', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Moscow said it had test-fired an RS 24 Yars from Plesetsk.', '24'],
    ['fr', "L'armée russe a procédé au tir d'un RS 24 Yars depuis Plesetsk.", '24'],
    ['ar', 'قالت موسكو إنها أطلقت صاروخ RS 24 يارس من بليسيتسك', '24'],
    ['ar', 'تسلّم سلاح الجو طائرات F 16 جديدة', '16'],
  ])('%s: %s', (lang, text, digits) => {
    const at = text.indexOf(digits)
    expect(extract(text, '2024-03-10', lang).filter((c) => c.span.start <= at && c.span.end > at).map((c) => c.text)).toEqual([])
  })
})

// A longer word in Latin letters before digits in Arabic text is a name that counts.
describe('a name in Latin letters before Arabic-text digits leaves the figure', () => {
  it.each([
    ['وارتفع سعر خام Brent 82 دولارا للبرميل.', '82 دولارا للبرميل'],
    ['وجمعت BBC 12 شهادة من الناجين.', '12'],
    ['وأعلنت Tesla 500 وظيفة جديدة.', '500'],
  ])('%s → %s', (text, span) => expect(extract(text, '2024-03-10').map((c) => c.text)).toContain(span))
})

describe('the rupee before digits stays an amount', () => {
  it.each([
    { text: 'The state will pay Rs 4 lakh to each family.', span: 'Rs 4 lakh', lo: 400_000 },
    { text: 'Each family will get Rs. 50,000 in relief.', span: 'Rs. 50,000', lo: 50_000 },
    { text: 'STATE TO PAY RS 4 LAKH TO EACH FAMILY', span: 'RS 4 LAKH', lo: 400_000 },
  ])('$text → $span', ({ text, span, lo }) => expectCase({ text, span, kind: 'money', lo, unit: 'INR', lang: 'en', published: '2024-03-10' }))
  it('in French too', () => expectCase({ text: "L'État versera Rs 4 lakh à chaque famille.", span: 'Rs 4 lakh', kind: 'money', lo: 400_000, unit: 'INR', lang: 'fr', published: '2024-03-10' }))
})

// An outlet named with a number in a byline, before its bar ("الشروق 24 | الخميس"), counts nothing;
// the same number in a sentence does.
describe("an outlet's number in a byline", () => {
  it('is no figure before the bar', () => {
    expect(extract('عمّان – صدى 24 | الخميس 4 يوليو 2024', '2024-07-04').map((c) => c.text)).toEqual(['الخميس 4 يوليو 2024'])
  })
  it('counts in a sentence', () => {
    expect(extract('ارتفع عدد المصابين إلى 24 مساء الخميس', '2024-07-04').map((c) => c.text)).toContain('24')
  })
})
