import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { discoverCandidates } from '../../../src/core/align/discover'
import { eraSplits } from '../../../src/core/align/candidateEras'
import type { Claim, Lang, Source } from '../../../src/core/model'

// A made-up presidential vote in "Veldoria" on Saturday 12 October 2024, set against the one of
// 2019, reported in the three languages; written for these tests.
const source = (id: string, lang: Lang, text: string, published: string): Source => ({ id, lang, text, outlet: `Outlet ${id}`, title: id, published, window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

const reports = [
  source('en-1', 'en', 'Veldorians voted on Saturday, 12 October 2024, in a presidential election. Turnout was 41 per cent, against 52 per cent in the 2019 election.', '2024-10-13'),
  source('fr-1', 'fr', "Les Veldoriens ont voté samedi 12 octobre 2024 pour élire leur président. La participation a atteint 41 %, contre 52 % lors de l'élection de 2019.", '2024-10-13'),
  source('ar-1', 'ar', 'صوت الناخبون في فيلدوريا يوم السبت 12 أكتوبر 2024 في الانتخابات الرئاسية، وبلغت نسبة المشاركة 41 في المئة مقابل 52 في المئة في انتخابات عام 2019.', '2024-10-13'),
  source('en-2', 'en', 'The incumbent won the election held on 12 October 2024 with 61 per cent, the commission said.', '2024-10-14'),
]

describe('dates of one kind of event years apart', () => {
  it('the vote of the story and the one it is set against are two candidates, never one date', () => {
    const claims = reports.flatMap((s) => extractClaims(s))
    const text = (id: string) => claims.find((c) => c.id === id)!.text
    const dates = discoverCandidates(claims, reports).filter((c) => c.kind === 'date')
    const past = dates.find((d) => d.claims.some((id) => text(id).includes('2019')))!
    expect(past.claims.every((id) => text(id).includes('2019'))).toBe(true)
    expect(past.sources.length).toBeGreaterThanOrEqual(2)
    expect(past.label?.en).toMatch(/2019/)
    const vote = dates.find((d) => d.claims.some((id) => /12/.test(text(id))))!
    expect(vote).not.toBe(past)
    expect(vote.label?.en).not.toMatch(/2019/)
  })
})

describe('eraSplits', () => {
  const date = (source: string, lo: string, hi: string, precision: string): Claim => ({ id: `${source}-${lo}`, source, text: lo, span: { start: 0, end: 1 }, sentence: { start: 0, end: 1 }, quantity: { kind: 'date', lo, hi, unit: null, precision, qualifier: 'exact' } }) as unknown as Claim
  const origin = (c: Claim) => c.source
  it('splits dates years apart, each era stated by two reports, the one most reports give first', () => {
    const cs = [date('a', '2024-10-12', '2024-10-12', 'day'), date('b', '2024-10-12', '2024-10-12', 'day'), date('c', '2024-10-13', '2024-10-13', 'day'), date('a', '2019-01-01', '2019-12-31', 'year'), date('b', '2019-01-01', '2019-12-31', 'year')]
    const eras = eraSplits(cs, origin)
    expect(eras.map((e) => e.map((c) => c.quantity.lo as string).sort())).toEqual([['2024-10-12', '2024-10-12', '2024-10-13'], ['2019-01-01', '2019-01-01']])
  })
  it('leaves one era, and an era one report alone gives, as they are', () => {
    expect(eraSplits([date('a', '2024-10-12', '2024-10-12', 'day'), date('b', '2024-10-13', '2024-10-13', 'day')], origin)).toEqual([])
    expect(eraSplits([date('a', '2024-10-12', '2024-10-12', 'day'), date('b', '2024-10-12', '2024-10-12', 'day'), date('a', '2019-01-01', '2019-12-31', 'year')], origin)).toEqual([])
    // Dates of one season (a date in spring, the same year) are one era.
    expect(eraSplits([date('a', '2024-10-12', '2024-10-12', 'day'), date('b', '2024-10-12', '2024-10-12', 'day'), date('a', '2024-05-01', '2024-05-31', 'month'), date('b', '2024-05-01', '2024-05-31', 'month')], origin)).toEqual([])
  })
})
