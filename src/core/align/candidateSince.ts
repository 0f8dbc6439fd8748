import type { Claim } from '../model'
import { overlaps, toInterval, type Interval } from '../compare/interval'
import { compact } from '../text/normalize'

// A date said as the day since which something lasts ("internet has been down since Thursday",
// "les pluies tombent depuis la mi-juin", "الجامعات مغلقة منذ الأربعاء") dates the start of a state
// that still holds when the report is written, not the day of the story's event: a reader names it
// as its own topic ("start of the shutdown", "start of the rains"). Reports name its state in
// different words, or in none a measure reads (the rains, the floods, "coupés depuis jeudi"), so its
// figures are gathered by the day they give, whatever their words.

// "since", "depuis", "منذ" (with و/ف attached), as the figure's first word or just before it.
const SINCE_OWN = /^(?:since|depuis|[وف]?منذ)(?![\p{L}])/iu
const SINCE_BEFORE = /(?<![\p{L}])(?:since|depuis|[وف]?منذ)\s*(?:(?:the|le|la|l['’]|les|يوم|ال)\s*)?$/iu
const REACH = 16

/** Whether a date is said as the day since which something lasts. */
export function isSinceDate(c: Pick<Claim, 'span' | 'text' | 'quantity'>, text: string): boolean {
  if (c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange') return false
  if (SINCE_OWN.test(compact(c.text).text.trim())) return true
  return SINCE_BEFORE.test(text.slice(Math.max(0, c.span.start - REACH), c.span.start))
}

// A start said as a season or a year ("since the summer", "depuis 2019") may hold any day: it
// gathers nothing.
const MAX_DAYS = 31

/**
 * The starts two reports or more give: since-dates whose days meet, each group with at least two
 * reports and two origins, the longest first. `originOf`: a figure's independent origin.
 */
export function sinceGroups(cs: Claim[], originOf: (c: Claim) => string): Claim[][] {
  const dated = cs.flatMap((c) => {
    const q = c.quantity
    const iv = q.unresolved ? null : toInterval(q)
    return iv && Number.isFinite(iv.lo) && Number.isFinite(iv.hi) && iv.hi - iv.lo < MAX_DAYS ? [{ c, iv }] : []
  })
  const groups: { iv: Interval; cs: Claim[] }[] = []
  // Narrowest first, so a day ("18 July") anchors a group a month ("since July") may join.
  for (const { c, iv } of dated.sort((a, b) => (a.iv.hi - a.iv.lo) - (b.iv.hi - b.iv.lo))) {
    const g = groups.find((x) => overlaps(x.iv, iv))
    if (g) g.cs.push(c)
    else groups.push({ iv, cs: [c] })
  }
  return groups
    .filter((g) => new Set(g.cs.map((c) => c.source)).size >= 2 && new Set(g.cs.map(originOf)).size >= 2)
    .map((g) => g.cs)
    .sort((a, b) => b.length - a.length)
}
