import { describe, expect, it } from 'vitest'
import { eventName } from '../../../src/core/align/candidateLabels'
import { CONCEPTS } from '../../../src/core/align/measures'

// A candidate about what happened in an event is labelled with the event's name in both languages:
// an Arabic label never shows the concept's English id.
describe('eventName', () => {
  it.each(CONCEPTS.filter((c) => c.event).map((c) => [c.id]))('%s has an Arabic name in Arabic letters', (id) => {
    const name = eventName(id)
    expect(name.ar).not.toMatch(/[A-Za-z]/)
    expect(name.en).not.toBe('')
  })
})
