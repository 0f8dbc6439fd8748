import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { measuresOf } from '../../../src/core/align/measureOf'
import { withOwnYear } from '../../../src/core/align/dateYear'
import type { Lang } from '../../../src/core/model'
import { placed, source, topic } from './placed'

// A vote is an event a date dates, and a date's own year tells the story's vote from an earlier
// one. Sentences written for these tests, about places and people that do not exist.

const CASES: [Lang, string, string, string | null][] = [
  ['en', 'Few voters turned out for Sunday’s referendum on the new charter.', 'Sunday', 'election'],
  ['fr', 'Le taux de participation au référendum du 12 mars 2024 reste faible.', '12 mars 2024', 'election'],
  ['ar', 'بلغت نسبة المشاركة في الاستفتاء الذي نُظّم أمس نحو 30 في المائة.', 'أمس', 'election'],
  ['en', 'The count will be quicker than in the parliamentary elections of 2019.', '2019', 'election'],
  ['fr', 'Il avait été élu en décembre 2019 avec 58 % des voix.', 'décembre 2019', 'election'],
  ['ar', 'سيكون الفرز أيسر مما شهدته الانتخابات التشريعية لعام 2019.', 'عام 2019', 'election'],
  // (A parliament's vote on a bill is no election.)
  ['en', 'Lawmakers will vote on the bill on Thursday.', 'Thursday', null],
]

describe('measuresOf: the vote a date dates', () => {
  it.each(CASES)('%s: %s → %s', (lang, text, figure, event) => {
    const claims = extractClaims({ id: 't', text, lang, published: '2024-03-12', window: null })
    const c = claims.find((x) => x.text === figure)
    expect(c, `"${figure}" must be read (got ${claims.map((x) => x.text).join(' | ')})`).toBeDefined()
    expect(measuresOf(claims, text, lang).get(c!.id)?.concept?.id ?? null).toBe(event)
  })
})

describe('withOwnYear: a date narrows to its own year', () => {
  const q = (lo: string, hi = lo) => ({ quantity: { kind: 'date' as const, lo, hi } }) as Parameters<typeof withOwnYear>[0]
  it('adds the year of a date within one year', () => {
    expect(withOwnYear(q('2019-12-01', '2019-12-31'), {})).toEqual({ year: 2019 })
  })
  it('keeps a year its words named, and says none for a date across two years', () => {
    expect(withOwnYear(q('2019-12-01'), { year: 2014 })).toEqual({ year: 2014 })
    expect(withOwnYear(q('2019-12-30', '2020-01-02'), {})).toEqual({})
  })
  it('says nothing of a count', () => {
    expect(withOwnYear({ quantity: { kind: 'count', lo: 2019, hi: 2019 } } as Parameters<typeof withOwnYear>[0], {})).toEqual({})
  })
})

describe('placement: the story\'s vote and the previous one', () => {
  it('sends the earlier year to the previous election, the story\'s day to election day', () => {
    const src = source('r', 'en', 'Voters in Velmora went to the polls on Sunday in a presidential election marked by a low turnout.\nThe count will be quicker than in the presidential election of 2019, officials said.')
    const got = placed(src, [topic('day', 'Election day', 'date'), topic('prev', 'Date of the previous election', 'date')])
    expect(got.prev).toEqual(['2019'])
    expect(got.day).toEqual(['Sunday'])
  })
})
