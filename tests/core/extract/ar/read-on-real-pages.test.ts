import { describe, expect, it } from 'vitest'
import { extract } from '../helpers'
import { inBothScripts, toIndic } from './both-scripts'

// Arabic constructions found misread when the extractor ran over real Arabic pages on floods and
// public finances nobody here had developed on (sentences below are ours), each in both scripts of
// digits: a quarter, third or half of a year is a period, not a share; a verb of reaching written
// as the result of a rise states the level reached; the rest of a figure in digits after a scale
// word; a decimal times a scale without binary noise; digits in brackets before their scale word.

inBothScripts('Arabic constructions read on real pages', [
  { text: 'ارتفع التضخم خلال الربع الأول من العام الجاري إلى 21%.', span: 'الربع الأول من العام الجاري', kind: 'date', lo: '2025-01-01', hi: '2025-03-31' },
  { text: 'تراجعت الإيرادات في الربع الأخير من العام الماضي.', span: 'الربع الأخير من العام الماضي', kind: 'date', lo: '2024-10-01', hi: '2024-12-31' },
  { text: 'وتباطأ النمو خلال النصف الثاني من 2023.', span: 'النصف الثاني من 2023', kind: 'date', lo: '2023-07-01', hi: '2023-12-31' },
  { text: 'وبلغ العجز 840 مليار دولار في الثلث الأول من عام 2024.', span: 'الثلث الأول من عام 2024', kind: 'date', lo: '2024-01-01', hi: '2024-04-30' },
  { text: 'ارتفع التضخم في الربع الأول من هذا العام 2012 إلى 21%.', span: 'الربع الأول من هذا العام 2012', kind: 'date', lo: '2012-01-01', hi: '2012-03-31' },
  { text: 'ارتفع عدد الضحايا ليصل إلى 6 آلاف شخص.', span: '6 آلاف', kind: 'count', lo: 6000, qualifier: null },
  { text: 'تراجعت الإيرادات لتصل إلى 128.7 مليار ريال.', span: '128.7 مليار ريال', kind: 'money', lo: 128.7e9, unit: 'SAR', qualifier: null },
  { text: 'وقال الوزير إن العجز قد يصل إلى 9%.', span: 'قد يصل إلى 9%', kind: 'percent', lo: null, hi: 9, qualifier: 'at-most' },
  { text: 'ظل الوضع كذلك لأكثر من عقد.', span: 'أكثر من عقد', kind: 'duration', lo: 10, hi: null, unit: 'year', qualifier: 'more-than' },
  { text: 'ارتفعت الإصابات بالكوليرا إلى ألف و696 إصابة.', span: 'ألف و696', kind: 'count', lo: 1696 },
  { text: 'بلغ عدد النازحين مليون و200 ألف نازح.', span: 'مليون و200 ألف', kind: 'count', lo: 1200000 },
  { text: 'قد تقترض المملكة 26.58 مليار دولار هذا العام.', span: '26.58 مليار دولار', kind: 'money', lo: 26.58e9, unit: 'USD' },
  // Digits in brackets and the scale word after them.
  { text: 'وأوضح أن العجز بلغ (285) مليون دولار.', span: '(285) مليون دولار', kind: 'money', lo: 285e6, unit: 'USD' },
  { text: 'وتم إخلاء أكثر من (3) آلاف سائح.', span: 'أكثر من (3) آلاف', kind: 'count', lo: 3000, hi: null, qualifier: 'more-than' },
  { text: 'فيما أصيب (9) آخرون.', span: '9', kind: 'count', lo: 9 },
])

const NOT_FIGURES: [string, string][] = [
  ['ارتفع عجز الموازنة في الربع الأول من العام المالي.', 'الربع'],
  ['اتسع العجز خلال الثلث الأول من السنة المالية.', 'الثلث'],
  ['تراجعت الصادرات في النصف الثاني.', 'النصف'],
]

describe('a fraction with an ordinal after it is no share', () => {
  it.each([...NOT_FIGURES, ...NOT_FIGURES.map(([t, w]): [string, string] => [toIndic(t), w])])('%s (not %s)', (text, word) => {
    const at = text.indexOf(word)
    const claims = extract(text, '2025-11-28', 'ar')
    expect(claims.filter((c) => c.span.start < at + word.length && c.span.end > at).map((c) => c.text)).toEqual([])
  })
  it('while a share of something stays one', () => {
    expect(extract('نزح ثلث السكان.', '2025-11-28', 'ar').map((c) => [c.text, c.quantity.lo])).toEqual([['ثلث', 33.33]])
  })
})
