import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// Duals no word list names: a noun and its adjective agreeing in the dual ending, a verbal noun of
// the form تفعيل (plural in ات, so its ين is a dual), and a construct dual whose two owners follow.
describe('duals read from their form', () => {
  it.each([
    { text: 'سقط الجسر بعد انهيارين متتاليين للدعامة.', span: 'انهيارين', kind: 'count', lo: 2 },
    { text: 'أعلنت الشرطة ضبط عبوتين ناسفتين قرب السوق.', span: 'عبوتين', kind: 'count', lo: 2 },
    { text: 'تتضارب الأرقام لأن الصحيفة نشرت قائمتين مختلفتين للمفقودين.', span: 'قائمتين', kind: 'count', lo: 2 },
    { text: 'وصلت إلى الميناء ناقلتان جديدتان.', span: 'ناقلتان', kind: 'count', lo: 2 },
    { text: 'وقال المتحدث إن المحققين فتحوا تحقيقين منفصلين.', span: 'تحقيقين', kind: 'count', lo: 2 },
    { text: 'هزّ تفجيران وسط المدينة صباحاً.', span: 'تفجيران', kind: 'count', lo: 2 },
    { text: 'ونقلت القوات سلاحين ثقيلين إلى الحدود.', span: 'سلاحين', kind: 'count', lo: 2 },
    { text: 'واستدعى الرئيس قائدي الشرطة والدفاع المدني.', span: 'قائدي', kind: 'count', lo: 2 },
    { text: 'وكلّف الرئيس وزيري المالية والتخطيط بإعداد الخطة.', span: 'وزيري', kind: 'count', lo: 2 },
  ] as Case[])('$text → $span', (c) => expectCase(c))

  it('reads the nominative dual of a trade, which has no plural spelled so', () => {
    expectCase({ text: 'ونجا طياران عسكريان من الحادث.', span: 'طياران', kind: 'count', lo: 2 })
  })

  it('keeps the attached و out of the span', () => {
    expectCase({ text: 'عثر الجنود على سلاح وحزامين ناسفين.', span: 'حزامين', kind: 'count', lo: 2 })
  })

  // Sound plurals of people end in ين as duals do: participles, adjectives of origin, elatives.
  it.each([
    'اعتقلت الشرطة مسلحين مجهولين في الحي.',
    'واستقبلت البلدة نازحين جدداً ولاجئين سوريين.',
    'وأصيب آخرين بجروح طفيفة.',
    'وتحدث عن التفجيرين المتتاليين.',
    // Trades of the form فعّال take a sound plural: written without the shadda, "طيارين" has the
    // shape of "حزامين", but its agreeing adjective makes it pilots, not two of them.
    'وأكد الجيش مقتل طيارين عسكريين في تحطم الطائرة.',
    'واعتقلت الشرطة قناصين مسلحين فوق السطح.',
  ])('%s has no count of two', (text) => {
    expect(extract(text, '2025-11-20').filter((c) => c.quantity.lo === 2).map((c) => c.text)).toEqual([])
  })
})
