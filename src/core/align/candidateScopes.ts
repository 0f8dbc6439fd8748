import type { Claim, Span } from '../model'
import { foldKey } from '../text/normalize'
import { seatOf } from '../entities/countries'
import type { Place, PlaceMention } from './storyPlaces'
import { countryKey } from './candidateCountries'

// A figure said of the whole country or of its capital without naming either ("killed 43 people
// nationwide", "dans l'ensemble du pays", "في أنحاء البلاد"; "33 dead in the capital", "dans la
// capitale", "في العاصمة"): a strike on several cities is counted in the capital and across the
// country, and a reader names those as two figures. The words are read as the story's country
// and its capital when the story names them (the one story place that is a seat of government),
// else as places of their own ("death toll in the capital", "حصيلة القتلى في العاصمة").

/** Which whole a figure's own words say it is counted in. */
export type Whole = 'country' | 'capital'

/** Words that say a figure is counted over the whole country, without naming it (placement reads them too: capitalWords.ts). */
export const COUNTRY = [
  'nationwide', 'across the country', 'throughout the country', 'around the country', 'in the whole country', 'in the entire country', 'countrywide',
  "dans l'ensemble du pays", 'dans tout le pays', 'à travers le pays', "sur l'ensemble du territoire", "à l'échelle nationale", "à l'échelle du pays",
  'في أنحاء البلاد', 'في انحاء البلاد', 'في عموم البلاد', 'على مستوى البلاد', 'في جميع أنحاء البلاد', 'في مختلف أنحاء البلاد', 'في البلاد',
]
const CAPITAL = [
  'in the capital', "in the country's capital", 'dans la capitale', 'في العاصمة', 'بالعاصمة', 'على العاصمة',
]
// (An Arabic phrase takes its conjunction: "وفي العاصمة", "فعلى مستوى البلاد".)
const phrases = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:[وف])?(?:${words.map((w) => foldKey(w.toLowerCase()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'u')
const COUNTRY_RE = phrases(COUNTRY)
const CAPITAL_RE = phrases(CAPITAL)

/**
 * The whole a figure's stretch says it is counted in (outside the figure itself): the words right
 * after it, up to a comma, first ("43 nationwide, 33 in the capital"); else the nearest said before
 * it ("in the capital, at least 31 died", "على العاصمة ذلك اليوم 33").
 */
export function scopeIn(text: string, stretch: Span, c: Pick<Claim, 'span'>): Whole | null {
  const words = (from: number, to: number) => (to > from ? foldKey(text.slice(from, to).toLowerCase()).replace(/’/gu, "'") : '')
  const after = words(c.span.end, stretch.end).split(/[,،;:؛]/u)[0]
  const country = COUNTRY_RE.test(after)
  if (country !== CAPITAL_RE.test(after)) return country ? 'country' : 'capital'
  const before = words(stretch.start, c.span.start)
  const last = (re: RegExp) => { let at = -1; for (const m of before.matchAll(new RegExp(re.source, 'gu'))) at = m.index; return at }
  const [inCountry, inCapital] = [last(COUNTRY_RE), last(CAPITAL_RE)]
  return inCountry === inCapital ? null : inCountry > inCapital ? 'country' : 'capital'
}

/**
 * The place each whole stands for in one story: the capital is the one story place that is a seat
 * of government, the country the one whose seat it is, else the one country the figures name most;
 * a whole the story does not name is a place of its own, named by its words ("the capital",
 * "العاصمة"; `WHOLE_PLACES`). `places`: the story's places; `named`: the places figures name
 * (countries as "=Name" keys).
 */
export function scopePlaces(places: Map<string, Place>, named: PlaceMention[][]): Record<Whole, string> {
  const seats = [...new Map([...places.values()].flatMap((p) => { const s = p.latin ? seatOf(p.latin) : null; return s ? [[p.key, s] as const] : [] }))]
  const counts = new Map<string, number>()
  for (const ms of named) for (const m of ms) if (m.key.startsWith('=') && !m.key.includes('+')) counts.set(m.key, (counts.get(m.key) ?? 0) + 1)
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  const seat = seats.length === 1 ? seats[0] : null
  return { capital: seat?.[0] ?? WHOLE_PLACES.capital.key, country: seat ? countryKey([seat[1]]) : most ?? WHOLE_PLACES.country.key }
}

/** The wholes as places of their own, for a story that does not name them. */
export const WHOLE_PLACES: Record<Whole, Place> = {
  capital: { key: '~capital', latin: 'the capital', arabic: null, arabicName: 'العاصمة' },
  country: { key: '~country', latin: 'the country', arabic: null, arabicName: 'البلاد' },
}
