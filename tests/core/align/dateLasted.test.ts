import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { fitsDateSplit, phaseOfDate, type DateSplit } from '../../../src/core/align/dateSiblings'
import type { Lang } from '../../../src/core/model'

// A length of time something has lasted up to now dates its start; a record's time since is its
// record topic's figure whatever follows it. Sentences written for these tests.
const at = (lang: Lang, text: string, figure: string) => {
  const c = extractClaims({ id: 't', text, lang, published: '2024-09-10', window: null }).find((x) => x.text === figure)
  expect(c, `"${figure}" must be read`).toBeDefined()
  return c!
}

describe('phaseOfDate: a length of time lasted so far', () => {
  it.each([
    ['fr', 'Voilà près de trois semaines que la région subit les crues.', 'près de trois semaines', 'start'],
    ['fr', 'Cela fait deux mois que les pluies ne cessent pas.', 'deux mois', 'start'],
    ['fr', 'Les secours sont arrivés deux jours après la crue.', 'deux jours', null],
  ] as const)('%s: %s → %s', (lang, text, figure, phase) => {
    expect(phaseOfDate(at(lang, text, figure), text)).toBe(phase)
  })
})

describe('fitsDateSplit: a record said before "after"', () => {
  const record: DateSplit = { phase: null, phases: new Set(), day: null, days: new Set(), record: true, length: true }
  it('keeps "deadliest in a century after…" in the record topic', () => {
    const text = 'Velmora floods deadliest in a century after toll hits 90'
    expect(fitsDateSplit(record, at('en', text, 'a century'), text)).toBe(true)
  })
  it('keeps a mere time since out of a topic of how long an event lasted', () => {
    const text = 'Rescuers arrived two days after the floods.'
    expect(fitsDateSplit({ ...record, record: false }, at('en', text, 'two days'), text)).toBe(false)
  })
})
