import type { Claim, Quantity } from '../model'
import { isDateKind } from '../quantity/parts'
import { durationDays, overlaps, toInterval } from './interval'
import { WIRE } from './origins'
import { samePerson } from './samePerson'
import { foldKey } from '../text/normalize'

// Origins read across one topic's figures, not figure by figure. A report that credits a body
// with a number and gives that number again with no one named (its headline, a restatement)
// relays that body; another report that gives it with no one named states it on its own
// authority, an origin of its own. A speaker who names no body ("the
// agency", "L'agence onusienne", a survivor, a news agency not known as a source) when they give
// exactly the number that only that body gives: they pass on its count. And an authority named
// without its country ("the health ministry") is the one of that kind the topic names with its
// country ("Lebanon's health ministry"), when there is just one. A figure one body decides (an aid
// amount, a deadline, days of mourning) has one author: outlets that give the same amount with no
// body named relay that one decision, not counts of their own, whatever unit they say it in (seven
// days and a week are one ultimatum). A vague amount ("hundreds of thousands", "dozens") with no
// body named, beside the figures of the one body its own report names and compatible with them, is
// that body's count said loosely; so is a bound an outlet states on its own beside them ("more than a
// third" over the agency's 37 per cent).

// A speaker that names several bodies at once ("aid agencies", "humanitarian organisations",
// "وكالات الإغاثة", "les ONG") speaks for many voices, not for the one body whose number it gives:
// no relay of that body.
const COLLECTIVE = new RegExp(`(?:^|[^\\p{L}])(?:agencies|organi[sz]ations|groups|NGOs|charities|agences|organisations|associations|ONG|(?:[وفبل])?(?:ال)?(?:وكالات|منظمات|هيئات|جمعيات))(?![\\p{L}])`, 'iu')
const collective = (who: string | undefined) => !!who && COLLECTIVE.test(foldKey(who))

const BODY = 'body:'
const OUTLET = 'outlet:'
const SPEAKER = 'speaker:'
const DECISION = 'decision:'

/** Each figure's origin within its topic: base origins, with relays and country-less authorities resolved. */
export interface TopicOriginOptions {
  /** The topic's figures are one body's decision (an aid amount, a deadline). */
  decided?: boolean
  /** The body a figure's speaker is, when that speaker says it passes on another body's count. */
  passesOn?: (c: Claim) => string | null
  /** Whether a figure's report names a body shortly before it. */
  names?: (c: Claim, body: string) => boolean
  /** Whether a speaker's figure is a count of its own, which no body's same number makes a relay (a broadcaster's own count). */
  ownCount?: (c: Claim) => boolean
}

