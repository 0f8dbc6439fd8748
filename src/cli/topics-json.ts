import type { Analysis, Assignment, Claim, Source } from '../core/model'
import { claimJson } from './json'

// Lookups by id, made once per analysis: an archive has tens of thousands of claims to print.
const indexes = new WeakMap<Analysis, { assignment: Map<string, Assignment>; source: Map<string, Source> }>()
function indexOf(a: Analysis) {
  let ix = indexes.get(a)
  if (!ix) {
    const assignment = new Map<string, Assignment>()
    for (const x of a.assignments) if (!assignment.has(x.claimId)) assignment.set(x.claimId, x)
    ix = { assignment, source: new Map(a.sources.map((s) => [s.id, s])) }
    indexes.set(a, ix)
  }
  return ix
}

/** A claim as the topics/compare JSON shows it: the extract shape plus its source and score. */
export function topicClaimJson(a: Analysis, c: Claim) {
  const ix = indexOf(a)
  const as = ix.assignment.get(c.id)
  return { source: c.source, id: c.id, ...claimJson(c, ix.source.get(c.source)?.text ?? ''), score: as?.score ?? null, reasons: as?.reasons ?? [] }
}
