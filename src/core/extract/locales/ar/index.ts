import type { Locale } from '../../common/contracts'
import { arabicReadings } from '../../common/prefixes'
import { DigitPatternsParser } from '../../common/parsers/DigitPatternsParser'
import { attachDatePrepositions } from '../../common/refiners/AttachDatePrepositionsRefiner'
import { compoundDurations } from '../../common/refiners/CompoundDurationRefiner'
import { attachQualifiers } from '../../common/refiners/AttachQualifiersRefiner'
import { dropDenied } from '../../common/refiners/DropDeniedRefiner'
import { dropNarrativeDistances } from '../../common/refiners/DropNarrativeDistancesRefiner'
import { dropSomeday } from '../../common/refiners/DropSomedayRefiner'
import { dropTextUnits } from '../../common/refiners/DropTextUnitsRefiner'
import { DropWeak } from '../../common/refiners/DropWeakRefiner'
import { mergeRanges } from '../../common/refiners/MergeRangesRefiner'
import { ResolveDates } from '../../common/refiners/ResolveDatesRefiner'
import { AppositiveDates } from '../../common/refiners/AppositiveDatesRefiner'
import { resolveCurrencies } from '../../common/refiners/ResolveCurrenciesRefiner'
import { carriedCurrency } from '../../common/refiners/CarriedCurrencyRefiner'
import { L } from './lexicon'
import { learnNameHeads } from './names'
import { ARBracketedScale } from './refiners/ARBracketedScaleRefiner'
import { ARDefiniteNumerals } from './refiners/ARDefiniteNumeralsRefiner'
import { ARAgeOrdinalParser } from './parsers/ARAgeOrdinalParser'
import { ARCardinalParser } from './parsers/ARCardinalParser'
import { ARClockParser } from './parsers/ARClockParser'
import { ARDayMonthParser } from './parsers/ARDayMonthParser'
import { ARDecadeParser } from './parsers/ARDecadeParser'
import { ARDualParser } from './parsers/ARDualParser'
import { ARDurationWordParser } from './parsers/ARDurationWordParser'
import { ARFewUnitsParser } from './parsers/ARFewUnitsParser'
import { ARFractionParser } from './parsers/ARFractionParser'
import { ARUnitThenOneParser } from './parsers/ARUnitThenOneParser'
import { ARShareOfEveryParser } from './parsers/ARShareOfEveryParser'
import { ARUnitFractionParser } from './parsers/ARUnitFractionParser'
import { ARPeriodPartParser } from './parsers/ARPeriodPartParser'
import { ARAnaphoricDayParser } from './parsers/ARAnaphoricDayParser'
import { ARRelativeDateParser } from './parsers/ARRelativeDateParser'
import { ARSeasonParser } from './parsers/ARSeasonParser'
import { ARVagueParser } from './parsers/ARVagueParser'
import { ARDayParser } from './parsers/ARDayParser'
import { ARYearParser } from './parsers/ARYearParser'
import { ARYearPartParser } from './parsers/ARYearPartParser'

// Arabic. At each token the parsers below whose starters match are tried; the longest hit wins,
// ties going to the one listed first: so digit patterns (dates, times, phones) before anything,
// dates before numbers ("3 سبتمبر" is a date, not a count of 3), numbers before durations.
// The refiners then run in this order, each over every hit:
//   0. a duration in two units becomes one, in the smaller unit ("ثلاث ساعات وعشرين دقيقة");
//   1. ranges merge their two ends ("بين 200 و300", "من 28 فبراير حتى 2 مارس"), except a change
//      "من … إلى" (before prepositions, so "حتى" still joins the ends);
//   2. prepositions join the dates they change ("منذ عام 2020", "في 2022");
//   3. dates resolve against the publication day (a range's ends together);
//   3b. digits in brackets and the scale word after them are one figure ("(285) مليون دولار");
//   4. a figure the text denies goes ("عشرات الضحايا وليس آلاف"), qualifiers attach ("أكثر من 5300",
//      "تجاوزت قيمتها 80 مليون"), then what the sentence makes no figure goes: "يوماً ما" (someday), a
//      vague distance that places the narrative ("على بعد بضعة أمتار"), the pieces an article is cut
//      into ("في خمسة أرقام");
//   5. a bare shared currency name takes the code of the country the text is about, and a bare
//      scaled amount the currency of the money figure it is tied to ("800 مليون يورو، منها 200 مليون")
//      or that gave it before;
//   6. a definite numeral that repeats a number already given is dropped ("الخمسة");
//   7. readings no refiner anchored are dropped (a bare year that counts something).
export const AR: Locale = {
  lang: 'ar',
  peel: arabicReadings,
  learnNames: learnNameHeads,
  parsers: [
    DigitPatternsParser,
    ARClockParser,
    ARDayParser,
    ARPeriodPartParser,
    ARYearPartParser,
    ARDayMonthParser,
    ARRelativeDateParser,
    ARAnaphoricDayParser,
    ARSeasonParser,
    ARDecadeParser,
    ARYearParser,
    ARAgeOrdinalParser,
    ARCardinalParser,
    ARVagueParser,
    ARUnitFractionParser,
    ARFractionParser,
    ARShareOfEveryParser,
    ARUnitThenOneParser,
    ARDualParser,
    ARDurationWordParser,
    ARFewUnitsParser,
  ],
  refiners: [
    compoundDurations(L.durationJoins),
    mergeRanges({ openers: L.rangeOpeners, joins: L.rangeJoins, gluedJoin: { between: 'و', from: 'ل' }, changeVerbs: L.changeVerbs }),
    attachDatePrepositions({ kept: L.datePrepsKept, beforeYear: L.yearIntro, until: L.untilPreps }),
    ResolveDates,
    AppositiveDates,
    ARBracketedScale,
    dropDenied(L.denials),
    attachQualifiers({ before: L.qualBefore, after: L.qualAfter, distant: L.qualVerbs, subjectHeads: L.subjectHeads, linked: { verbs: L.linkedVerbs, links: L.boundLinks }, results: L.resultVerbs }),
    dropSomeday(L.someday),
    dropNarrativeDistances(L.narrativeDistances),
    dropTextUnits(L.textUnits),
    resolveCurrencies(L.places, L.currencyFamilies),
    carriedCurrency(L.currencyLinks),
    ARDefiniteNumerals,
    DropWeak,
  ],
}
