import { foldKey } from '../../../text/normalize'
import { phrases, wordSet, type LatinLexicon } from '../../common/latin/lexicon'
import * as K from './constants'

const set = (words: readonly string[]) => new Set(words.map(foldKey))

/** The French word lists as the shared Latin readers use them. */
export const LEX: LatinLexicon = {
  lang: 'fr',
  decimal: ',',
  spaceGroups: true,
  numberWords: phrases(K.NUMBER_WORDS),
  numberJoin: set(K.NUMBER_JOIN),
  half: phrases(K.HALF),
  scaleFractions: phrases(K.SCALE_FRACTIONS),
  digitScales: phrases(K.DIGIT_SCALES),
  currencyBefore: phrases(K.CURRENCY_BEFORE),
  currencyAfter: phrases(K.CURRENCY_AFTER),
  of: wordSet(K.OF),
  percent: wordSet(K.PERCENT),
  measures: phrases(K.MEASURES),
  timeUnits: phrases(K.TIME_UNITS),
  unitAdjectives: set(K.UNIT_ADJECTIVES),
  per: phrases(K.PER),
  vague: phrases(K.VAGUE),
  fractions: phrases(K.FRACTIONS),
  shareFollowers: set(K.SHARE_FOLLOWERS),
  notShareLeads: set(K.NOT_SHARE_LEADS),
  stop: set(K.STOPWORDS),
  times: set(K.TIMES),
  nameHeads: set(K.NAME_HEADS),
  furniture: wordSet(K.FURNITURE),
  ordinalSuffixes: set(K.ORDINAL_SUFFIXES),
  magnitudeCues: set(K.MAGNITUDE_CUES),
}

/** French words the French parsers and refiners use beyond the shared readers. */
export const L = {
  qualBefore: phrases(K.QUALIFIERS_BEFORE),
  qualAfter: phrases(K.QUALIFIERS_AFTER),
  qualAfterNoun: phrases(K.QUALIFIERS_AFTER_NOUN),
  qualVerbs: phrases(K.QUALIFIER_VERBS),
  changeVerbs: wordSet(K.CHANGE_VERBS),
  rangeOpeners: phrases(K.RANGE_OPENERS),
  rangeJoins: { between: wordSet(K.RANGE_JOINS.between), from: wordSet(K.RANGE_JOINS.from), bare: wordSet(K.RANGE_JOINS.bare) },
  places: phrases(K.PLACE_CURRENCIES),
  datePrepsKept: wordSet(K.DATE_PREPOSITIONS),
  yearPreps: wordSet(K.YEAR_PREPOSITIONS),
  deadlinePreps: wordSet(K.DEADLINE_PREPOSITIONS),
  months: phrases(K.MONTHS),
  weakMonths: set(K.WEAK_MONTHS),
  monthAbbreviations: set(K.MONTH_ABBREVIATIONS),
  monthLeads: set(K.MONTH_LEADS),
  weekdays: phrases(K.WEEKDAYS),
  timesOfDay: wordSet(K.TIMES_OF_DAY),
  past: set(K.PAST),
  next: set(K.NEXT),
  parts: phrases(K.PERIOD_PARTS),
  relative: phrases(K.RELATIVE),
  partRelative: phrases(K.PART_RELATIVE),
  weekends: phrases(K.WEEKENDS),
  seasons: phrases(K.SEASONS),
  decadeLeads: wordSet(K.DECADE_LEADS),
  notOpeners: wordSet(K.DE_GOVERNORS.flatMap((w) => [`${w} de`, `${w} d'`, `${w} du`])),
  yearLeads: set(K.YEAR_LEADS),
}
