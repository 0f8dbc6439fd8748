import { describe, it } from 'vitest'
import { expectCase, type Case } from './helpers'

// A day named, then named again in apposition, is one figure; two different days side by side
// stay two.
const cases: Case[] = [
  { lang: 'ar', published: '2023-07-24', text: 'اندلع الحريق فجر اليوم، 24 يوليو، في الغابة.', span: 'فجر اليوم، 24 يوليو', kind: 'date', lo: '2023-07-24' },
  { lang: 'en', published: '2024-03-27', text: 'The ferry sank on Friday (March 22) off the coast.', span: 'Friday (March 22)', kind: 'date', lo: '2024-03-22' },
  { lang: 'fr', published: '2024-03-27', text: 'Le ferry a coulé vendredi, 22 mars, au large.', span: 'vendredi, 22 mars', kind: 'date', lo: '2024-03-22' },
  { lang: 'en', published: '2024-03-27', text: 'Rain fell on Sunday, Monday was calm.', span: 'Sunday', kind: 'date', lo: '2024-03-24' },
  { lang: 'en', published: '2024-03-27', text: 'Rain fell on Sunday, Monday was calm.', span: 'Monday', kind: 'date', lo: '2024-03-25' },
]

describe('a day named again in apposition', () => {
  it.each(cases)('$lang: $text → $span', (c) => expectCase(c))
})
