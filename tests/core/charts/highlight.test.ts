import { describe, expect, it } from 'vitest'
import { drawnMarkFor, highlightSegments } from '../../../src/core/charts/highlight'

const TEXT = 'أقيم معرض بامكس من 11 إلى 24 نوفمبر طوال ثلاثة أيام.'
const at = (needle: string, id = needle) => ({ id, start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length })

describe('highlightSegments', () => {
  it('cuts the text into plain and marked slices that join back to it, with offsets', () => {
    const segs = highlightSegments(TEXT, [at('ثلاثة أيام'), at('من 11 إلى 24 نوفمبر')])
    expect(segs.map((s) => s.text).join('')).toBe(TEXT)
    const marked = segs.filter((s) => s.mark)
    expect(marked.map((s) => s.text)).toEqual(['من 11 إلى 24 نوفمبر', 'ثلاثة أيام'])
    for (const s of segs) expect(TEXT.slice(s.start, s.end)).toBe(s.text)
  })

  it('keeps the higher-ranked of overlapping marks and lists the other on it', () => {
    const wide = { ...at('من 11 إلى 24 نوفمبر', 'range'), rank: 1 }
    const inner = { ...at('24 نوفمبر', 'day'), rank: 0 }
    const segs = highlightSegments(TEXT, [wide, inner])
    expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark!.id, s.also])).toEqual([['24 نوفمبر', 'day', ['range']]])
    expect(drawnMarkFor(segs, 'range')).toBe('day')
    expect(drawnMarkFor(segs, 'nothing')).toBeNull()
  })

  it('prefers the longer mark when ranks tie', () => {
    const segs = highlightSegments(TEXT, [at('24 نوفمبر', 'day'), at('من 11 إلى 24 نوفمبر', 'range')])
    expect(segs.filter((s) => s.mark).map((s) => s.mark!.id)).toEqual(['range'])
  })

  it('works inside a range (a quoted sentence), clipping marks to it', () => {
    const range = at('معرض بامكس من 11')
    const segs = highlightSegments(TEXT, [at('من 11 إلى 24 نوفمبر')], range)
    expect(segs.map((s) => s.text)).toEqual(['معرض بامكس ', 'من 11'])
    expect(segs[1].start).toBe(TEXT.indexOf('من 11'))
  })

  it('returns the text as one plain slice when there is nothing to mark, and never markup', () => {
    expect(highlightSegments('<b>x</b>', [])).toEqual([{ start: 0, end: 8, text: '<b>x</b>', mark: null, also: [] }])
  })
})
