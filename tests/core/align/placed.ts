import { extractClaims } from '../../../src/core/extract'
import { assignClaims } from '../../../src/core/align/assign'
import { topicFromText } from '../../../src/core/align/topicFromText'
import type { Lang, QuantityKind, Source, Topic } from '../../../src/core/model'

// Placement on short reports written for the tests: a report, a topic from a reader's words, and
// which figures each topic took.

export const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, published: '2024-03-12', window: null }) as Source
export const topic = (id: string, label: string, kind: QuantityKind): Topic => topicFromText({ id, label, kind })!

/** The figures (as written) each topic took from the report, by topic id. */
export function placed(src: Source, topics: Topic[]): Record<string, string[]> {
  const claims = extractClaims(src)
  const out: Record<string, string[]> = {}
  for (const a of assignClaims(claims, topics, [src])) (out[a.topicId] ??= []).push(claims.find((c) => c.id === a.claimId)!.text)
  return out
}
