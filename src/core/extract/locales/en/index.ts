import type { Locale } from '../../common/contracts'
import { AgeApposition } from '../../common/latin/AgeAppositionRefiner'
import { magnitudeInContext } from '../../common/latin/MagnitudeRefiner'
import { sharedScale } from '../../common/latin/SharedScaleRefiner'
import { carriedCurrency } from '../../common/refiners/CarriedCurrencyRefiner'
import { noReadings } from '../../common/prefixes'
import { DigitPatternsParser } from '../../common/parsers/DigitPatternsParser'
import { attachDatePrepositions } from '../../common/refiners/AttachDatePrepositionsRefiner'
import { compoundDurations } from '../../common/refiners/CompoundDurationRefiner'
import { attachQualifiers } from '../../common/refiners/AttachQualifiersRefiner'
import { dropAnaphoricDefinites } from '../../common/refiners/DropAnaphoricDefinitesRefiner'
import { dropDenied } from '../../common/refiners/DropDeniedRefiner'
import { dropNarrativeDistances } from '../../common/refiners/DropNarrativeDistancesRefiner'
import { dropSomeday } from '../../common/refiners/DropSomedayRefiner'
import { dropTextUnits } from '../../common/refiners/DropTextUnitsRefiner'
import { DropWeak } from '../../common/refiners/DropWeakRefiner'
import { mergeRanges } from '../../common/refiners/MergeRangesRefiner'
import { resolveCurrencies } from '../../common/refiners/ResolveCurrenciesRefiner'
import { ResolveDates } from '../../common/refiners/ResolveDatesRefiner'
import { AppositiveDates } from '../../common/refiners/AppositiveDatesRefiner'
import { L, LEX } from './lexicon'
import { ENCardinalParser } from './parsers/ENCardinalParser'
import { ENDayMonthParser } from './parsers/ENDayMonthParser'
import { ENOrdinalDayParser } from './parsers/ENOrdinalDayParser'
import { ENDecadeParser } from './parsers/ENDecadeParser'
import { ENFractionParser } from './parsers/ENFractionParser'
import { ENOneInParser } from './parsers/ENOneInParser'
import { ENMagnitudeParser } from './parsers/ENMagnitudeParser'
import { ENMonthDateParser } from './parsers/ENMonthDateParser'
import { ENPeriodPartParser } from './parsers/ENPeriodPartParser'
import { ENAnaphoricDayParser } from './parsers/ENAnaphoricDayParser'
import { ENRelativeDateParser } from './parsers/ENRelativeDateParser'
import { ENUnitLongParser } from './parsers/ENUnitLongParser'
import { ENVagueParser } from './parsers/ENVagueParser'
import { ENWeekdayParser } from './parsers/ENWeekdayParser'
import { ENYearParser } from './parsers/ENYearParser'
import { ENYearPartParser } from './parsers/ENYearPartParser'

// English. At each token the parsers below whose starters match are tried; the longest hit wins,
// ties going to the one listed first: so digit patterns (numeric dates, clock times, phones)
// before anything, dates before numbers ("12 March" is a date, not a count of 12), a year before
// a count (the cardinal leaves four digits that count nothing to it), fractions and vague amounts
// before the cardinal ("three-quarters" is a share, not three of something; "a dozen" is about 12).
// The refiners then run in this order, each over every hit:
//   0. a duration in two units becomes one, in the smaller unit ("three hours and twenty minutes"),
//      before ranges so that "between two hours and 45 minutes" stays a range's ends;
//   1. ranges merge their two ends ("between 5,000 and 6,000", "from 8 to 11 September", "two or
//      three days"), except a change ("rose from 2,000 to 3,000");
//   2. prepositions join the dates they change ("since 2020", "by Monday", "in 2021");
//   3. dates resolve against the publication day (a range's ends together);
//   4. qualifiers attach ("more than 3,000", "tops 1,300", "11,300 at least");
//   5. a bare number before "+" or "then" and a scaled amount shares its scale and unit ("30 + 33
//      millions €", "to 600 then 550 million dollars"), a bare shared currency name ("dinars") takes
//      the code of the country the text is about, and a bare scaled amount the currency of the money
//      figure it is tied to ("$800 million, including 200 million") or that gave it before;
//   6. a small bare number in a sentence about a quake's strength becomes a magnitude, and one
//      set off by commas after a name is an age ("Franklin Trejos, 68, who…");
//   7. a definite number the text already gave refers back ("the 288 bodies" after a toll of 288, "the
//      two waves" after "both waves"), as does one over a shell noun ("the two sides"), and
//      readings no refiner anchored are dropped (a number word that counts nothing, page furniture).
export const EN: Locale = {
  lang: 'en',
  peel: noReadings,
  parsers: [
    DigitPatternsParser,
    ENMagnitudeParser,
    ENWeekdayParser,
    ENPeriodPartParser,
    ENYearPartParser,
    ENMonthDateParser,
    ENDayMonthParser,
    ENOrdinalDayParser,
    ENRelativeDateParser,
    ENAnaphoricDayParser,
    ENDecadeParser,
    ENYearParser,
    ENFractionParser,
    ENOneInParser,
    ENVagueParser,
    ENUnitLongParser,
    ENCardinalParser,
  ],
  refiners: [
    compoundDurations(L.durationJoins),
    mergeRanges({ openers: L.rangeOpeners, joins: L.rangeJoins, pairJoins: L.dayPairJoins, changeVerbs: L.changeVerbs, alternatives: L.rangeAlternatives }),
    attachDatePrepositions({ kept: L.datePrepsKept, beforeYear: L.yearPreps, until: L.untilPreps }),
    ResolveDates,
    AppositiveDates,
    dropDenied(L.denials),
    attachQualifiers({ before: L.qualBefore, after: L.qualAfter, distant: L.qualVerbs, afterCounted: L.qualAfterNoun, notAfter: L.notBoundAfter, afterMotion: L.afterMotion }),
    dropSomeday(L.someday),
    dropNarrativeDistances(L.narrativeDistances),
    dropTextUnits(L.textUnits),
    sharedScale(L.successions),
    resolveCurrencies(L.places, L.currencyFamilies),
    carriedCurrency(L.currencyLinks),
    magnitudeInContext(LEX),
    AgeApposition,
    dropAnaphoricDefinites(L.anaphora),
    DropWeak,
  ],
}
