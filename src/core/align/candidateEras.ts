import type { Claim } from '../model'
import { datedDays } from './candidateValues'
import { sayQuantity } from '../quantity/say'

// Dates of one kind of event that lie years apart date two events of that kind: this election
// and the one it is compared with ("improve on 2019", "contre 33 % en 2019", "انتخابات 2019"), the
// referendum and the constitution of 2014 it replaces, the fire and the deadliest one since 1948.
// A reader names each ("the date of the vote", "the previous election"), never one date whose
// reports disagree by five years.

// Dates of one event lie within days of each other, and a report may date it loosely ("last
// summer", "cet été", "2024"); dates further apart than half a year are of another event.
const ERA_GAP = 183

/** The days of a candidate's date; a date with an open end ("since 2014") has none. */
const daysOf = (c: Claim) => datedDays(c.quantity)

/**
 * The dates of a candidate by era, when two eras or more (runs of dates no more than half a year
 * apart) are each given by two independent origins in two reports, the era most origins give
 * first (the latest of those most give); else empty. Dates of an era only one origin gives, or with an open end, belong to none.
 */
export function eraSplits(claims: Claim[], originOf: (c: Claim) => string): Claim[][] {
  const dated = claims.flatMap((c) => { const iv = daysOf(c); return iv ? [{ c, iv }] : [] }).sort((a, b) => a.iv.lo - b.iv.lo)
  const eras: Claim[][] = []
  let hi = -Infinity
  for (const d of dated) {
    if (!eras.length || d.iv.lo > hi + ERA_GAP) eras.push([])
    eras[eras.length - 1].push(d.c)
    hi = Math.max(hi, d.iv.hi)
  }
  const origins = (cs: Claim[]) => new Set(cs.map(originOf)).size
  const stated = eras.filter((cs) => origins(cs) >= 2 && new Set(cs.map((c) => c.source)).size >= 2)
  // (As many origins giving each, the later era is the story's own: the earlier is recalled.)
  return stated.length >= 2 ? stated.reverse().sort((a, b) => origins(b) - origins(a)) : []
}

/** An era's candidate named by its narrowest date ("date of the vote: December 2019" / "…: ديسمبر 2019"). */
export function eraLabel(label: { en: string; ar: string }, era: Claim[]): { en: string; ar: string } {
  const q = [...era].sort((a, b) => width(a) - width(b))[0].quantity
  return { en: `${label.en}: ${sayQuantity(q, 'en')}`, ar: `${label.ar}: ${sayQuantity(q, 'ar')}` }
}
const width = (c: Claim) => { const iv = daysOf(c); return iv ? iv.hi - iv.lo : Infinity }
