import type { Claim } from '../model'
import type { FigureNarrowing } from './narrowing'

// A date's own year is the year it narrows to: "the 2019 election", "lors des élections
// législatives de 2019", "الانتخابات التشريعية لعام 2019", "In December 2019 he won" date the
// previous vote, not the story's. A figure's own digits say no year of a count ("2000 people
// died"), so the narrowing read from its words leaves a date's year out; the date's value says it.
// (A date across two years says none; a weekday or "last week" resolves to the report's own year.)

/** The narrowing read from a figure's words, with a date's own year added when its words named none. */
export function withOwnYear(c: Pick<Claim, 'quantity'>, n: FigureNarrowing): FigureNarrowing {
  const { kind, lo, hi } = c.quantity
  if (n.year !== undefined || (kind !== 'date' && kind !== 'daterange') || typeof lo !== 'string' || typeof hi !== 'string') return n
  const year = Number(lo.slice(0, 4))
  return year === Number(hi.slice(0, 4)) && year >= 1900 && year < 2100 ? { ...n, year } : n
}
