import type { Claim, Span } from '../model'
import { foldKey } from '../text/normalize'

// The day a statement was made is no moment of what it says. "Le ministère a indiqué dimanche que
// 2 400 personnes…", "the coastguard said on Sunday that the ferry carried 310", "قالت الوزارة
// يوم الأحد إن…": the day stands between the speaker's verb and what was said, and dates the
// saying. Two reports of one event said on two days are not a measure moving between those days;
// only a day the figure's own words set ("by Sunday", "le bilan s'élevait dimanche à 41", "On
// Sunday, 2,400 were evacuated, the ministry said") is its moment.

// What opens the words said: once it is passed, a day belongs to them ("said that on Sunday…").
const SAID_THAT = /(?<![\p{L}])(?:(?:that|que|ان|انه|انها|بان|بانه|بانها)(?![\p{L}])|qu['’])/u
// A day after the verb, its speaker or its listener ("told AFP on Sunday"), a few words at most.
const NEAR = 30

/** The spans of a figure's time scopes that date its statement: after its speaker's verb, before what was said. */
export function sayingDays(c: Pick<Claim, 'scopes' | 'attribution' | 'span'>, text: string | undefined): Span[] {
  const said = c.attribution?.span
  if (!said || !text) return []
  return c.scopes
    .filter((s) => s.kind === 'time' && s.span.start >= said.end && s.span.end <= c.span.start && s.span.start - said.end <= NEAR)
    .filter((s) => { const gap = text.slice(said.end, s.span.start); return !/\p{N}/u.test(gap) && !SAID_THAT.test(foldKey(gap)) })
    .map((s) => s.span)
}

/** A figure as its moment is read: without the time scopes that date its statement (the same figure when none does). */
export function withoutSayingDays(c: Claim, said: Span[]): Claim {
  if (!said.length) return c
  return { ...c, scopes: c.scopes.filter((s) => !said.some((d) => d.start === s.span.start && d.end === s.span.end)) }
}