export function topicOrigins(cs: Claim[], base: (c: Claim) => string, { decided = false, passesOn, names, ownCount }: TopicOriginOptions = {}): Map<string, string> {
  const out = new Map(cs.map((c) => [c.id, base(c)]))
  // "body:health ministry" joins "body:health ministry@Lebanon" when the topic names no other country's.
  const withCountry = new Map<string, Set<string>>()
  for (const o of out.values()) {
    const at = o.indexOf('@')
    if (o.startsWith(BODY) && at > 0) withCountry.set(o.slice(0, at), (withCountry.get(o.slice(0, at)) ?? new Set()).add(o))
  }
  const country = (o: string) => { const one = withCountry.get(o); return one?.size === 1 ? [...one][0] : o }
  for (const [id, o] of out) out.set(id, country(o))
  // One person named two ways ("Oussama Rabie", "الفريق أسامة ربيع") is one speaker (samePerson.ts).
  const phrases = new Map<string, string>()
  for (const c of cs) { const o = out.get(c.id)!; if (o.startsWith(SPEAKER) && c.attribution?.who && !phrases.has(o)) phrases.set(o, c.attribution.who) }
  const speakers = [...phrases]
  const person = new Map<string, string>()
  for (let i = 0; i < speakers.length; i++) for (let j = 0; j < i; j++) {
    if (person.has(speakers[i][0])) break
    if (samePerson(speakers[i][1], speakers[j][1])) person.set(speakers[i][0], person.get(speakers[j][0]) ?? speakers[j][0])
  }
  if (person.size) for (const [id, o] of out) { const p = person.get(o); if (p) out.set(id, p) }
  // A body one report shows passing on another's count for this measure ("OCHA, citing the Red
  // Crescent's figures") passes it on in every report of the topic: its figures are the counting
  // body's, not a count of its own.
  if (passesOn) {
    const sources = new Map<string, Set<string>>()
    for (const c of cs) {
      const via = passesOn(c)
      const o = out.get(c.id)!
      if (via && o.startsWith(BODY) && country(via) !== o) sources.set(country(via), (sources.get(country(via)) ?? new Set()).add(o))
    }
    for (const [id, o] of out) { const to = sources.get(o); if (to?.size === 1) out.set(id, [...to][0]) }
  }
  // A figure no one (or no body) is credited with relays the one named body that gives the same
  // number: for an outlet's own unattributed figure, a body its own report credits with that number
  // (a headline restating the ministry's count); another report that states it with no one credited
  // states it on its own authority, an origin of its own. A speaker who names no body ("the
  // agency", a survivor) giving a body's exact number passes on that body's count, in any report. Dates and distances are left alone: an event's day is seen by everyone, and how far
  // one place lies from another is read on any map; neither is counted by one body.
  // A speaker who gives other numbers too (32, then 59, then 78) keeps their own count.
  // Read again once a relay is found: a speaker found to relay a body makes that body credited
  // in its report, so the report's own figure of that number relays it too (a chain).
  for (let pass = 0; pass < RELAY_PASSES; pass++) {
    const named = cs.filter((c) => out.get(c.id)!.startsWith(BODY))
    // Indexed once: which bodies give each number, in each report and in all; which numbers each
    // speaker gives. A topic of thousands of figures is read in one pass, not pair by pair.
    const bodiesGiving = new Map<string, Map<string, Set<string>>>()
    const namedIn = new Map<string, Claim[]>()
    for (const n of named) {
      const k = numberKey(n.quantity)
      if (k !== null) for (const scope of [n.source, ALL]) {
        let m = bodiesGiving.get(scope)
        if (!m) bodiesGiving.set(scope, m = new Map())
        m.set(k, (m.get(k) ?? new Set()).add(out.get(n.id)!))
      }
      const l = namedIn.get(n.source)
      if (l) l.push(n)
      else namedIn.set(n.source, [n])
    }
    const figuresOf = new Map<string, number>()
    const numbersOf = new Map<string, number>()
    for (const x of cs) {
      const o = out.get(x.id)!
      if (!o.startsWith(SPEAKER)) continue
      figuresOf.set(o, (figuresOf.get(o) ?? 0) + 1)
      const k = numberKey(x.quantity)
      if (k !== null) numbersOf.set(`${o}\u0000${k}`, (numbersOf.get(`${o}\u0000${k}`) ?? 0) + 1)
    }
    const relayed = new Map<string, string>()
    for (const c of cs) {
      const o = out.get(c.id)!
      if (!(o.startsWith(OUTLET) || o.startsWith(SPEAKER)) || isDateKind(c.quantity.kind) || isLength(c.quantity)) continue
      if (o.startsWith(SPEAKER) && (ownCount?.(c) || collective(c.attribution?.who))) continue
      const k = numberKey(c.quantity)
      // Its other numbers: all its figures but those that give this one.
      if (o.startsWith(SPEAKER) && figuresOf.get(o)! - (k === null ? 0 : numbersOf.get(`${o}\u0000${k}`) ?? 0) > 0) continue
      const scope = o.startsWith(OUTLET) ? c.source : ALL
      const bodies = (k !== null && bodiesGiving.get(scope)?.get(k)) || new Set<string>()
      // An outlet's own figure that only one body gives in other reports, right after its report
      // named that body ("the royal cabinet announced a plan…", then "about 50,000 homes"), is that
      // body's number passed on.
      const elsewhere = !bodies.size && o.startsWith(OUTLET) && names && k !== null ? bodiesGiving.get(ALL)?.get(k) : undefined
      if (bodies.size === 1) relayed.set(c.id, [...bodies][0])
      else if (elsewhere?.size === 1 && names!(c, [...elsewhere][0])) relayed.set(c.id, [...elsewhere][0])
      else if (c.quantity.qualifier === 'vague' || (o.startsWith(OUTLET) && BOUNDS.has(c.quantity.qualifier ?? ''))) {
        const credited = o.startsWith(OUTLET) ? namedIn.get(c.source) ?? [] : named
        const all = new Set(credited.map((n) => out.get(n.id)!))
        const iv = toInterval(c.quantity)
        if (all.size === 1 && iv && credited.some((n) => n.quantity.unit === c.quantity.unit && fits(n.quantity, iv))) relayed.set(c.id, [...all][0])
      }
    }
    for (const [id, o] of relayed) out.set(id, o)
    if (!relayed.size) break
  }
  // A wire's own figure that relays no one is the wire's, as a figure another outlet credits to it.
  for (const [id, o] of out) if (o.startsWith(`${OUTLET}${WIRE}`)) out.set(id, `${BODY}${o.slice(OUTLET.length + WIRE.length)}`)
  // The outlets that give one decided amount, no body named, all relay the decision itself.
  // So do speakers who are not bodies (the minister who announces it, a spokesman): they give the
  // decision's amount, they do not count anything of their own.
  // A body keeps its own voice, unless another origin gives its very amount: then both give the
  // one decision (the ministry and the presidency announcing the same plan).
  if (decided) {
    const amounts = cs.filter((c) => !isDateKind(c.quantity.kind))
    const givers = new Map<string, Set<string>>()
    for (const c of amounts) { const k = decisionKey(c.quantity); givers.set(k, (givers.get(k) ?? new Set()).add(out.get(c.id)!)) }
    for (const c of amounts) {
      const o = out.get(c.id)!
      const k = decisionKey(c.quantity)
      if (!o.startsWith(BODY) || givers.get(k)!.size > 1) out.set(c.id, `${DECISION}${k}`)
    }
  }
  return out
}

