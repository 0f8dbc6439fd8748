import { foldKey } from '../../../text/normalize'
import { PhraseSet } from '../../common/phrases'
import { arabicReadings } from '../../common/prefixes'
import { platformCurrencies } from '../../common/platformCurrencies'
import * as K from './constants'
import { conjugated } from './verbs'

// Every other ISO currency by the names the platform gives it (common/platformCurrencies.ts).
const PLATFORM = platformCurrencies('ar', K.CURRENCIES)

const f = (o: Record<string, unknown>) => Object.keys(o).map(foldKey)
/** A phrase set of words that all mean `true`, read with Arabic's attached prefixes. */
const words = (list: readonly string[]) => new PhraseSet(Object.fromEntries(list.map((w) => [w, true as const])), arabicReadings)

export const L = {
  units: new PhraseSet(K.UNITS, arabicReadings),
  teenHeads: new PhraseSet(K.TEEN_HEADS, arabicReadings),
  tens: new PhraseSet(K.TENS, arabicReadings),
  hundreds: new PhraseSet(K.HUNDREDS, arabicReadings),
  scales: new PhraseSet(K.SCALES, arabicReadings),
  fractions: new PhraseSet(K.FRACTIONS, arabicReadings),
  ofEvery: words(K.OF_EVERY),
  vague: new PhraseSet(K.VAGUE, arabicReadings),
  qualBefore: new PhraseSet({ ...conjugated(K.BOUNDING_VERBS), ...K.QUALIFIERS_BEFORE }, arabicReadings),
  qualAfter: new PhraseSet(K.QUALIFIERS_AFTER, arabicReadings),
  qualVerbs: new PhraseSet({ ...conjugated(K.BOUNDING_VERBS.filter((v) => !v.after)), ...K.QUALIFIER_VERBS }, arabicReadings),
  subjectHeads: words(K.SUBJECT_HEADS),
  linkedVerbs: new PhraseSet(K.LINKED_VERBS, arabicReadings),
  boundLinks: words(K.BOUND_LINKS),
  changeVerbs: new PhraseSet(Object.fromEntries(K.CHANGE_VERBS.map((w) => [w, true as const])), arabicReadings),
  rangeOpeners: new PhraseSet(K.RANGE_OPENERS, arabicReadings),
  rangeJoins: {
    between: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.between.map((w) => [w, true as const])), arabicReadings),
    from: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.from.map((w) => [w, true as const])), arabicReadings),
    bare: new PhraseSet(Object.fromEntries(K.RANGE_JOINS.bare.map((w) => [w, true as const])), arabicReadings),
  },
  datePrepsKept: new PhraseSet(Object.fromEntries(K.DATE_PREPOSITIONS.map((w) => [w, true as const])), arabicReadings),
  untilPreps: new PhraseSet(Object.fromEntries(K.UNTIL_PREPOSITIONS.map((w) => [w, true as const])), arabicReadings),
  yearIntro: new PhraseSet({ 'في': true as const }, arabicReadings),
  currencies: new PhraseSet({ ...PLATFORM.names, ...K.CURRENCIES }, arabicReadings),
  places: new PhraseSet({ ...PLATFORM.places, ...K.PLACE_CURRENCIES }, arabicReadings),
  currencyFamilies: PLATFORM.families,
  percent: new PhraseSet(Object.fromEntries(K.PERCENT_WORDS.map((w) => [w, true])), arabicReadings),
  measures: new PhraseSet(K.MEASURES, arabicReadings),
  timeUnits: new PhraseSet(K.TIME_UNITS, arabicReadings),
  per: new PhraseSet(K.PER, arabicReadings),
  months: new PhraseSet(K.MONTHS, arabicReadings),
  weekdays: new PhraseSet(K.WEEKDAYS, arabicReadings),
  ordinalDays: new PhraseSet(K.ORDINAL_DAYS, arabicReadings),
  ageOrdinals: new PhraseSet(K.AGE_ORDINALS, arabicReadings),
  ageAfter: new PhraseSet(Object.fromEntries(K.AGE_AFTER.map((w) => [w, true as const])), arabicReadings),
  ageBefore: new PhraseSet(Object.fromEntries(K.AGE_BEFORE.map((w) => [w, true as const])), arabicReadings),
  decades: new PhraseSet(K.DECADES, arabicReadings),
  ageOf: new Set(K.AGE_OF.map(foldKey)),
  parts: new PhraseSet(K.PERIOD_PARTS, arabicReadings),
  relative: new PhraseSet(K.RELATIVE, arabicReadings),
  anaphoricDays: new PhraseSet(K.ANAPHORIC_DAYS, arabicReadings),
  dayWords: new PhraseSet(K.DAY_WORDS, arabicReadings),
  timesOfDay: new PhraseSet(Object.fromEntries(K.TIMES_OF_DAY.map((w) => [w, true as const])), arabicReadings),
  seasons: new PhraseSet(K.SEASONS, arabicReadings),
  yearWords: new Set(K.YEAR_WORDS.map(foldKey)),
  datePreps: new Set(K.DATE_PREPOSITIONS.map(foldKey)),
  weakMonths: new Set(K.WEAK_MONTHS.map(foldKey)),
  nameHeads: new Set(K.NAME_HEADS.map(foldKey)),
  letterNames: new Set(K.LETTER_NAMES.map(foldKey)),
  stop: new Set(K.STOPWORDS.map(foldKey)),
  times: new Set(K.TIMES.map(foldKey)),
  dualF: new Set(K.DUAL_NOUNS_F.map((w) => foldKey(w).slice(0, -1))),
  dualM: new Set(K.DUAL_NOUNS_M.map(foldKey)),
  dualMSound: new Set(K.DUAL_NOUNS_M_SOUND.map(foldKey)),
  dualAmbiguous: new Set(K.DUAL_AMBIGUOUS.map(foldKey)),
  dualCounted: new Set(K.DUAL_COUNTED.map((w) => w.endsWith('ة') ? foldKey(w).slice(0, -1) : foldKey(w))),
  dualConstructOk: new Set(K.DUAL_CONSTRUCT_OK.map((w) => foldKey(w).slice(0, -1))),
  dualConstructM: new Set(K.DUAL_CONSTRUCT_M.map(foldKey)),
  scaleWords: new Set(f(K.SCALES)),
  resultVerbs: words(K.RESULT_VERBS),
  periodOrdinals: new PhraseSet(K.PERIOD_ORDINALS, arabicReadings),
  currencyLinks: words(K.CURRENCY_LINKS),
  someday: { idioms: words(K.SOMEDAY), markers: words(K.SOMEDAY_MARKERS) },
  narrativeDistances: { units: new Set(K.NARRATIVE_DISTANCE_UNITS), before: words(K.NARRATIVE_DISTANCE_BEFORE), after: words(K.NARRATIVE_DISTANCE_AFTER) },
  textUnits: { nouns: new Set(K.TEXT_UNIT_NOUNS.map(foldKey)), before: words(K.TEXT_UNIT_BEFORE), after: words(K.TEXT_UNIT_AFTER) },
  denials: { negations: words(K.DENIALS), between: new Set(K.DENIAL_BETWEEN.map(foldKey)), claimed: words(K.DENIAL_CLAIMED) },
  durationJoins: { joins: new Set(K.DURATION_JOINS.joins.map(foldKey)), notAfter: new Set(K.DURATION_JOINS.notAfter.map(foldKey)) },
}
