import { describe, expect, it } from 'vitest'
import { earlier, firstNotFrom, firstPair, firstTwo, giversBit, joinFirstTwo, profiles, somePair } from '../../../src/core/compare/profiles'

// Pairs judged by profile must answer what a scan of every pair in order answers. Each case is
// checked against that scan, on small lists of figures given by a few origins in a few articles.

interface Fig { value: number; origin: string; source: string }
const figs: Fig[] = [
  { value: 1, origin: 'a', source: 'x' }, { value: 2, origin: 'b', source: 'x' }, { value: 1, origin: 'a', source: 'y' },
  { value: 2, origin: 'a', source: 'x' }, { value: 1, origin: 'c', source: 'y' }, { value: 3, origin: 'c', source: 'z' },
  { value: 3, origin: 'c', source: 'z' }, { value: 2, origin: 'b', source: 'y' },
]
const grouped = profiles(figs, (f) => String(f.value), (f) => f.origin, (f) => f.source)
const byValue = (v: number) => grouped.list.find((p) => p.rep.value === v)!

/** Every pair (i < j) of figures of values u and v, in order. */
function scan(u: number, v: number): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < figs.length; i++) for (let j = i + 1; j < figs.length; j++) {
    const [a, b] = [figs[i].value, figs[j].value]
    if ((a === u && b === v) || (a === v && b === u)) out.push([i, j])
  }
  return out
}

describe('profiles: figures grouped by what is judged of them', () => {
  it('groups by key in order of first appearance and keeps each figure\'s origin, source and profile', () => {
    expect(grouped.list.map((p) => [p.rep.value, p.members])).toEqual([[1, [0, 2, 4]], [2, [1, 3, 7]], [3, [5, 6]]])
    expect(grouped.at).toEqual([0, 1, 0, 1, 0, 2, 2, 1])
    expect(grouped.origin[4]).toBe('c')
  })

  it('somePair answers as the scan of all pairs does, for every mask of givers and pair of profiles', () => {
    for (const [u, v] of [[1, 1], [1, 2], [2, 2], [1, 3], [3, 3], [2, 3]]) {
      for (let mask = 0; mask < 16; mask++) {
        const expected = scan(u, v).some(([i, j]) => (mask & giversBit(figs[i].origin === figs[j].origin, figs[i].source === figs[j].source)) !== 0)
        expect(somePair(byValue(u), byValue(v), mask), `values ${u} and ${v}, mask ${mask}`).toBe(expected)
      }
    }
  })

  it('only the same origin in the same article: the two 3s of origin c in z', () => {
    expect(somePair(byValue(3), byValue(3), giversBit(true, true))).toBe(true)
    expect(somePair(byValue(3), byValue(3), giversBit(false, false))).toBe(false)
  })

  it('firstPair returns the first pair in order that a test accepts, or null', () => {
    const otherOrigin = (i: number, j: number) => figs[i].origin !== figs[j].origin
    for (const [u, v] of [[1, 1], [1, 2], [2, 2], [1, 3], [3, 3]]) {
      expect(firstPair(byValue(u), byValue(v), otherOrigin)).toEqual(scan(u, v).find(([i, j]) => otherOrigin(i, j)) ?? null)
    }
    expect(firstPair(byValue(3), byValue(3), otherOrigin)).toBeNull()
  })

  it('earlier keeps the pair a scan in order meets first', () => {
    expect(earlier([2, 5], [2, 3])).toEqual([2, 3])
    expect(earlier(null, [4, 6])).toEqual([4, 6])
    expect(earlier([1, 9], [2, 3])).toEqual([1, 9])
  })

  it('firstTwo, joined over groups, finds the first figure of any origin but a given one', () => {
    const origin = (i: number) => figs[i].origin
    const ones = firstTwo([0, 2, 4], origin)
    const twos = firstTwo([1, 3, 7], origin)
    expect(firstNotFrom(ones, 'a')).toBe(4)
    expect(firstNotFrom(ones, 'c')).toBe(0)
    const both = joinFirstTwo(ones, twos)
    expect(firstNotFrom(both, 'a')).toBe(1)
    expect(firstNotFrom(firstTwo([5, 6], origin), 'c')).toBe(Infinity)
    expect(firstNotFrom(null, 'a')).toBe(Infinity)
  })
})
