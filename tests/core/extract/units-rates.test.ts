import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

const money: Case[] = [
  ['دولار', 'USD'], ['يورو', 'EUR'], ['فرنك أفريقي', 'XOF'], ['ريال', 'SAR'], ['ريال قطري', 'QAR'], ['درهم', 'AED'],
  ['جنيه', 'EGP'], ['جنيه إسترليني', 'GBP'], ['دينار كويتي', 'KWD'], ['روبل', 'RUB'], ['ليرة', 'TRY'], ['ليرة لبنانية', 'LBP'],
].map(([word, code]) => ({ text: `دفع 40 ${word} أمس`, span: `40 ${word}`, kind: 'money' as const, lo: 40, unit: code }))

const cases: Case[] = [
  ...money,
  { text: 'بلغت $40 فقط', span: '$40', kind: 'money', lo: 40, unit: 'USD' },
  { text: 'بلغت 40€ فقط', span: '40€', kind: 'money', lo: 40, unit: 'EUR' },
  { text: 'دفع 10 ملايين دولار شهرياً', span: '10 ملايين دولار شهرياً', kind: 'rate', lo: 1e7, unit: 'USD/month' },
  { text: 'أنتج 200 طن سنوياً', span: '200 طن سنوياً', kind: 'rate', lo: 200, unit: 'tonne/year' },
  { text: 'صدرت 16 بالمائة من الأسلحة', span: '16 بالمائة', kind: 'percent', lo: 16, unit: '%' },
  { text: 'صدرت 16 في المئة من الأسلحة', span: '16 في المئة', kind: 'percent', lo: 16, unit: '%' },
  { text: 'صدرت ١٦٪ من الأسلحة', span: '١٦٪', kind: 'percent', lo: 16, unit: '%' },
  { text: 'على بعد نحو خمسة عشر كيلومترًا شمال باماكو', span: 'نحو خمسة عشر كيلومترًا', kind: 'count', lo: 15, unit: 'km', qualifier: 'about' },
  { text: 'أنتج 200 طن من الذهب', span: '200 طن', kind: 'count', lo: 200, unit: 'tonne' },
  { text: 'ارتفاع 30 ألف قدم', span: '30 ألف قدم', kind: 'count', lo: 30000, unit: 'ft' },
  // Rain in millimetres and wind in kilometres an hour, as weather reports write them.
  { text: 'وبلغت كمية الأمطار 300 ملم في يوم واحد', span: '300 ملم', kind: 'count', lo: 300, unit: 'mm' },
  { text: 'سجلت المحطة ١٢٠ مم من الأمطار', span: '١٢٠ مم', kind: 'count', lo: 120, unit: 'mm' },
  { text: 'تراكمت الثلوج بسمك 40 سنتيمترا', span: '40 سنتيمترا', kind: 'count', lo: 40, unit: 'cm' },
  { text: 'هطلت 12 بوصة من الأمطار', span: '12 بوصة', kind: 'count', lo: 12, unit: 'in' },
  { text: 'هبت رياح بسرعة 220 كم/ساعة', span: '220 كم/ساعة', kind: 'rate', lo: 220, unit: 'km/hour' },
  { text: 'رياح تصل سرعتها إلى 200 كيلومتر في الساعة', span: '200 كيلومتر في الساعة', kind: 'rate', lo: 200, unit: 'km/hour' },
  // Power in gigawatts, and land in feddans (4,200 m², the Arabic outlets' word for acres too).
  { text: 'فقدت الشبكة 12 غيغاواط دفعة واحدة', span: '12 غيغاواط', kind: 'count', lo: 12, unit: 'GW' },
  { text: 'The grid lost 12 gigawatts at once', span: '12 gigawatts', kind: 'count', lo: 12, unit: 'GW', lang: 'en' },
  { text: 'Le réseau a perdu 12 gigawatts d’un coup', span: '12 gigawatts', kind: 'count', lo: 12, unit: 'GW', lang: 'fr' },
  { text: 'أتت النيران على نحو 9 آلاف فدان من الغابات', span: 'نحو 9 آلاف فدان', kind: 'count', lo: 9000, unit: 'feddan', qualifier: 'about' },
]

describe('units: currencies, percentages, measures, rates', () => {
  it.each(cases)('$text → $span', (c) => expectCase(c))

  it('records the reading of an ambiguous thousands dot', () => {
    const [c] = extract('5.200 دولار للأونصة')
    expect(c.quantity.lo).toBe(5200)
    expect(c.quantity.ambiguity).toMatch(/5\.2/)
  })
})
