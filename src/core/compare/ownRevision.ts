import type { Claim } from '../model'
import { overlaps, toInterval } from './interval'
import type { DecideContext } from './decide'
import type { Revised } from './reason'

// A body that gave one count and later another (a Red Crescent's 58, then its own 63) revised
// itself: in a conflict between origins, a reader needs to know that one side moved its own
// figure, not only that two sides differ. The revision named is that of an origin the conflict
// names first, else of any other body's; its earlier and later figures by their
// known moments.

/** The first revision of its own count by one origin: two of its figures at two known, different moments that cannot both hold, earlier first; null when no origin moved its figure. */
export function ownRevision(cs: Claim[], ctx: Pick<DecideContext, 'origin' | 'asOf' | 'tolerance' | 'body'>, named: string[] = []): Revised | null {
  const byOrigin = new Map<string, Claim[]>()
  for (const c of cs) { const o = ctx.origin(c); const l = byOrigin.get(o); if (l) l.push(c); else byOrigin.set(o, [c]) }
  const first = (own: Claim[]) => {
    const dated = own.map((c) => ({ c, at: ctx.asOf(c), iv: toInterval(c.quantity, ctx.tolerance) })).filter((x) => x.at && x.iv).sort((x, y) => x.at!.from.localeCompare(y.at!.from))
    for (let i = 0; i < dated.length; i++) for (let j = i + 1; j < dated.length; j++) {
      const [a, b] = [dated[i], dated[j]]
      // (Named by a speaker one of its figures is credited to: a body read only from its paragraph is not shown as one.)
      if (a.at!.to < b.at!.from && !overlaps(a.iv!, b.iv!) && (a.c.attribution || b.c.attribution)) return { from: a.c.id, to: b.c.id, days: [a.at!.from, b.at!.from] as [string, string] }
    }
    return null
  }
  // (Only a body revises its own count: an outlet's own figures, credited to no one, are its
  // reporting as it went, and two unnamed "officials" may be two people.)
  const origins = [...byOrigin.keys()].filter((o) => ctx.body?.(o) ?? o.startsWith('body:'))
  const namedOrigins = new Set(cs.filter((c) => named.includes(c.id)).map(ctx.origin))
  for (const o of [...origins.filter((x) => namedOrigins.has(x)), ...origins.filter((x) => !namedOrigins.has(x))]) {
    const r = first(byOrigin.get(o)!)
    if (r) return r
  }
  return null
}
