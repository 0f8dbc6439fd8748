import type { Verdict } from '../model'

// Why a topic got its verdict, as data: the decision (decide.ts) returns one of these, and the
// templates (explain.en.ts, explain.ar.ts) word it. Each names the figures that drive the verdict,
// by claim id, not every figure of the topic.

/** Ranges a topic about a start (or an end) reads at that end: the day (ISO) each named range is read at, by claim id. */
export interface ReadAt { end: 'start' | 'end'; days: Record<string, string> }

/** An origin's own figure given once and later differently: the earlier and the later figure, by claim id, and the day (ISO) each is of. */
export interface Revised { from: string; to: string; days: [string, string] }

/** A figure converted to another currency for the comparison. */
export interface Conversion { claim: string; to: string; amount: number; month: string }

export type Reason =
  /** No source states the figure yet. */
  | { code: 'none' }
  /** Every figure concerns a part (a town, one operation); none states the whole. */
  | { code: 'parts-only'; parts: string[] }
  /** One origin only, however many outlets repeat it and however many times; `origin` names it when it is a body. */
  | { code: 'one-origin'; figures: string[]; outlets: string[]; origin: string | null; selfConflict?: [string, string] }
  /** A stated duration does not fit a stated date range. */
  | { code: 'duration-vs-range'; duration: string; range: string; rangeDays: number }
  /** Two complete ranges of one event differ at one end or both. */
  | { code: 'ranges-differ'; a: string; b: string; ends: 'start' | 'end' | 'both' }
  /** Two figures for the same thing at the same time cannot both hold. */
  | { code: 'no-overlap'; a: string; b: string; conversions: Conversion[]; sameSource: boolean; /** Set when both relay one origin's figure (the body, when it is one; else null): two reports of what it said. */ relayed?: string | null; readAt?: ReadAt; /** The moment both figures' texts set them at, when they tell it: a day, or the occasion they measure. */ moment?: { day: string } | { occasion: true }; /** One origin that moved its own figure, its earlier and later figures (ownRevision.ts). */ revised?: Revised; /** The days (ISO) of `a` and `b`, when they are two days of a measure that does not change over time (a population, a ballot's votes): the later does not update the earlier. */ standing?: [string, string] }
  /** A cumulative count (the dead, the injured) given lower on a later day: the later figure replaced the earlier one, and a count that only adds up cannot fall. */
  | { code: 'fell'; earlier: string; later: string; from: string; to: string; revised?: Revised }
  /** Two figures cannot be compared: units or currencies with no conversion. */
  | { code: 'incomparable'; a: string; b: string; units: [string, string] }
  /** A unit that names two measures ("miles", statute or nautical) beside figures in one of them: a reviewer must say which. */
  | { code: 'ambiguous-unit'; a: string; b: string }
  /** A week named from its report's day ("last week") misses another date by no more than the first day of the week can differ: the gap may be the wording. */
  | { code: 'loose-week'; week: string; other: string }
  /** A date given while it was still ahead (`planned`, written on `written`) and another told after the fact (`held`) differ: the plan may have changed. */
  | { code: 'scheduled'; planned: string; held: string; written: string }
  /** The event can recur: dates that do not overlap may be two events. */
  | { code: 'recurring'; a: string; b: string }
  /** A forecast beside a figure stated as fact: only the forecast makes them clash, so a reviewer compares them. */
  | { code: 'forecast'; forecast: string; outcome: string }
  /** The same measure at different known times. */
  | { code: 'series'; points: { claim: string; from: string; to: string }[] }
  /** Compatible, one gives only a bound ("more than 20 million" and "50 million"). */
  | { code: 'bound'; bound: string; value: string; conversions: Conversion[]; atEdge?: boolean }
  /** Compatible, one more precise (a day inside a month, a point inside a range). */
  | { code: 'within'; fine: string; coarse: string; readAt?: ReadAt }
  /** Compatible: one dates the event by the time since it ("two weeks after", written on `written`), which fits the day another gives. */
  | { code: 'since'; day: string; since: string; written: string }
  /** One dates the event by the time since it ("nearly four weeks", written on `written`), which points to no day another origin gives. */
  | { code: 'since-apart'; day: string; since: string; written: string }
  /** Compatible values from several origins. */
  | { code: 'same'; figures: string[]; origins: number; conversions: Conversion[] }

/** A decision: the verdict and the reason behind it. */
export interface Decision { verdict: Verdict; reason: Reason }
