import type { Assignment, Claim, Topic } from '../model'
import type { MeasureReading } from './measureOf'
import { conceptById } from './measureOf'

// Reports of one story restate each other's figures: "au moins 30 000 à Derna" in one, "30,000
// displaced in Derna" placed in another. A figure left unplaced whose exact value (kind, unit, low
// and high) another report's placed figure states, in one topic only, goes to that topic, as a
// reader lines up a figure that reports repeat, unless its own words say it measures something
// else (another concept, or another family of things: places, aircraft, money). Small numbers
// repeat by chance ("3", "12"), so only counts of at least RESTATED_MIN are read this way, and
// never dates (every report names days). A length of time with its unit ("10 minutes", "dix
// minutes", "١٠ دقائق") and a sum with its currency repeat by chance far less than a bare count:
// any length of three units or more ("two days" is said of anything) and any sum of a thousand or
// more are read this way too (a sum's conversion follows it, assign.ts).

export const RESTATED_MIN = 50
const MIN_BY_KIND: Record<string, number> = { count: RESTATED_MIN, duration: 3, money: 1000 }

const valueKey = (c: Claim): string | null => {
  const q = c.quantity
  const min = MIN_BY_KIND[q.kind]
  if (min === undefined || (q.kind !== 'count' && !q.unit)) return null
  const v = q.lo ?? q.hi
  if (typeof v !== 'number' || v < min) return null
  return `${q.kind}|${q.unit ?? ''}|${q.lo}|${q.hi}`
}

export function withRestated(out: Assignment[], claims: Claim[], topics: Topic[], reading: (c: Claim) => MeasureReading, score: number): Assignment[] {
  const placed = new Set(out.map((a) => a.claimId))
  const byId = new Map(claims.map((c) => [c.id, c]))
  // Each value's topics and the sources that placed it there.
  const where = new Map<string, { topics: Set<string>; sources: Set<string> }>()
  for (const a of out) {
    const c = byId.get(a.claimId)
    const k = c && valueKey(c)
    if (!k) continue
    const w = where.get(k) ?? { topics: new Set(), sources: new Set() }
    w.topics.add(a.topicId)
    w.sources.add(c.source)
    where.set(k, w)
  }
  if (!where.size) return out
  const topicById = new Map(topics.map((t) => [t.id, t]))
  const added: Assignment[] = []
  for (const c of claims) {
    if (placed.has(c.id) || c.role === 'conversion') continue
    const k = valueKey(c)
    const w = k ? where.get(k) : undefined
    // One topic only, stated there by another report.
    if (!w || w.topics.size !== 1 || ![...w.sources].some((s) => s !== c.source)) continue
    const [topicId] = w.topics
    const t = topicById.get(topicId)
    if (!t) continue
    const concept = conceptById(t.concept)
    const m = reading(c)
    if (concept) {
      // (An event's length is of time, whatever the event's own family.)
      if (m.family && m.family !== concept.family && !(concept.event && m.family === 'time')) continue
      if (m.concept && m.concept.id !== concept.id && m.concept.broader !== concept.id) continue
    // (A topic named by its words alone: the figure's own words must not name another measure.)
    } else if (m.concept && m.strength >= 2) continue
    added.push({ claimId: c.id, topicId, score, reasons: [`another report states the same figure for ${concept?.label.en ?? t.label.en}`] })
  }
  return added.length ? [...out, ...added] : out
}
