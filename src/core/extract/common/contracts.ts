import type { Lang, Quantity } from '../../model'
import type { Token } from './tokens'
import type { Peel } from './prefixes'
import type { DatePoint } from './dates'

// The extraction contracts, after chrono-node's design. A Parser reads one construction starting at
// a token; Refiners then work on the list of hits (merge ranges, attach qualifiers, resolve dates,
// drop what is not a figure). A Locale is a list of each, in order.

/** A figure found over tokens [from, to) of the compact text, before it becomes a Claim. */
export interface Hit {
  from: number
  to: number
  /** Letters of the first token left outside the span (an attached و/ب/ل prefix). */
  skip: number
  quantity: Quantity
  /** Tokens [from, to) of the counted noun phrase, when there is one. */
  counted: [number, number] | null
  /** Tokens up to here belong to the figure's phrase (dual adjectives) and start no other figure. */
  consumed?: number
  /** The parser that found it (for debugging and tests). */
  parser: string
  /** How a number was written, for range merging: the value before its scale word, and the scale. */
  num?: NumberParts
  /** A date as the text gives it; ResolveDates turns it into days. `end` is a range's second end. */
  point?: DatePoint
  end?: DatePoint
  /** A reading that stands only if a refiner anchors it (a bare year or day that opens a range). */
  weak?: boolean
  /** Not a figure (a clock time, a phone number): read so no other parser takes its digits, then dropped. */
  drop?: boolean
}

/** How a number was written. */
export interface NumberParts {
  value: number
  scale: number
  /** Written in words (a round figure). */
  words: boolean
  /** Digits only, 1–31, with no unit: could be the day that opens a date range. */
  dayLike: boolean
}

/** What parsers and refiners know of the source. */
export interface Context {
  tokens: Token[]
  /** ISO day relative dates are read against, or null (then they stay unresolved). */
  ref: string | null
  /** Parse a whole selection as one figure: allow bare units ("شهر" → one month). */
  whole: boolean
  /** Words seen glued to a number as a name ("بامكس2025"): the same word before a year is a name too. */
  nameHeads: Set<string>
  /** The original text, and where each unit of the compact text stood in it (marks such as a fatha live there). */
  original: { text: string; offsets: Int32Array }
}

/** The tokens a construction can start at: the prefilter is built from these, so no parser is skipped. */
export interface Starters {
  /** Folded words (matched after peeling attached prefixes). */
  words?: Iterable<string>
  /** A digit token. */
  digits?: boolean
  /** Single symbols: "$", "€". */
  symbols?: Iterable<string>
  /** A word shape no list holds (Arabic duals: a noun stem + تان/تين). */
  shape?: (word: string) => boolean
}

/** One construction. */
export interface Parser {
  name: string
  starters: Starters
  extract(ctx: Context, i: number): Hit | null
}

/** One step over all hits, in text order: merge, attach, resolve or drop. */
export interface Refiner {
  name: string
  refine(ctx: Context, hits: Hit[]): Hit[]
}

/** A language: how words peel, its parsers and refiners in order, and what it learns of a text first. */
export interface Locale {
  lang: Lang
  peel: Peel
  parsers: Parser[]
  refiners: Refiner[]
  /** Names learned from the whole text before parsing (Arabic: "بامكس2025" makes "بامكس" a name). */
  learnNames?: (tokens: Token[]) => Set<string>
}
