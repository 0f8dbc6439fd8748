import type { Claim } from '../model'
import { toInterval } from '../compare/interval'
import { daySplits, sharedWith } from './candidateValues'

// Waves of one event: pagers that blew up on a Tuesday and walkie-talkies on the Wednesday, a quake
// and its strongest aftershock, two nights of strikes. Reports date the event on two days, and the
// counts of each wave are two topics a reader names ("deaths in Tuesday's blasts", "deaths in
// Wednesday's"), not one toll whose figures disagree. A count belongs to the wave its sentence
// dates ("أسفرت موجة الأربعاء عن…", "Tuesday's death toll was unchanged at twelve", "qui avait fait
// 12 morts mardi"), or, in a report published before the later waves, to the one it could know of.

/** One wave: its day (a day number, as compare/interval reads dates) and a date that names it. */
export interface Wave { day: number; date: Claim }

/** The day of a date figure, when it names one resolved day. */
export function dayOf(c: Claim): number | null {
  const q = c.quantity
  if ((q.kind !== 'date' && q.kind !== 'daterange') || q.unresolved || q.precision !== 'day') return null
  const iv = toInterval(q)
  return iv && Number.isFinite(iv.lo) && iv.lo === iv.hi ? iv.lo : null
}

/**
 * The waves of a story: the days of the event date with most origins that splits into two days or
 * more, each given by two origins of two reports (daySplits), in order; empty when no event does.
 * `events`: the figures that date each event of the story; `publishedOf`: the day a figure's report
 * was published (a day number), when known.
 */
export function wavesOf(events: Claim[][], originOf: (c: Claim) => string, publishedOf: (c: Claim) => number | null = () => null): Wave[] {
  let best: Wave[] = []
  let most = 0
  for (const all of events) {
    // A day later than the report that gives it is one planned ("new protests from Tuesday", "une
    // nouvelle manifestation mardi"): no count of the report can be of it.
    const cs = all.filter((c) => { const d = dayOf(c); const p = publishedOf(c); return d === null || p === null || d <= p })
    const parts = daySplits(cs, originOf)
    if (parts.length < 2) continue
    const n = new Set(cs.map(originOf)).size
    if (n <= most) continue
    most = n
    best = parts.map((p) => ({ day: dayOf(p[0])!, date: p[0] })).sort((a, b) => a.day - b.day)
  }
  return best
}

/**
 * The wave a count reports, by its day: the one wave day among `sentenceDays` (the days its
 * sentence names); with none, the only wave that happened by `published` (the report's day of
 * publication, a day number); else null (a total of every wave, or no telling).
 */
export function waveOf(waves: Wave[], sentenceDays: number[], published: number | null): Wave | null {
  if (waves.length < 2) return null
  const named = waves.filter((w) => sentenceDays.includes(w.day))
  if (named.length) return named.length === 1 ? named[0] : null
  if (published === null) return null
  const known = waves.filter((w) => w.day <= published)
  return known.length === 1 ? known[0] : null
}

/** A report's day of publication as a day number, or null. */
export function publishedDay(published: string | null | undefined): number | null {
  const t = published ? Date.parse(published.slice(0, 10)) : NaN
  return Number.isFinite(t) ? t / 86_400_000 : null
}

/** The share of one wave's counts that must agree with another's for the two to be one toll. */
const GROWN = 0.5

/**
 * The waves whose counts are another wave's said again (`waves`: each wave's facet and the counts
 * it holds): the same toll given on two days as it grew ("272 dead on Thursday, then 310 on Friday"
 * beside Monday's "268" and "300"), not the counts of two events. Either wave agreeing with the
 * other, most of its counts within 10 % of the other's from another origin, makes both one toll:
 * the pager blasts' 12 dead and the walkie-talkies' 20 the next day share no value and stay apart.
 */
export function grownWaves(waves: (readonly [string, Claim[]])[], originOf: (c: Claim) => string): Set<string> {
  const out = new Set<string>()
  waves.forEach(([a, as], i) => waves.slice(i + 1).forEach(([b, bs]) => {
    if (sharedWith(as, bs, originOf) >= GROWN || sharedWith(bs, as, originOf) >= GROWN) { out.add(a); out.add(b) }
  }))
  return out
}
