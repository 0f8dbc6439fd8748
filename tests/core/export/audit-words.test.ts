import { describe, expect, it } from 'vitest'
import { sayAuditEntry } from '../../../src/core/export/words'
import type { AuditEntry } from '../../../src/core/model'

// The trail's details are stored as English codes; in Arabic they read as Arabic words, with no
// Latin word left in them.
const at = '2025-11-20T10:00:00Z'
const e = (action: string, detail: string): AuditEntry => ({ at, reviewer: 'سلمى', target: 'topic:t', action, detail })
const CASES: [AuditEntry, RegExp][] = [
  [e('edit', 'lo=5, hi=5, unit=null (kind=count lo=4 hi=4)'), /الحد الأدنى=5، الحد الأعلى=5/],
  [e('edit', 'restored (kind=count lo=4 hi=4)'), /استُعيدت قراءة الأداة/],
  [e('import-source', 'تقرير الفيضانات (1200 characters)'), /\(1,?200 حرف\)|\(١٬?٢٠٠ حرف\)/],
  [e('merge-source', 'title, outlet'), /^العنوان، الوسيلة$/],
  [e('create-topic', 'Death toll (from candidate killed|count|people)'), /\(من موضوع مقترح\)$/],
]

describe('audit trail details in Arabic', () => {
  it.each(CASES)('%o', (entry, expected) => {
    const { detail } = sayAuditEntry(entry, 'ar')
    expect(detail).toMatch(expected)
    // The entry's own words (not the reviewer's title or label) carry no English.
    expect(detail.replace(/Death toll/, '')).not.toMatch(/\b(restored|characters|from|title|outlet|lo|hi|unit|kind)\b/)
  })
})
