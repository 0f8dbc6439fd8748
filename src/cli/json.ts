import type { Claim } from '../core/model'

/** The flat shape of a claim in the CLI's JSON (documented in the README). */
export function claimJson(c: Claim, text: string) {
  const q = c.quantity
  return {
    start: c.span.start, end: c.span.end, text: c.text, kind: q.kind, lo: q.lo, hi: q.hi, unit: q.unit, per: q.per,
    qualifier: q.qualifier, precision: q.precision, counted: c.counted, ...(q.ambiguity ? { ambiguity: q.ambiguity } : {}),
    ...(q.unresolved ? { unresolved: true } : {}), sentence: text.slice(c.sentence.start, c.sentence.end), attribution: c.attribution?.who ?? null, scope: c.scopes.map((s) => s.label).join('; ') || null,
  }
}

