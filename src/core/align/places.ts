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
