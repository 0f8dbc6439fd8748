import { describe, expect, it } from 'vitest'
import { topicOrigins } from '../../../src/core/compare/relays'
import { originOf } from '../../../src/core/compare/origins'
import type { Claim, Quantity } from '../../../src/core/model'

// A speaker that names several bodies at once ("aid agencies", "وكالات الإغاثة", "les ONG") speaks
// for many voices: giving the number one named body gives, it does not relay that body. Written
// for session 29 on invented figures.

let n = 0
function figure(source: string, who: string, lo: number | null, hi: number | null, qualifier: Quantity['qualifier']): Claim {
  n++
  const quantity: Quantity = { kind: 'count', lo, hi, unit: null, per: null, precision: 'round', qualifier }
  return { id: `${source}:${n}`, source, span: { start: n, end: n + 1 }, text: `figure ${n}`, quantity, counted: null, sentence: { start: 0, end: 10 }, attribution: { who, cue: 'said', span: { start: 0, end: 1 } }, scopes: [] }
}
const base = (c: Claim) => originOf(c.attribution!.who).key

describe('several bodies named at once are no relay of one of them', () => {
  for (const who of ['aid agencies', 'وكالات الإغاثة', 'les ONG humanitaires', 'humanitarian organisations']) {
    it(`“${who}” giving nearly 5 million beside the UN's “up to 5 million”: two origins`, () => {
      const many = figure('a', who, 5e6, 5e6, 'about')
      const un = figure('b', 'the UN', null, 5e6, 'at-most')
      const out = topicOrigins([many, un], base)
      expect(out.get(many.id)).not.toBe(out.get(un.id))
    })
  }

  it('one nameless speaker ("a survivor") giving the body\'s exact number still relays it', () => {
    const one = figure('a', 'a survivor', 5e6, 5e6, null)
    const un = figure('b', 'the UN', 5e6, 5e6, null)
    const out = topicOrigins([one, un], base)
    expect(out.get(one.id)).toBe(out.get(un.id))
  })
})
