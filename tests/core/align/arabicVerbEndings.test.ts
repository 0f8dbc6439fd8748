import { describe, expect, it } from 'vitest'
import { conceptsIn } from '../../../src/core/align/measureOf'

// A verb whose past ends in ى drops it before its person: "أجلت" and "أجلوا" are أجلى (evacuated).
const read = (w: string) => conceptsIn(w, { start: 0, end: w.length }, 'ar').map((m) => m.concept.id)

describe('Arabic verbs ending in ى', () => {
  it.each([['أجلى'], ['أجلت'], ['أجلوا'], ['وأجلت']])('%s reads the displaced', (w) => {
    expect(read(w)).toEqual(['displaced'])
  })
  it('a word that only looks like one reads nothing', () => {
    expect(read('أجلس')).toEqual([])
  })
})
