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

describe('a figure moved between topics in the trail', () => {
  it('names the topics by their labels when the reader knows them, else as stored', () => {
    const moved = e('move', 'automatic → user-people-injured')
    const names = (id: string) => (id === 'user-people-injured' ? 'الجرحى' : null)
    expect(sayAuditEntry(moved, 'ar', names).detail).toBe('التوزيع الآلي ← الجرحى')
    expect(sayAuditEntry(moved, 'en').detail).toBe('automatic placement → user-people-injured')
  })
})

describe('a created topic in the trail', () => {
  it('reads in the reader’s language, with no candidate key', () => {
    const made = e('create-topic', 'People injured ‖ الجرحى (from candidate injured|count|people)')
    expect(sayAuditEntry(made, 'en').detail).toBe('People injured (from a candidate topic)')
    expect(sayAuditEntry(made, 'ar').detail).toBe('الجرحى (من موضوع مقترح)')
    // Entries written before both labels were kept read as they were.
    expect(sayAuditEntry(e('create-topic', 'Death toll (from figure «12»)'), 'en').detail).toBe('Death toll (from figure «12»)')
  })
})

describe('audit trail details in Arabic', () => {
  it.each(CASES)('%o', (entry, expected) => {
    const { detail } = sayAuditEntry(entry, 'ar')
    expect(detail).toMatch(expected)
    // The entry's own words (not the reviewer's title or label) carry no English.
    expect(detail.replace(/Death toll/, '')).not.toMatch(/\b(restored|characters|from|title|outlet|lo|hi|unit|kind)\b/)
  })
})
