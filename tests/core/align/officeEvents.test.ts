import { describe, expect, it } from 'vitest'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { QuantityKind } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// An official's visit, a swearing-in and a term's end are days of their own; election observers
// and candidacies are counted. Reports written for these tests, about people who do not exist.

const concept = (label: string, kind: QuantityKind) => topicFromText({ id: 't', label, kind })?.concept ?? null

describe('days of office and of visits', () => {
  it.each([
    ['Date of the minister\'s visit to the hospital', 'visit'],
    ['Date Halvorsen was sworn in', 'sworn-in'],
    ['Date d\'investiture de Halvorsen', 'sworn-in'],
    ['تاريخ أداء هالفورسن اليمين الدستورية', 'sworn-in'],
    ['End of the president\'s term of office', 'term-end'],
  ] as const)('%s → %s', (label, id) => {
    expect(concept(label, 'date')).toBe(id)
  })
  it.each([
    ['en', 'The president visited the wounded in Tinville on Thursday. The vote was held on 24 March.', 'Thursday'],
    ['fr', "Le président s'est rendu jeudi au chevet des blessés à Tinville. Le scrutin a eu lieu le 24 mars.", 'jeudi'],
    ['ar', 'ووصل الرئيس أمس الخميس إلى تينفيل حيث تفقد الجرحى. وجرى الاقتراع في 24 مارس.', 'أمس الخميس'],
  ] as const)('%s: a visit\'s day goes to the visit, the vote\'s to the vote', (lang, text, day) => {
    const got = placed({ ...source(`${lang}-v`, lang, text), published: '2024-03-29' }, [topic('visit', "Date of the president's visit to Tinville", 'date'), topic('vote', 'Date of the election', 'date')])
    expect(got.visit ?? []).toEqual([day])
  })
  it('a term ends on its day, apart from the swearing-in', () => {
    const got = placed(source('en-t', 'en', "Halvorsen's mandate ends on 2 April. His successor was sworn in on 28 March."), [topic('end', 'End of the mandate', 'date'), topic('oath', 'Date the successor was sworn in', 'date')])
    expect(got.end ?? []).toEqual(['2 April'])
    expect(got.oath ?? []).toEqual(['28 March'])
  })
  it('"short-term" is no term of office', () => {
    expect(concept('Short-term recovery needs', 'money')).not.toBe('term-end')
  })
})

describe('observers and candidacies', () => {
  it.each([
    ['Accredited election observers', 'observers'],
    ['Nombre d\'observateurs accrédités', 'observers'],
    ['عدد الترشيحات المقبولة', 'candidates'],
  ] as const)('%s → %s', (label, id) => {
    expect(concept(label, 'count')).toBe(id)
  })
})

describe('days that follow a disaster: the funerals and a resignation', () => {
  it.each([
    ['Date of the mass funeral in Tinville', 'funeral'],
    ['Date des obsèques des victimes', 'funeral'],
    ['تاريخ تشييع الضحايا', 'funeral'],
    ['Date the mayor resigned', 'resignation'],
    ['Date de la démission du maire', 'resignation'],
  ] as const)('%s → %s', (label, id) => {
    expect(concept(label, 'date')).toBe(id)
  })
  it.each([
    ['en', 'The fire broke out at the club on Sunday. Tinville buried its dead on Thursday.', 'Thursday'],
    ['fr', "L'incendie s'est déclaré dimanche. Les obsèques des victimes ont eu lieu jeudi à Tinville.", 'jeudi'],
    ['ar', 'اندلع الحريق في الملهى يوم الأحد. وشيعت تينفيل ضحاياها يوم الخميس.', 'يوم الخميس'],
  ] as const)('%s: the funerals\' day goes to the funerals, not to the fire', (lang, text, day) => {
    const got = placed({ ...source(`${lang}-f`, lang, text), published: '2025-03-21' }, [topic('funeral', 'Date of the funerals in Tinville', 'date'), topic('fire', 'Date of the fire', 'date')])
    expect(got.funeral ?? []).toEqual([day])
  })
})
