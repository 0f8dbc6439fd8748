import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { placed, source } from './placed'

// What follows a disaster is dated apart from it: the arrests, the report of an inquiry, the day a
// place reopens. A topic named for one takes its dates, not the day the disaster struck. Reports
// written for the test.
const topics = [
  topicFromText({ id: 'theft', label: 'Date of the theft', measure: 'day the jewels were stolen from the museum', kind: 'date' })!,
  topicFromText({ id: 'arrests', label: 'Date of the first arrests', measure: 'day the first two suspects were arrested', kind: 'date' })!,
  topicFromText({ id: 'reopened', label: 'Date the museum reopened', measure: 'day the museum reopened to visitors', kind: 'date' })!,
  topicFromText({ id: 'report', label: 'Date of the preliminary report', measure: 'day the auditors published their preliminary report', kind: 'date' })!,
]

describe('arrests, a report and a reopening are dated apart from the event', () => {
  it.each([
    ['en', 'Thieves stole the jewels on 19 October. The museum reopened on 22 October. Police arrested two suspects on 25 October. The auditors released their preliminary report on 6 November.'],
    ['fr', "Les voleurs ont dérobé les bijoux le 19 octobre. Le musée a rouvert le 22 octobre. Deux suspects ont été interpellés le 25 octobre. La Cour a publié son rapport préliminaire le 6 novembre."],
    ['ar', 'سرق اللصوص المجوهرات في 19 أكتوبر. وأعيد فتح المتحف أمام الزوار في 22 أكتوبر. وتم اعتقال مشتبه بهما في 25 أكتوبر. ونشرت الهيئة التقرير الأولي في 6 نوفمبر.'],
  ] as const)('%s', (lang, text) => {
    const got = placed({ ...source('a', lang, text), published: '2025-11-10' }, topics)
    expect(got.reopened?.length).toBe(1)
    expect(got.arrests?.length).toBe(1)
    expect(got.report?.length).toBe(1)
    expect(got.reopened![0]).toMatch(/22/)
    expect(got.arrests![0]).toMatch(/25/)
    expect(got.report![0]).toMatch(/6/)
    expect(got.theft?.some((d) => /22|25|6 /.test(d)) ?? false).toBe(false)
  })
})

it('"par rapport à" compares, and dates no report', () => {
  const got = placed({ ...source('a', 'fr', "La participation a progressé par rapport au scrutin du 12 décembre 2019."), published: '2024-09-08' }, topics)
  expect(got.report).toBeUndefined()
})
