import type { Claim, Scope, Source } from '../model'
import { isDateKind } from '../quantity/parts'

// The time a figure is about ("as of"): a date the text sets beside it ("حتى مساء الأربعاء",
// "by Thursday", "between 2017 and 2019"), else the day its source was published, else the window
// of days its source is known to date from. A source whose date is not known at all gives an
// unknown time: no year is ever guessed.
//
// Not every date beside a figure times it. A count "since" a day ("منذ منتصف أبريل 2023", "depuis
// avril 2023") runs up to the report. A single day beside a count with no cut-off word dates the
// event counted, not the count: "more than 170 killed by the explosion of the evening of 4 August",
// written on the 13th, is the toll of the 13th; "حتى مساء الأربعاء", "by early Wednesday" and a
// period ("between 26 and 29 October", "in 2021") time the count itself.

const SINCE = /^(?:منذ|since|depuis)/iu
const CUTOFF = /^(?:حتى|لغاية|بحلول|by|until|as of|jusqu|au|d'ici)/iu

const timesIt = (c: Pick<Claim, 'quantity'>, s: Scope) =>
  s.kind === 'time' && !!(s.to ?? s.from) && !SINCE.test(s.label) && (c.quantity.kind !== 'count' || s.from !== s.to || CUTOFF.test(s.label))

/** The days (inclusive ISO) a claim is about, or null when they cannot be known. */
export interface AsOf { from: string; to: string }

export function asOf(c: Pick<Claim, 'scopes' | 'quantity'>, source: Pick<Source, 'published' | 'window'> | undefined): AsOf | null {
  const t = c.scopes.find((s) => timesIt(c, s))
  if (t) {
    const from = (t.from ?? t.to)!
    const to = (t.to ?? t.from)!
    // A period still running on the report's day ("this year", "en 2024" written in June 2024)
    // holds a count so far: the count is the report's day's, not the whole period's.
    const day = source?.published
    if (day && from < to && from <= day && day <= to && !isDateKind(c.quantity.kind)) return { from: day, to: day }
    return { from, to }
  }
  if (source?.published) return { from: source.published, to: source.published }
  if (source?.window) return { from: source.window.from, to: source.window.to }
  return null
}

/** The day a count "since" runs from ("منذ منتصف أبريل 2023", "since April 2023"), or null. */
export function sinceOf(c: Pick<Claim, 'scopes'>): string | null {
  const s = c.scopes.find((x) => x.kind === 'time' && SINCE.test(x.label) && (x.from ?? x.to))
  return s ? (s.from ?? s.to)! : null
}

/** Two times that may be the same moment: their days overlap. */
export const sameTime = (a: AsOf, b: AsOf) => a.from <= b.to && b.from <= a.to

/** Two times known to the day that are different days ("by Monday" and the report's Thursday). */
export const twoDays = (a: AsOf | null, b: AsOf | null): boolean => !!a && !!b && a.from === a.to && b.from === b.to && a.from !== b.from

/** The time the text itself sets beside a figure, as a key; empty when it sets none. */
export const statedTime = (c: Pick<Claim, 'scopes'>): string => c.scopes.filter((s) => s.kind === 'time').map((s) => s.from ?? s.label).join('|')

/** Two figures of one source about the same time: the text sets none, or the same, for both. */
export const sameStatedTime = (a: Pick<Claim, 'scopes'>, b: Pick<Claim, 'scopes'>): boolean => { const x = statedTime(a); const y = statedTime(b); return !x || !y || x === y }
