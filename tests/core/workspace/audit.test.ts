import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { AuditEntry } from '../../../src/core/model'
import { AuditIndex, auditForTopic } from '../../../src/core/workspace'

const TOPICS = ['bamex-dates', 'tb2-count', 'constructor', '__proto__', 'user-x']
const CLAIMS = ['000:4-34', '001:10-20', 'u1:0-3', 'toString']

const target = fc.oneof(
  fc.constantFrom(...TOPICS).map((t) => `topic:${t}`),
  fc.tuple(fc.constantFrom(...TOPICS), fc.constantFrom(...CLAIMS)).map(([t, c]) => `topic:${t}/claim:${c}`),
  fc.constantFrom(...CLAIMS).map((c) => `claim:${c}`),
  fc.constantFrom('reviewer', 'source:u1', 'topic:'),
)
const entry = fc.record({ at: fc.integer({ min: 0, max: 20 }).map((m) => `2025-12-01T10:${String(m).padStart(2, '0')}:00.000Z`), reviewer: fc.constantFrom('Salma', 'Karim'), target, action: fc.constantFrom('note', 'mark', 'override'), detail: fc.string({ maxLength: 4 }) })

describe('AuditIndex', () => {
  it('answers what auditForTopic answers, for any log, topic and claims, in the same order', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 60 }), fc.array(entry, { maxLength: 20 }), fc.constantFrom(...TOPICS), fc.subarray(CLAIMS), (first, later, topic, claims) => {
      const index = new AuditIndex(first)
      index.add(later)
      const log: AuditEntry[] = [...first, ...later]
      expect(index.forTopic(topic, claims)).toEqual(auditForTopic(log, topic, claims))
      expect(index.entries).toEqual(log)
    }))
  })

  it('finds a topic’s entries among many others without them', () => {
    const log: AuditEntry[] = Array.from({ length: 50_000 }, (_, i) => ({ at: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, reviewer: 'R', target: i % 1000 === 0 ? 'topic:bamex-dates' : 'topic:tb2-count', action: 'note', detail: String(i) }))
    expect(new AuditIndex(log).forTopic('bamex-dates', [])).toHaveLength(50)
  })
})
