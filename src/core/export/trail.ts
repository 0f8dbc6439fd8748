// The history as a reader takes it in: one row per step. Accepting a candidate (or moving a
// selection) writes one entry per figure, all of one moment; shown one per figure, a topic made
// from forty figures opens on forty identical lines. Those entries become one row per source
// (the topic's history on screen and in the report).
import type { AuditEntry } from '../model'

/** One row of the history: an entry, and the figures (of one source) that the same step touched. */
export interface TrailRow { entry: AuditEntry; claims: string[]; source: string | null }

const CLAIM = /(?:^|\/)claim:(.+)$/

/** The figure an entry is about, if any. */
export function claimOfTarget(target: string): string | null { return CLAIM.exec(target)?.[1] ?? null }

/**
 * Groups entries (newest first, as the index gives them) of one step on one source's figures:
 * same moment, reviewer, action and detail, and a figure of the same source. Order is kept.
 */
export function trailRows(entries: readonly AuditEntry[], sourceOf: (claimId: string) => string | null): TrailRow[] {
  const out: TrailRow[] = []
  const open = new Map<string, TrailRow>()
  let moment = ''
  for (const e of entries) {
    if (e.at !== moment) { open.clear(); moment = e.at }
    const claim = claimOfTarget(e.target)
    if (claim === null) { out.push({ entry: e, claims: [], source: null }); continue }
    const source = sourceOf(claim)
    const key = JSON.stringify([e.reviewer, e.action, e.detail, source ?? claim])
    const row = open.get(key)
    if (row) { row.claims.push(claim); continue }
    const fresh: TrailRow = { entry: e, claims: [claim], source }
    open.set(key, fresh)
    out.push(fresh)
  }
  return out
}
