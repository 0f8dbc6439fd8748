import type { Locale } from '../../common/contracts'
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
import { FRCardinalParser } from './parsers/FRCardinalParser'
import { FRDayMonthParser } from './parsers/FRDayMonthParser'
import { FRBareDayParser } from './parsers/FRBareDayParser'
import { FRDecadeParser } from './parsers/FRDecadeParser'
import { FRDefiniteRoundParser } from './parsers/FRDefiniteRoundParser'
import { FRFractionParser } from './parsers/FRFractionParser'
import { FROneInParser } from './parsers/FROneInParser'
import { FRMonthParser } from './parsers/FRMonthParser'
import { FRPeriodPartParser } from './parsers/FRPeriodPartParser'
import { FRAnaphoricDayParser } from './parsers/FRAnaphoricDayParser'
import { FRRelativeDateParser } from './parsers/FRRelativeDateParser'
import { FRVagueParser } from './parsers/FRVagueParser'
import { FRWeekdayParser } from './parsers/FRWeekdayParser'
import { FRYearParser } from './parsers/FRYearParser'
import { FRYearPartParser } from './parsers/FRYearPartParser'

// French. At each token the parsers below whose starters match are tried; the longest hit wins,
// ties going to the one listed first: so digit patterns (numeric dates, "18h12", phones) before
// anything, dates before numbers ("8 septembre" is a date, not a count of 8), a year before a
// count (the cardinal leaves four digits that count nothing to it), vague amounts before the
// cardinal ("une centaine" is about 100, not one of something).
// The refiners then run in this order, each over every hit:
//   0. a duration in two units becomes one, in the smaller unit ("trois heures et vingt minutes"),
//      before ranges so that "entre deux heures et trente minutes" stays a range's ends;
//   1. ranges merge their two ends ("entre 250.000 et 300.000", "du 11 au 14 novembre", "de
//      dimanche à lundi", "deux ou trois jours"), except a change ("passant de 200 000 à 600 000");
//   2. prepositions join the dates they change ("depuis avril 2023", "jusqu'au 9 novembre", "en 2001");
//   3. dates resolve against the publication day (a range's ends together);
//   4. qualifiers attach ("plus de 3 000", "près de 18 mois", "un millier de soldats environ");
//   5. a bare number before "+" or "puis" and a scaled amount shares its scale and unit ("30 + 33
//      millions €", "à 600 puis à 550 millions de dollars"), a bare shared currency name ("dinars")
//      takes the code of the country the text is about, and a bare scaled amount the currency of the
//      money figure it is tied to ("800 millions d'euros, dont 200 millions") or that gave it before;
//   6. a small bare number in a sentence about a quake's magnitude becomes one ("magnitude 3,3");
//   7. a definite number the text already gave refers back ("les 212 victimes" after un bilan de 212
//      morts), as does one over a shell noun ("les deux parties"), and
//      readings no refiner anchored are dropped (a number word that counts nothing, "dimanche 10" alone).
export const FR: Locale = {
  lang: 'fr',
  peel: noReadings,
  parsers: [
    DigitPatternsParser,
    FRWeekdayParser,
    FRPeriodPartParser,
    FRYearPartParser,
    FRDayMonthParser,
    FRMonthParser,
    FRBareDayParser,
    FRRelativeDateParser,
    FRAnaphoricDayParser,
    FRDecadeParser,
    FRYearParser,
    FRFractionParser,
    FROneInParser,
    FRVagueParser,
    FRDefiniteRoundParser,
    FRCardinalParser,
  ],
  refiners: [
    compoundDurations(L.durationJoins),
    mergeRanges({ openers: L.rangeOpeners, joins: L.rangeJoins, pairJoins: L.dayPairJoins, changeVerbs: L.changeVerbs, alternatives: L.rangeAlternatives, notOpeners: L.notOpeners }),
    attachDatePrepositions({ kept: L.datePrepsKept, beforeYear: L.yearPreps, ahead: L.deadlinePreps, until: L.untilPreps, between: L.datePrepDeterminers }),
    ResolveDates,
    AppositiveDates,
    dropDenied(L.denials),
    attachQualifiers({ before: L.qualBefore, after: L.qualAfter, distant: L.qualVerbs, afterCounted: L.qualAfterNoun, coordinated: L.coordinatedBounds, notAfter: L.notBoundAfter, idioms: L.notBounds, linked: L.thresholds }),
    dropSomeday(L.someday),
    dropNarrativeDistances(L.narrativeDistances),
    dropTextUnits(L.textUnits),
    sharedScale(L.successions),
    resolveCurrencies(L.places, L.currencyFamilies),
    carriedCurrency(L.currencyLinks),
    magnitudeInContext(LEX),
    dropAnaphoricDefinites(L.anaphora),
    DropWeak,
  ],
}
