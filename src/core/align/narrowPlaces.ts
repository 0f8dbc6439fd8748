import { foldKey } from '../text/normalize'
import { WORD_END, WORD_START } from '../text/words'
import { isCountryWord } from '../entities/countries'
import { alternation } from '../text/alternation'

// A topic of the whole of a place beside topics of its parts: "People injured nationwide" beside
// "Injured treated in Bejaia", "Flood death toll across eastern Libya" beside "Death toll in
// Derna", "Nationwide flood death toll" beside "Tibesti flood deaths". A label narrows its measure
// to the whole when it says so; a figure is said of the whole when its own words do ("across the
// country", "dans tout le pays", "في عموم البلاد", "across Lebanon"): it goes to the whole's topic,
// never to a part's, and the whole's topic takes no figure said of the rest of a place ("22 others
// elsewhere in the country", "خارج درنة": facets.ts reads those).

const words = (list: string[]) => alternation(list, { fold: foldKey, spaces: 'spaces', apostrophes: true })

// The whole country, whatever its name.
const COUNTRY = [
  'nationwide', 'countrywide', 'across the country', 'across the nation', 'throughout the country', 'all over the country', 'all across the country',
  'in the whole country', 'the whole of the country', 'the entire country', 'in the country as a whole', 'at national level', 'at the national level',
  'dans tout le pays', "dans l'ensemble du pays", "à travers le pays", "à l'échelle nationale", "à l'échelle du pays", 'au niveau national', 'sur tout le territoire', "sur l'ensemble du territoire", 'dans tout le territoire',
  'في عموم البلاد', 'في جميع أنحاء البلاد', 'في مختلف أنحاء البلاد', 'في كافة أنحاء البلاد', 'في كل أنحاء البلاد', 'في أنحاء البلاد', 'على مستوى البلاد', 'على المستوى الوطني', 'على الصعيد الوطني', 'في كامل البلاد', 'في كامل التراب الوطني',
  // (The whole of a federal state beside its counties: "statewide", "dans tout l'État", "على مستوى الولاية".)
  'statewide', 'state-wide', 'across the state', 'throughout the state', "dans tout l'État", "à l'échelle de l'État", "dans l'ensemble de l'État", 'على مستوى الولاية', 'في عموم الولاية', 'في أنحاء الولاية', 'في جميع أنحاء الولاية',
]
const WHOLE_COUNTRY = new RegExp(`${WORD_START}[وف]?(?:${words(COUNTRY)})${WORD_END}`, 'iu')
// The whole of a named place: "across eastern Libya", "throughout Lebanon", "dans toute la Libye",
// "dans tout l'est libyen", "في عموم ليبيا", "في أنحاء لبنان", "in eastern Libya as a whole".
const ACROSS = new RegExp(`${WORD_START}[وف]?(?:${words(['across', 'throughout', 'all over', 'dans tout', 'dans toute', 'dans toutes', 'à travers', 'sur tout', 'sur toute', 'في عموم', 'في جميع أنحاء', 'في مختلف أنحاء', 'في كافة أنحاء', 'في كل أنحاء', 'في أنحاء'])})\\s+((?:[\\p{L}'’-]+\\s*){1,3})`, 'giu')
const AS_A_WHOLE = new RegExp(`${WORD_START}(?:${words(['as a whole', 'dans son ensemble', 'dans leur ensemble', 'بأكملها', 'برمتها', 'بأسرها'])})${WORD_END}`, 'iu')
// The region words that may stand before a country's name ("across eastern Libya", "dans tout l'est libyen").
const REGION = new RegExp(`^(?:${words(['the', 'la', 'le', "l'", 'les', 'eastern', 'western', 'northern', 'southern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'est', 'ouest', 'nord', 'sud', 'شرق', 'غرب', 'شمال', 'جنوب'])})$`, 'iu')

/** Whether a text says the whole of a country or of a named place ("nationwide", "across eastern Libya", "في عموم البلاد"). */
export function wholePlaceIn(text: string): boolean {
  const folded = foldKey(text)
  if (WHOLE_COUNTRY.test(folded) || AS_A_WHOLE.test(folded)) return true
  // (Across a country, or a region of it: "across the border", "à travers les décombres" are no place's whole.)
  for (const m of folded.matchAll(ACROSS)) {
    // (The country after a region or an article: "eastern Libya", "l'est libyen", "شرق ليبيا".)
    const named = m[1].split(/\s+/).filter(Boolean).map((w) => w.replace(/^(?:l|d)['’]/u, ''))
    const at = named.findIndex((w) => isCountryWord(w) || isCountryWord(w.replace(/^(?:[وفبل]?ال|[وفبل])(?=\p{L}{3})/u, '')))
    if (at >= 0 && named.slice(0, at).every((w) => !w || REGION.test(w))) return true
  }
  return false
}

// The rest of a place said by contrast: "17 were killed in Nairobi and 22 others in various parts
// of the country", "17 à Nairobi et 22 dans différentes régions du pays", "17 في نيروبي و22 في مناطق
// متفرقة من البلاد". Scattered places alone are the whole ("fires in various parts of Algeria"); set
// after a figure said in a named place, they are the rest of it.
const SCATTERED = new RegExp(`${WORD_START}[وفب]?(?:${words([
  'in various parts', 'in different parts', 'in several parts', 'in various other', 'in various regions', 'in different regions', 'in various areas', 'in different areas', 'in various towns', 'across various',
  'dans diverses régions', 'dans différentes régions', 'dans diverses localités', 'dans différentes localités', 'dans plusieurs régions', 'dans diverses parties', 'ailleurs dans le pays',
  'في مناطق متفرقة', 'في مناطق مختلفة', 'في أنحاء متفرقة', 'في مدن أخرى', 'في محافظات أخرى',
])})${WORD_END}`, 'iu')
// A named place right after "in", "at", "à", "dans", "في", "ب": a capitalised word in Latin letters,
// or an Arabic word after a place noun or the capital ("في العاصمة", "في مدينة ...").
const NAMED_PLACE = /(?<![\p{L}])(?:in|at|à|dans)\s+(?:the\s+(?:capital|city\s+of|town\s+of)\s+)?\p{Lu}[\p{L}'’-]+|(?:في|ب)\s*(?:العاصمة|مدينة|بلدة|محافظة|ولاية|إقليم|منطقة)/u

/** Whether a figure's own words put it in the rest of a place by contrast with the figure before it (`prevOwn`: that figure's own words). */
export function restByContrast(text: string, own: { start: number; end: number }, prevOwn: { start: number; end: number } | null): boolean {
  return !!prevOwn && SCATTERED.test(foldKey(text.slice(own.start, own.end))) && NAMED_PLACE.test(text.slice(prevOwn.start, prevOwn.end))
}
