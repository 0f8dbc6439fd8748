import type { Claim, Source } from '../model'

// The time a figure is about ("as of"): a date the text sets beside it ("حتى مساء الأربعاء",
// "by Thursday", "between 2017 and 2019"), else the day its source was published, else the window
// of days its source is known to date from. A source whose date is not known at all gives an
// unknown time: no year is ever guessed.

/** The days (inclusive ISO) a claim is about, or null when they cannot be known. */
export interface AsOf { from: string; to: string }

export function asOf(c: Pick<Claim, 'scopes'>, source: Pick<Source, 'published' | 'window'> | undefined): AsOf | null {
  const t = c.scopes.find((s) => s.kind === 'time' && (s.to ?? s.from))
  if (t) return { from: (t.from ?? t.to)!, to: (t.to ?? t.from)! }
  if (source?.published) return { from: source.published, to: source.published }
  if (source?.window) return { from: source.window.from, to: source.window.to }
  return null
}

/** Two times that may be the same moment: their days overlap. */
export const sameTime = (a: AsOf, b: AsOf) => a.from <= b.to && b.from <= a.to

/** The time the text itself sets beside a figure, as a key; empty when it sets none. */
export const statedTime = (c: Pick<Claim, 'scopes'>): string => c.scopes.filter((s) => s.kind === 'time').map((s) => s.from ?? s.label).join('|')

/** Two figures of one source about the same time: the text sets none, or the same, for both. */
export const sameStatedTime = (a: Pick<Claim, 'scopes'>, b: Pick<Claim, 'scopes'>): boolean => { const x = statedTime(a); const y = statedTime(b); return !x || !y || x === y }
