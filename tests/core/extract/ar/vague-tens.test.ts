import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from '../helpers'

// Some over ten or over the tens: "بضعة عشر" 13–19, "بضع وعشرون" 23–29, "نيف وأربعون" 41–49, vague
// as "بضعة" is; and a half whose scale is repeated with the article ("مليون ونصف المليون").
describe('Arabic vague counts over the tens', () => {
  it.each([
    { text: 'قتل في الاشتباكات بضعة عشر مقاتلا.', span: 'بضعة عشر', kind: 'count', lo: 13, hi: 19, qualifier: 'vague' },
    { text: 'ونقل إلى المستشفى بضع وعشرون جريحا.', span: 'بضع وعشرون', kind: 'count', lo: 23, hi: 29, qualifier: 'vague' },
    { text: 'وما زال نيف وأربعون شخصا في عداد المفقودين.', span: 'نيف وأربعون', kind: 'count', lo: 41, hi: 49, qualifier: 'vague' },
    { text: 'وانتشلت فرق الإنقاذ جثث نيف وثلاثين ضحية.', span: 'نيف وثلاثين', kind: 'count', lo: 31, hi: 39, qualifier: 'vague' },
    { text: 'وتقدّر الأمم المتحدة عدد النازحين بمليون ونصف المليون شخص.', span: 'مليون ونصف المليون', kind: 'count', lo: 1500000 },
  ] as Case[])('$text → $span', (c) => expectCase(c))
})

// "صيادين" are fishermen (a trade with a sound plural), unless the dual's ان says two.
describe('a trade in ين is no dual', () => {
  it('reads "من الصيادين" as fishermen, not two', () => {
    expect(extract('وفقدت الاتصالات مع العشرات من الصيادين.').filter((c) => c.quantity.lo === 2)).toEqual([])
  })
  it('keeps the definite dual in ان', () => {
    expectCase({ text: 'ونجا الصيادان بأعجوبة من الغرق.', span: 'الصيادان', kind: 'count', lo: 2 })
  })
})

// A multiplier is no count (ANNOTATION.md), as "three times" and "trois fois" are not.
describe('Arabic multipliers', () => {
  it.each(['وارتفعت أسعار الخبز ثلاثة أضعاف منذ بدء الحصار.', 'وتضاعف عدد النازحين 4 مرات خلال العام.', 'ولم تصل القوافل إلا مرة واحدة.'])('%s has no count', (text) => {
    expect(extract(text).filter((c) => c.quantity.kind === 'count').map((c) => c.text)).toEqual([])
  })
})
