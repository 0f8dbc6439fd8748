import { foldKey } from '../text/normalize'

// Words that make a name a place inside the story's whole: "Al Haouz province", "إقليم الحوز",
// "la province d'Al Haouz", "the town of Tawila". A topic named with one is about that part
// ("Deaths in Taroudant province"), and a figure whose name stands by one is about that part.

const PLACE_NOUNS = [
  'province', 'prefecture', 'region', 'district', 'governorate', 'municipality', 'city', 'town', 'village', 'camp', 'state', 'county',
  'préfecture', 'région', 'commune', 'ville', 'village', 'camp', 'wilaya',
  'إقليم', 'عمالة', 'ولاية', 'محافظة', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'مخيم', 'مخيمات', 'بلدية', 'جماعة',
].map(foldKey)

const NOUN = new RegExp(`(?<![\\p{L}])(?:[وفبل]|لل|ال)?(?:${PLACE_NOUNS.join('|')})s?(?![\\p{L}])`, 'iu')
// The noun right before the name ("province d'", "إقليم", "town of") or right after it ("Haouz province").
const BEFORE = new RegExp(`${NOUN.source}(?:\\s+(?:of|de|du|des|d['’]))?\\s*(?:the\\s+|l['’]|la\\s+|le\\s+)?$`, 'iu')
const AFTER = new RegExp(`^\\s*${NOUN.source}`, 'iu')

/** Whether a place noun stands right by the name at text[start, end). */
export function placeNounBy(text: string, start: number, end: number): boolean {
  return BEFORE.test(foldKey(text.slice(Math.max(0, start - 24), start))) || AFTER.test(foldKey(text.slice(end, end + 16)))
}

// Places counted ("عدة مناطق", "dozens of villages", "plusieurs localités"): a count of them is no
// count of people, whatever the verb beside it says.
const COUNTED_PLACES = new Set([
  ...PLACE_NOUNS, 'provinces', 'regions', 'districts', 'towns', 'villages', 'cities', 'areas', 'localities', 'neighbourhoods', 'neighborhoods',
  'régions', 'villes', 'localités', 'quartiers', 'communes', 'مناطق', 'المناطق', 'قرى', 'القرى', 'مدن', 'المدن', 'أقاليم', 'الأقاليم', 'ولايات', 'بلدات', 'أحياء', 'الأحياء',
].map(foldKey))

/** Whether a counted noun's first word names places. */
export function countsPlaces(counted: string): boolean {
  const first = foldKey(counted.trim().split(/\s+/)[0] ?? '').replace(/^(?:[وفبل]|لل)(?=ال)/, '')
  return COUNTED_PLACES.has(first)
}

