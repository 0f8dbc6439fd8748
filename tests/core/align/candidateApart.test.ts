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

// The runs as first written (every value against every other), kept here as the reference the
// sort-and-sweep reading must match.
function unbridgedByPairs<V extends { c: Claim; value: { lo: number; hi: number } }>(chain: V[], near: number): V[][] {
  if (chain.length < 3) return [chain]
  const widen = (a: { lo: number; hi: number }) => ({ lo: a.lo - Math.abs(a.lo) * near, hi: a.hi + Math.abs(a.hi) * near })
  const overlaps = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi && b.lo <= a.hi
  const meets = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => overlaps(widen(a), b) || overlaps(widen(b), a)
  const strong = chain.filter((v) => chain.some((w) => w.c.source !== v.c.source && meets(v.value, w.value)))
  const runs: V[][] = []
  for (const v of strong) {
    const last = runs[runs.length - 1]
    if (last && last.some((w) => meets(w.value, v.value))) last.push(v)
    else runs.push([v])
  }
  if (runs.length < 2) return [chain]
  for (const v of chain) {
    if (strong.includes(v)) continue
    const run = runs.find((r) => r.some((w) => meets(w.value, v.value)))
    if (run) run.push(v)
    else runs.push([v])
  }
  return runs
}

describe('unbridged reads long chains as pairwise comparison did', () => {
  // A seeded generator, so a failure can be replayed.
  const random = (seed: number) => () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 }
  const figure = (i: number, source: string, lo: number, hi: number) => ({ c: { id: `f${i}`, source, sentence: { start: 0, end: 1 } } as unknown as Claim, value: { lo, hi } })

  it('on chains of values from a few reports, sorted or not, ranges and small counts among them', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed)
      const n = 3 + Math.floor(next() * 40)
      const reportsIn = 1 + Math.floor(next() * 6)
      const chain = Array.from({ length: n }, (_, i) => {
        const lo = next() < 0.3 ? Math.floor(next() * 25) : Math.round(next() * 400) / 4
        return figure(i, `s${Math.floor(next() * reportsIn)}`, lo, next() < 0.2 ? lo + Math.floor(next() * 30) : lo)
      })
      if (seed % 2) chain.sort((a, b) => a.value.lo - b.value.lo)
      const ids = (runs: typeof chain[]) => runs.map((r) => r.map((v) => v.c.id))
      expect(ids(unbridged(chain, 0.1)), `seed ${seed}`).toEqual(ids(unbridgedByPairs(chain, 0.1)))
    }
  })

  it('on a chain of 4,000 values, each stretch two reports give is a run of its own, with the values its reports alone give', () => {
    // A thousand stretches, each twice the one before: two reports give one value (100 and 109),
    // the first of them a lower one too (91, which only its own 100 meets), and a third report a
    // value none meets (132).
    const chain = Array.from({ length: 1000 }, (_, k) => {
      const base = 2 ** k
      return [figure(4 * k, `s${k}`, 0.91 * base, 0.91 * base), figure(4 * k + 1, `s${k}`, base, base), figure(4 * k + 2, `t${k}`, 1.09 * base, 1.09 * base), figure(4 * k + 3, `u${k}`, 1.32 * base, 1.32 * base)]
    }).flat()
    const runs = unbridged(chain, 0.1).map((r) => r.map((v) => v.c.id))
    expect(runs).toHaveLength(2000)
    expect(runs.slice(0, 3)).toEqual([['f1', 'f2', 'f0'], ['f5', 'f6', 'f4'], ['f9', 'f10', 'f8']])
    expect(runs[999]).toEqual(['f3997', 'f3998', 'f3996'])
    expect(runs.slice(1000, 1002)).toEqual([['f3'], ['f7']])
    expect(runs[1999]).toEqual(['f3999'])
  })
})