const fits = (q: Quantity, iv: { lo: number; hi: number }) => { const x = toInterval(q); return !!x && overlaps(x, iv) }

// One decision in any unit of time: "seven days" and "a week" are one ultimatum.
function decisionKey(q: Quantity): string {
  const lo = q.lo ?? q.hi
  const hi = q.hi ?? q.lo
  const d = q.kind === 'duration' ? durationDays({ lo, hi, unit: q.unit }) : null
  return d ? `day:${d.lo}:${d.hi}` : `${q.unit ?? ''}:${lo}:${hi}`
}

// A bound an outlet states on its own ("more than a third", "plus de 30 morts") beside the one body
// its report credits with a figure inside it is that figure said as a bound: a headline's rounding.
const BOUNDS = new Set(['more-than', 'less-than', 'at-least', 'at-most'])

const LENGTHS = new Set(['km', 'm', 'mi', 'nmi', 'ft'])
const isLength = (q: Quantity) => LENGTHS.has(q.unit ?? '')

// The same number in the same unit, whatever the qualifier ("about 170" repeats "170"), as a key;
// null for a figure with no number.
const numberKey = (q: Quantity) => ((q.lo ?? q.hi) === null ? null : [q.kind, String(q.unit), typeof (q.lo ?? q.hi), q.lo ?? q.hi, q.hi ?? q.lo].join('\u0001'))
const ALL = '\u0000all'
/** How many times relays are read again: a chain of relays within a topic is short. */
const RELAY_PASSES = 3
