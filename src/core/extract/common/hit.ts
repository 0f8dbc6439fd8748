import type { Quantity } from '../../model'

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
}

/** What parsers know of the source: its reference day for relative dates, and document-level names. */
export interface Context {
  /** ISO day relative dates are read against, or null (then they stay unresolved). */
  ref: string | null
  /** Words seen glued to a number as a name ("بامكس2025"): the same word before a year is a name too. */
  nameHeads: Set<string>
  /** Parse a whole selection as one figure: allow bare units ("شهر" → one month). */
  whole: boolean
}
