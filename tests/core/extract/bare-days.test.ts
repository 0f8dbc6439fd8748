import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// A day of the month written without its month: the day of the publication's month when it has
// come, else of the month before (or, in a clause set ahead, the coming one). Only where nothing
// counted can follow the number.
describe('days written without their month', () => {
  it.each([
    { lang: 'en', text: 'The governor said on the 14th that the dam had held.', span: 'the 14th', kind: 'date', lo: '2025-11-14', published: '2025-11-20' },
    { lang: 'en', text: 'The storm that struck on the 27th had cut the road.', span: 'the 27th', kind: 'date', lo: '2025-10-27', published: '2025-11-03' },
    { lang: 'en', text: 'Crews have worked since the 2nd, officials said.', span: 'since the 2nd', kind: 'date', lo: '2025-11-02', published: '2025-11-20' },
    { lang: 'en', text: 'The talks will resume on the 3rd.', span: 'the 3rd', kind: 'date', lo: '2025-12-03', published: '2025-11-20' },
    { lang: 'fr', text: 'Le préfet a indiqué le 14 que la digue avait tenu.', span: '14', kind: 'date', lo: '2025-11-14', published: '2025-11-20' },
    { lang: 'fr', text: 'Les secours sont sur place depuis le 1er, selon la mairie.', span: 'depuis le 1er', kind: 'date', lo: '2025-11-01', published: '2025-11-20' },
    { lang: 'fr', text: "L'orage qui a frappé le 27 a coupé la route.", span: '27', kind: 'date', lo: '2025-10-27', published: '2025-11-03' },
    { lang: 'ar', text: 'وانهار الجسر في الـ12 من الشهر الجاري.', span: 'الـ12 من الشهر الجاري', kind: 'date', lo: '2025-11-12', published: '2025-11-20' },
    { lang: 'ar', text: 'وقعت العاصفة الـ9 من نوفمبر.', span: 'الـ9 من نوفمبر', kind: 'date', lo: '2025-11-09', published: '2025-11-20' },
    { lang: 'ar', text: 'وبدأ الإضراب أمس الأربعاء الـ19 من نوفمبر.', span: 'أمس الأربعاء الـ19 من نوفمبر', kind: 'date', lo: '2025-11-19', published: '2025-11-20' },
  ] as Case[])('$lang: $text → $span', (c) => expectCase(c))

  it.each([
    ['en', 'She lives on the 20th floor of the tower.', '20'],
    ['en', 'It was the 20th time the river flooded.', '20'],
    ['en', 'Rescuers searched from the 5th to the 9th of November.', '5'],
    ['fr', 'Il est arrivé le 20e au classement.', '20'],
    ['fr', 'Le 20 heures a ouvert sur la crue.', '20'],
  ])('%s: %s has no day %s of its own', (lang, text, day) => {
    const days = extract(text, '2025-11-20', lang as Case['lang']).filter((c) => c.quantity.kind === 'date' && c.quantity.lo === `2025-11-${day.padStart(2, '0')}` && !/[a-zé]{3,}/i.test(c.text.replace(/^(the|le) /i, '')))
    expect(days.map((c) => c.text)).toEqual([])
  })

  it('an article before digits that count people stays a count', () => {
    expect(extract('ونُقل الـ13 جريحا إلى المستشفى.', '2025-11-20').map((c) => [c.text, c.quantity.kind])).toEqual([['الـ13', 'count']])
  })
})