// A place named as the seat of whoever counts is not where the figure is: "the authorities in
// eastern Libya announced 3,252 deaths", "السلطات في شرق ليبيا", "Libya's eastern government",
// "les autorités de l'est du pays", "the eastern-based administration". The body's noun stands
// before the place, joined by "in", "of", "في", or after the region that names it. (A body named
// with its country's adjective, "the Jordanian foreign ministry", is that country's: its figures
// may well be about its people.)
const BODY_NOUNS = [
  'authorities', 'authority', 'government', 'administration', 'officials', 'ministry', 'minister', 'parliament', 'executive', 'cabinet',
  'autorités', 'gouvernement', 'administration', 'responsables', 'ministère', 'ministre', 'parlement', 'exécutif', 'cabinet',
  'السلطات', 'سلطات', 'حكومة', 'الحكومة', 'حكومتها', 'إدارة', 'الإدارة', 'المسؤولين', 'المسؤولون', 'مسؤولو', 'مسؤولي', 'وزارة', 'وزير', 'برلمان', 'البرلمان', 'السلطة التنفيذية',
].map(foldKey)
const REGION_WORDS = ['eastern', 'western', 'northern', 'southern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'east', 'west', 'north', 'south', 'شرق', 'غرب', 'شمال', 'جنوب', "l'est", "l'ouest", 'le nord', 'le sud'].map(foldKey)
const BODY = `(?:${BODY_NOUNS.join('|')})`
const SEAT_BEFORE = new RegExp(`(?<![\\p{L}])${BODY}(?:\\s+(?:based|basées?|établies?))?\\s+(?:in|of|at|de|du|des|d['’]|à|في|ب|بـ)\\s*(?:the\\s+|l['’]|la\\s+|le\\s+)?(?:(?:${REGION_WORDS.join('|')})(?:\\s+of)?\\s+)?$`, 'iu')
const REGION_THEN_BODY = new RegExp(`^(?:['’]s)?\\s+(?:${REGION_WORDS.join('|')})(?:-based)?\\s+(?:[\\p{L}]+\\s+)?${BODY}(?![\\p{L}])`, 'iu')
// ("the eastern health minister", "Eastern Libya's health minister")
const BODY_AFTER = new RegExp(`^(?:-based|\\s+based)?\\s+(?:[\\p{L}]+(?:['’]s)?\\s+){0,2}${BODY}(?![\\p{L}])`, 'iu')
// A region that opens its sentence, set off by a comma before the body, is where the body sits:
// "In the east, the rival executive says…", "Dans l'Est, l'exécutif rival affirme…", "وفي الشرق،
// أعلنت الحكومة…". (Not a region that ends a clause: "900 died in the east, the government said".)
const OPENS = /(?:^|[.!?؟:\n]\s*)(?:in|dans|en|à|[وف]?في)\s+(?:the\s+|l['’]|le\s+|la\s+)?(?:ال)?$/iu
const THEN_BODY = new RegExp(`^\\s*[,،]\\s*(?:[\\p{L}]+\\s+)?(?:l['’]|(?:the|la|le|les)\\s+)?(?:[\\p{L}]+\\s+){0,2}${BODY}(?![\\p{L}])`, 'iu')

/**
 * Whether the place at text[start, end) is the seat of a body that speaks or counts ("the
 * authorities in eastern Libya"); `region`: the place is a region word itself ("the eastern
 * health minister").
 */
export function speakerSeat(text: string, start: number, end: number, region = false): boolean {
  const after = foldKey(text.slice(end, end + 40))
  const before = foldKey(text.slice(Math.max(0, start - 40), start))
  if (outletOrigin(text, start, end)) return true
  return SEAT_BEFORE.test(before) || (region ? BODY_AFTER : REGION_THEN_BODY).test(after) || (region && OPENS.test(before) && THEN_BODY.test(after))
}

// A dateline names the outlet in parentheses before its dash, and with it the outlet's country:
// "Libération (Maroc) – More than a thousand…", "BEIRUT (El Sol de México) —", "الرباط (المغرب
// اليوم) -". That country is where the report comes from, not where its figures are.
const DATELINE_BEFORE = /(?:^|\n)[^\n()]{1,40}\([^()\n]{0,30}$/u
const DATELINE_AFTER = /^[^()\n]{0,30}\)\s*[-–—:]/u

/** Whether the name at text[start, end) stands in a dateline's parentheses (the outlet's name or country). */
export function outletOrigin(text: string, start: number, end: number): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && DATELINE_AFTER.test(text.slice(end, end + 40))
}

// A region that says where a town lies is no figure's region: "this city of eastern Libya", "la
// seule ville de l'est libyen", "مدينة درنة في شرق البلاد", "the eastern city of Derna".
// (One town: "towns of the east" are the east's.)
const ONE_PLACE = `(?<![\\p{L}])(?:[وفبل]|لل|ال)?(?:${PLACE_NOUNS.join('|')})(?![\\p{L}])`
const LOCATES_BEFORE = new RegExp(`${ONE_PLACE}(?:\\s+[\\p{L}'’-]+){0,2}\\s*,?\\s+(?:of|in|de|du|dans|في|ب)\\s*(?:the\\s+|la\\s+|le\\s+)?$`, 'iu')
const LOCATES_AFTER = new RegExp(`^(?:[-\\s]+[\\p{L}]+){0,1}\\s+${ONE_PLACE}`, 'iu')

/** Whether the region word at text[start, end) says where a town or a place lies. */
export function locatesPlace(text: string, start: number, end: number): boolean {
  return LOCATES_BEFORE.test(foldKey(text.slice(Math.max(0, start - 40), start))) || LOCATES_AFTER.test(foldKey(text.slice(end, end + 24)))
}
