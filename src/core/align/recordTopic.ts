import type { Assignment, Claim, Source, Topic } from '../model'
import { isRecordSince, namesRecord } from './recordSince'

// A topic named for a record ("Worst crash in how long", "Worst rains in three decades", "Le plus
// meurtrier en un siècle", "الأسوأ منذ عقدين") often names no measure the product reads: its words
// are a superlative and a length of time, and its figures stand in other languages ("أسوأ تصادم
// قطارات تشهده البلاد منذ أكثر من عقدين", "les pires que le pays ait connues depuis trois
// décennies"). A figure said as the last time something as strong happened (recordSince.ts) is that
// topic's, when the story has one such topic and the figure went nowhere else.

const SCORE = 2
const REASON = 'it is said as the last time something as strong happened'
const takes = (t: Topic, c: Claim) => c.quantity.kind === 'duration' || ((t.kind === 'date' || t.kind === 'daterange') && c.quantity.kind === 'date')

/** The assignments with the unplaced figures said as a record added to the story's one record topic. */
export function withRecordSince(out: Assignment[], claims: Claim[], topics: Topic[], sources: Source[]): Assignment[] {
  const records = topics.filter((t) => ['duration', 'date', 'daterange'].includes(t.kind) && [t.label.en, t.label.ar].some(namesRecord))
  if (records.length !== 1) return out
  const [t] = records
  const texts = new Map(sources.map((s) => [s.id, s.text]))
  const placed = new Set(out.map((a) => a.claimId))
  const added = claims.filter((c) => !placed.has(c.id) && takes(t, c) && texts.has(c.source) && isRecordSince(c, texts.get(c.source)!)).map((c) => ({ claimId: c.id, topicId: t.id, score: SCORE, reasons: [REASON] }))
  return added.length ? [...out, ...added] : out
}
