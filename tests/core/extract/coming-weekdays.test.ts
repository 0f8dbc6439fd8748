import { describe, expect, it } from 'vitest'
import { expectCase, extract, type Case } from './helpers'

// A weekday the text sets ahead without "next" is the first such day on or after the publication
// day: after a start bound ("starting Thursday", "à partir de jeudi", "اعتباراً من الخميس"), after an
// Arabic future verb ("ستغادر … الأربعاء"), and in an Arabic headline with an imperfect verb
// ("السفينة تغادر … الأربعاء"), as Arabic headlines announce what is to come. Published on
// Monday 1 July 2024.
const MONDAY = '2024-07-01'
const cases: Case[] = [
  { lang: 'en', text: 'The council closed the market for a week starting Thursday.', span: 'starting Thursday', kind: 'date', lo: '2024-07-04' },
  { lang: 'en', text: 'New fares apply beginning Monday.', span: 'Monday', kind: 'date', lo: '2024-07-01' },
  { lang: 'fr', text: 'Le marché sera fermé une semaine à partir de jeudi.', span: 'à partir de jeudi', kind: 'date', lo: '2024-07-04' },
  { lang: 'fr', text: 'Les nouveaux tarifs ont été annoncés à compter de samedi.', span: 'à compter de samedi', kind: 'date', lo: '2024-07-06' },
  { lang: 'ar', text: 'وقررت البلدية إغلاق السوق أسبوعا اعتباراً من الخميس.', span: 'اعتباراً من الخميس', kind: 'date', lo: '2024-07-04' },
  { lang: 'ar', text: 'وقال الوزير إن الوفد سيزور العاصمة السبت.', span: 'السبت', kind: 'date', lo: '2024-07-06' },
  { lang: 'ar', text: 'الوزير يفتتح المعبر الجديد الخميس\nقال مسؤولون إن العمل انتهى.', span: 'الخميس', kind: 'date', lo: '2024-07-04' },
]

describe('a weekday set ahead', () => {
  it.each(cases)('$lang $text → $lo', (c) => expectCase({ ...c, published: MONDAY }))
})

// The same weekdays told as past stay the last one: a past verb in a headline, an imperfect that
// reports speech, a verbal noun ("تفجير الأحد"), an imperfect below the headline, "Seoul" (سيؤول) no
// future verb.
describe('a weekday told as past stays the last one', () => {
  it.each([
    ['افتتح الوزير المعبر الجديد الخميس\nنص الخبر', 'الخميس', '2024-06-27'],
    ['الشرطة تقول إن المهاجم اعتقل الخميس\nنص الخبر', 'الخميس', '2024-06-27'],
    ['تفجير الخميس يودي بحياة عامل\nنص الخبر', 'الخميس', '2024-06-27'],
    ['عنوان الخبر\nوكان الوزير يزور المعبر الخميس', 'الخميس', '2024-06-27'],
    ['وقع التدافع في سيؤول مساء الخميس', 'مساء الخميس', '2024-06-27'],
    // An imperfect of the present in a text of one paragraph (no headline), or "since" a day.
    ['يعيش السكان في الخيام الخميس بعد أن دمر الزلزال منازلهم.', 'الخميس', '2024-06-27'],
    ['يعيش السكان في الخيام منذ الخميس\nنص الخبر', 'منذ الخميس', '2024-06-27'],
  ])('%s → %s %s', (text, span, lo) => {
    expect(extract(text, MONDAY).filter((c) => c.text === span).map((c) => c.quantity.lo)).toEqual([lo])
  })
})
