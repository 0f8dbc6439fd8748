import type { Claim, Quantity } from '../model'
import { isDateKind } from '../quantity/parts'

// Origins read across one topic's figures, not figure by figure. Outlets rarely count for
// themselves: when a body is named for a figure and another outlet gives the number that only that
// body gives, with no speaker, the outlet relays that body. And an authority named
// without its country ("the health ministry") is the one of that kind the topic names with its
// country ("Lebanon's health ministry"), when there is just one.

const BODY = 'body:'
const OUTLET = 'outlet:'

/** Each figure's origin within its topic: base origins, with relays and country-less authorities resolved. */
export function topicOrigins(cs: Claim[], base: (c: Claim) => string): Map<string, string> {
  const out = new Map(cs.map((c) => [c.id, base(c)]))
  // "body:health ministry" joins "body:health ministry@Lebanon" when the topic names no other country's.
  const withCountry = new Map<string, Set<string>>()
  for (const o of out.values()) {
    const at = o.indexOf('@')
    if (o.startsWith(BODY) && at > 0) withCountry.set(o.slice(0, at), (withCountry.get(o.slice(0, at)) ?? new Set()).add(o))
  }
  for (const [id, o] of out) {
    const one = withCountry.get(o)
    if (one?.size === 1) out.set(id, [...one][0])
  }
  // A figure no one is credited with relays the one named body that gives the same number. Dates
  // are left alone: an event's day is seen by everyone, not counted by one body.
  const named = cs.filter((c) => out.get(c.id)!.startsWith(BODY))
  for (const c of cs) {
    if (!out.get(c.id)!.startsWith(OUTLET) || isDateKind(c.quantity.kind)) continue
    const bodies = new Set(named.filter((n) => sameNumber(n.quantity, c.quantity)).map((n) => out.get(n.id)!))
    if (bodies.size === 1) out.set(c.id, [...bodies][0])
  }
  return out
}

// The same number in the same unit, whatever the qualifier ("about 170" repeats "170").
const sameNumber = (a: Quantity, b: Quantity) => a.kind === b.kind && a.unit === b.unit && (a.lo ?? a.hi) !== null && (a.lo ?? a.hi) === (b.lo ?? b.hi) && (a.hi ?? a.lo) === (b.hi ?? b.lo)
