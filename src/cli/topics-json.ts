import type { Analysis, Claim } from '../core/model'
import { claimJson } from './json'

/** A claim as the topics/compare JSON shows it: the extract shape plus its source and score. */
export function topicClaimJson(a: Analysis, c: Claim) {
  const as = a.assignments.find((x) => x.claimId === c.id)
  return { source: c.source, id: c.id, ...claimJson(c, a.sources.find((s) => s.id === c.source)?.text ?? ''), score: as?.score ?? null, reasons: as?.reasons ?? [] }
}

