import { foldKey } from '../../../text/normalize'
import { PhraseSet } from '../../common/phrases'
import { arabicReadings } from '../../common/prefixes'
import * as K from './constants'

const f = (o: Record<string, unknown>) => Object.keys(o).map(foldKey)
export const L = {
  units: new PhraseSet(K.UNITS, arabicReadings),
  teenHeads: new PhraseSet(K.TEEN_HEADS, arabicReadings),
  tens: new PhraseSet(K.TENS, arabicReadings),
  hundreds: new PhraseSet(K.HUNDREDS, arabicReadings),
  scales: new PhraseSet(K.SCALES, arabicReadings),
  fractions: new PhraseSet(K.FRACTIONS, arabicReadings),
  vague: new PhraseSet(K.VAGUE, arabicReadings),
  qualBefore: new PhraseSet(K.QUALIFIERS_BEFORE, arabicReadings),
  qualAfter: new PhraseSet(K.QUALIFIERS_AFTER, arabicReadings),
  qualVerbs: new PhraseSet(K.QUALIFIER_VERBS, arabicReadings),
  changeVerbs: new PhraseSet(Object.fromEntries(K.CHANGE_VERBS.map((w) => [w, true as const])), arabicReadings),
  rangeOpeners: new PhraseSet(K.RANGE_OPENERS, arabicReadings),
  rangeJoins: {
    between: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.between.map((w) => [w, true as const])), arabicReadings),
    from: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.from.map((w) => [w, true as const])), arabicReadings),
    bare: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.bare.map((w) => [w, true as const])), arabicReadings),
  },
  datePrepsKept: new PhraseSet(Object.fromEntries(K.DATE_PREPOSITIONS.map((w) => [w, true as const])), arabicReadings),
  yearIntro: new PhraseSet({ 'في': true as const }, arabicReadings),
  currencies: new PhraseSet(K.CURRENCIES, arabicReadings),
  percent: new PhraseSet(Object.fromEntries(K.PERCENT_WORDS.map((w) => [w, true])), arabicReadings),
  measures: new PhraseSet(K.MEASURES, arabicReadings),
  timeUnits: new PhraseSet(K.TIME_UNITS, arabicReadings),
  per: new PhraseSet(K.PER, arabicReadings),
  months: new PhraseSet(K.MONTHS, arabicReadings),
  weekdays: new PhraseSet(K.WEEKDAYS, arabicReadings),
  ordinalDays: new PhraseSet(K.ORDINAL_DAYS, arabicReadings),
  decades: new PhraseSet(K.DECADES, arabicReadings),
  parts: new PhraseSet(K.PERIOD_PARTS, arabicReadings),
  relative: new PhraseSet(K.RELATIVE, arabicReadings),
  yearWords: new Set(K.YEAR_WORDS.map(foldKey)),
  datePreps: new Set(K.DATE_PREPOSITIONS.map(foldKey)),
  weakMonths: new Set(K.WEAK_MONTHS.map(foldKey)),
  nameHeads: new Set(K.NAME_HEADS.map(foldKey)),
  letterNames: new Set(K.LETTER_NAMES.map(foldKey)),
  stop: new Set(K.STOPWORDS.map(foldKey)),
  dualF: new Set(K.DUAL_NOUNS_F.map((w) => foldKey(w).slice(0, -1))),
  dualM: new Set(K.DUAL_NOUNS_M.map(foldKey)),
  dualMSound: new Set(K.DUAL_NOUNS_M_SOUND.map(foldKey)),
  dualConstructOk: new Set(K.DUAL_CONSTRUCT_OK.map((w) => foldKey(w).slice(0, -1))),
  scaleWords: new Set(f(K.SCALES)),
}
