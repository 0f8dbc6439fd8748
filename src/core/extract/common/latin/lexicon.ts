import type { Qualifier } from '../../../model'
import { PhraseSet } from '../phrases'
import { noReadings } from '../prefixes'

// What a Latin-script locale (English, French) tells the shared readers in this folder: its word
// lists, folded into phrase sets once. Each locale builds one of these in its lexicon.ts from its
// constants.ts; the readers never name a word of any language themselves.

/** A number word and how it composes: units (1–19) and tens add, hundreds and scales multiply. */
export interface NumberWord {
  value: number
  kind: 'unit' | 'ten' | 'hundred' | 'scale' | 'article'
}

/** A time unit of a duration, and how many of the canonical unit it is ("decade" → 10 year). */
export interface TimeUnit { unit: string; factor: number }

/** A vague amount as an interval; `scales` when a scale word after it multiplies it ("several thousand"). */
export interface VagueAmount { lo: number; hi: number; qualifier: Extract<Qualifier, 'vague' | 'about'>; scales?: boolean }

export interface LatinLexicon {
  lang: 'en' | 'fr'
  /** The decimal mark: "." in English (1,234.5), "," in French (1 234,5, where "2.901" is 2901). */
  decimal: '.' | ','
  /** Digit groups split by a space join into one number ("11 300"). */
  spaceGroups: boolean
  numberWords: PhraseSet<NumberWord>
  /** "and"/"et" inside a written number ("one hundred and five", "vingt et un"). */
  numberJoin: Set<string>
  /** A half after a number or a unit: "and a half", "et demi". */
  half: PhraseSet<number>
  /** "half a million", "un demi-million": a fraction of the scale word after it. */
  scaleFractions: PhraseSet<number>
  /** Scale words after digits ("2.5 million", "$3bn"); `moneyOnly` ones ("m") only with a currency. */
  digitScales: PhraseSet<{ value: number; moneyOnly?: boolean }>
  /** Nouns of people and homes after which a `moneyOnly` scale glued to its digits is millions all the same ("2m people", not two metres). */
  millionsOf?: Set<string>
  /** Currency signs and codes before the digits ("$", "US$", "Dh"), to ISO codes. */
  currencyBefore: PhraseSet<string>
  /** Currency names after a number, to ISO codes; a name several countries share gives its family ("dinars" → "~dinar", see common/currencies.ts). */
  currencyAfter: PhraseSet<string>
  /** Abbreviations that are a scale and a currency at once ("120 MMDH" is 120 billion dirhams). */
  scaledCurrencies: PhraseSet<{ scale: number; code: string }>
  /** "of", "de": between a scale or a vague amount and its unit ("millions of dollars", "millions d'euros"). */
  of: PhraseSet<true>
  percent: PhraseSet<true>
  measures: PhraseSet<string>
  timeUnits: PhraseSet<TimeUnit>
  /** Adjectives between a number and its time unit that stay in the span ("deux dernières semaines"). */
  unitAdjectives: Set<string>
  /** Adjectives after a time unit that stay in the span ("une année entière"). */
  unitAfter: Set<string>
  /** Words after an amount that make it a rate ("a month", "par an"). */
  per: PhraseSet<string>
  vague: PhraseSet<VagueAmount>
  /** Shares of a whole ("a third", "la moitié"), as fractions. */
  fractions: PhraseSet<number>
  /** Words after a fraction that make it a share of a whole ("half of", "la moitié de"). */
  shareFollowers: Set<string>
  /** The word of "one in three", "un sur trois": a share written as one of every so many. */
  oneIn: Set<string>
  /** Words before a fraction that make it no share ("the first half of 2023"). */
  notShareLeads: Set<string>
  /** Determiners after "of"/"de" that make a vague amount a part of a known group ("several of the", "plusieurs de ses", "d'entre"). */
  partitives: Set<string>
  /** The words for one that may be the next count of a list ("quatre morts et un disparu", "and one missing"); not "a". */
  listOnes: Set<string>
  /** Words after such a one that place it ("et une en Andalousie", "and one in Andalusia"). */
  listPlaces: Set<string>
  /** Words that follow a number without being its counted noun; a number word before them is only a range end. */
  stop: Set<string>
  /** Determiners and prepositions before a number word that, with nothing counted after it, make it no new figure ("the nine.", "en deux."). */
  determiners: Set<string>
  /** Words after a number that make it a multiplier, not a count ("twice as", "deux fois"). */
  times: Set<string>
  /** Words hyphenated to a number that make an idiom, not a count ("a one-stop centre", "a one-off grant", "a two-time winner"). */
  hyphenIdioms?: Set<string>
  /** Words before digits that make them part of a name ("Resolution 2719", "France 2"). */
  nameHeads: Set<string>
  /** Words after a number that make it page furniture ("3 min read", "245 shares"). */
  furniture: PhraseSet<true>
  /** Words before a number that make it page furniture ("Temps de lecture : 2 min", "Reading time: 3 minutes"); the unit after it goes too. */
  furnitureLeads: PhraseSet<true>
  /** Words before a number to call, which counts nothing ("composer le 1016", "dial 112", "numéro vert 3114"). */
  dialLeads: PhraseSet<true>
  /** Glued suffixes of ordinals ("6th", "3e", "1er"). */
  ordinalSuffixes: Set<string>
  /** Words before a date in its clause that set it in the future ("will", "sera"), and future verb endings ("-ra", "-ront"). */
  futureWords: Set<string>
  futureEndings: string[]
  /** Words that end a clause for that look-back ("said", "a"). */
  clauseEnds: Set<string>
  /** Words that make a small number in the same sentence an earthquake's magnitude. */
  magnitudeCues: Set<string>
  /** Counted nouns that are then the magnitude's unit, inside its span ("6,4 degrés"). */
  magnitudeNouns: Set<string>
  /** Words before a number of hours that make it a clock time ("à 10 heures", "aux alentours de 17 heures"). */
  clockLeads: PhraseSet<true>
  /** Words after a number of hours that make it a clock time ("17 heures mardi", "8 heures du matin"). */
  clockAfter: PhraseSet<true>
  /** Words after a small number that make it a clock time ("10 a.m.", "3 o'clock"). */
  clockWords: PhraseSet<true>
}

/**
 * A phrase set of a locale: each phrase also in its variants with a typographic apostrophe and
 * with a capital first letter that the folding leaves as it is ("À", "É").
 */
export function phrases<V>(entries: Record<string, V> | [string, V][]): PhraseSet<V> {
  const list = Array.isArray(entries) ? entries : Object.entries(entries)
  const out: [string, V][] = []
  for (const [k, v] of list) {
    for (const a of new Set([k, k.replace(/'/g, '\u2019')])) {
      out.push([a, v])
      const up = a[0].toUpperCase() + a.slice(1)
      if (up !== a && !/^[a-z]/.test(a)) out.push([up, v])
    }
  }
  return new PhraseSet(out, noReadings)
}

/** A phrase set of words that all mean `true`. */
export const wordSet = (words: readonly string[]) => phrases<true>(words.map((w): [string, true] => [w, true]))
