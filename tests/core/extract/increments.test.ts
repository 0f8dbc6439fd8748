import { describe, expect, it } from 'vitest'
import { extract } from './helpers'

// A count said as what was added to an earlier count is marked, so that it joins no topic of
// totals (a toll of 58 beside one of 658); other groups said with "more" stay counts.
const PUB = '2024-03-08'
const roleOf = (text: string, lang: 'ar' | 'en' | 'fr', figure: string) => extract(text, PUB, lang).find((c) => c.text === figure)?.role ?? null

describe('counts said as an increment', () => {
  it.each([
    { lang: 'fr', text: 'Le ministère a annoncé 41 décès supplémentaires dans la nuit.', figure: '41' },
    { lang: 'fr', text: 'Le bilan, en hausse de 9 morts, atteint désormais 112 victimes.', figure: '9' },
    { lang: 'en', text: 'Health officials reported an additional 35 deaths on Friday.', figure: '35' },
    { lang: 'en', text: 'The toll rose by 14 to 203 overnight.', figure: '14' },
    { lang: 'ar', text: 'سجلت الوزارة 640 وفاة، بزيادة 52 حالة على حصيلة أمس.', figure: '52' },
    { lang: 'ar', text: 'ودفعت السلطات بـ300 عنصر إضافي إلى المنطقة.', figure: '300' },
  ] as const)('$text: $figure is an increment', ({ lang, text, figure }) => expect(roleOf(text, lang, figure)).toBe('increment'))

  it.each([
    { lang: 'en', text: 'Jordan said 12 more of its citizens were missing.', figure: '12' },
    { lang: 'en', text: 'About 90 more people died in nearby villages.', figure: 'About 90' },
    { lang: 'fr', text: 'Le bilan atteint 112 morts et 300 blessés.', figure: '112' },
    { lang: 'ar', text: 'قتل 12 شخصا وأصيب 17 آخرون.', figure: '17' },
  ] as const)('$text: $figure is a count', ({ lang, text, figure }) => expect(roleOf(text, lang, figure)).toBeNull())

  it('the change and the count it reached are two figures, not a range', () => {
    expect(extract('The toll rose by 14 to 203 overnight.', PUB, 'en').map((c) => c.text)).toEqual(['14', '203'])
  })
})
