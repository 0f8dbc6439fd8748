// The audit trail indexed by what it is about, so a topic's history is found without reading
// every entry: a long-lived workspace holds hundreds of thousands of them.
import type { AuditEntry } from '../model'

const TOPIC = /^topic:([^/]+)/
const CLAIM = /(?:^|\/)claim:(.+)$/

/** The entries of an audit log by topic and by claim; the same answers as auditForTopic, in time proportional to the topic's own entries. */
export class AuditIndex {
  private readonly log: AuditEntry[] = []
  private readonly order = new Map<AuditEntry, number>()
  private readonly byTopic = new Map<string, AuditEntry[]>()
  private readonly byClaim = new Map<string, AuditEntry[]>()

  constructor(entries: Iterable<AuditEntry> = []) {
    this.add(entries)
  }

  /** Every entry, in log order. */
  get entries(): readonly AuditEntry[] { return this.log }
  get size(): number { return this.log.length }

  /** Appends entries at the end of the log. */
  add(entries: Iterable<AuditEntry>): void {
    for (const e of entries) {
      this.order.set(e, this.log.length)
      this.log.push(e)
      const topic = TOPIC.exec(e.target)?.[1]
      if (topic !== undefined) push(this.byTopic, topic, e)
      const claim = CLAIM.exec(e.target)?.[1]
      if (claim !== undefined) push(this.byClaim, claim, e)
    }
  }

  /** The entries shown on a topic: its own, and those of the claims it holds or held; newest first. */
  forTopic(topicId: string, claimIds: Iterable<string>): AuditEntry[] {
    const hits = new Set(this.byTopic.get(topicId) ?? [])
    for (const id of claimIds) for (const e of this.byClaim.get(id) ?? []) hits.add(e)
    // Newest first; entries of the same moment keep their log order (as auditForTopic's stable sort does).
    return [...hits].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : this.order.get(a)! - this.order.get(b)!))
  }
}

function push(map: Map<string, AuditEntry[]>, key: string, e: AuditEntry): void {
  const list = map.get(key)
  if (list) list.push(e)
  else map.set(key, [e])
}
