import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { valueSplits } from '../../../src/core/align/candidateValues'
import { cutApart, unbridged } from '../../../src/core/align/candidateApart'
import { CONCEPT_BY_ID } from '../../../src/core/align/measures'
import type { Claim, Lang, Source } from '../../../src/core/model'

// Values a report sets side by side, and chains of values only one report bridges: reports written
// for these tests.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, outlet: id, title: id, published: '2025-03-10', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source
const reports = (...texts: [Lang, string][]): Claim[] => texts.flatMap(([lang, text], i) => extractClaims(source(`s${i}`, lang, text)).filter((c) => c.quantity.kind === 'percent'))
const texts = (parts: Claim[][]) => parts.map((cs) => cs.map((c) => `${c.source}:${c.text}`).sort())
const share = CONCEPT_BY_ID.get('share')!

describe('valueSplits: values a report sets side by side', () => {
  it('a morning figure set against last vote\'s, in two reports each, is two things, though the values chain', () => {
    const claims = reports(
      ['en', 'By noon, 21 percent of voters had cast a ballot, against 24 percent at the same hour in the last vote.'],
      ['fr', 'À midi, la participation atteignait 21 %, contre 24 % lors du précédent scrutin.'],
    )
    expect(claims).toHaveLength(4)
    expect(texts(valueSplits(claims, share))).toEqual([['s0:21 percent', 's1:21 %'], ['s0:24 percent', 's1:24 %']])
  })

  it('values never given side by side stay one chain', () => {
    const claims = reports(
      ['en', 'Final turnout stood at 52 percent.'],
      ['fr', 'La participation finale est de 52 %.'],
      ['ar', 'بلغت نسبة المشاركة 55 بالمائة.'],
      ['en', 'Turnout was 55 percent, officials said.'],
      ['fr', 'Le président sortant est réélu avec 71 %.'],
    )
    expect(texts(valueSplits(claims, share))).toEqual([['s0:52 percent', 's1:52 %', 's2:55 بالمائة', 's3:55 percent']])
  })
})

describe('unbridged: a chain held by one report\'s value', () => {
  it('two values two reports give, linked only through one report\'s value between them, are two runs', () => {
    const claims = reports(
      ['en', 'Turnout reached 30 percent.'],
      ['fr', 'La participation a atteint 30 %.'],
      ['en', 'A pollster put it at 32 percent.'],
      ['ar', 'بلغت نسبة المشاركة 40 بالمائة.'],
      ['fr', 'La participation a atteint 40 %.'],
    )
    const chain = claims.map((c) => ({ c, value: { lo: c.quantity.lo as number, hi: c.quantity.hi as number } }))
    expect(unbridged(chain, 0.1).map((r) => r.map((v) => v.c.text))).toEqual([['30 percent', '30 %', '32 percent'], ['40 بالمائة', '40 %']])
  })

  it('with one value two reports give, or none, the chain stands', () => {
    const claims = reports(['en', 'Some 30 percent were paid.'], ['fr', 'Environ 34 % ont été payés.'], ['ar', 'دفع 38 بالمائة.'])
    const chain = claims.map((c) => ({ c, value: { lo: c.quantity.lo as number, hi: c.quantity.hi as number } }))
    expect(unbridged(chain, 0.1)).toHaveLength(1)
  })
})

describe('cutApart', () => {
  it('cuts where the values lie furthest apart, between two a report gives side by side', () => {
    const claims = reports(
      ['fr', 'Il avait gagné avec 60 %, avec une participation de 40 %.'],
      ['en', 'Turnout was 44 percent.'],
      ['ar', 'فاز بنسبة 58 بالمائة.'],
    )
    const chain = claims.map((c) => ({ c, value: { lo: c.quantity.lo as number, hi: c.quantity.hi as number } })).sort((a, b) => a.value.lo - b.value.lo)
    const distinct = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.hi < b.lo || b.hi < a.lo
    expect(cutApart(chain, distinct).map((r) => r.map((v) => v.c.quantity.lo))).toEqual([[40, 44], [58, 60]])
  })
})
