import type { Claim, Span } from '../model'
import { countryAliases, isCountryWord, isPeopleWord } from '../entities/countries'
import { clauses } from '../text/segment'

// The countries a figure's own words name as where it was counted ("35,418 in Turkey", "en Syrie,
// 3 688 morts", "وفي تركيا ارتفع العدد إلى"): a disaster that struck two countries is counted in
// each and in both, and a reader names those as three figures. (A people word, "Syrians", says who
// was counted, not where: facets.ts reads it.) Story places (storyPlaces.ts) leave countries out,
// since most stories happen in one; a country that most figures name stays the group's own place.

const WORD = /[\p{L}\p{M}'’]+/gu
// An Arabic word's attached prefixes and article ("وفي", "بتركيا", "والسودان").
const ARABIC_PREFIX = /^(?:[وفبل]?ال|لل|[وفبل])(?=\p{L}{3})/u
// The French and English article a country name may take ("la Syrie", "l'Algérie").
const ELIDED = /^[lL]['’]/u

/** The country a word names as a place (not its people), as its English name, or null. */
export function countryNamed(word: string): string | null {
  const forms = [word, word.replace(ELIDED, ''), word.replace(ARABIC_PREFIX, '')]
  const found = forms.find((w) => isCountryWord(w) && !isPeopleWord(w))
  return found ? countryAliases(found)[0] : null
}

/**
 * The countries a figure is counted in: those its own stretch names, outside the figure itself,
 * else those of the nearest clause before it in its sentence that names one ("In Syria, the
 * ministry counts 430 dead", "وفي تركيا، أعلنت الهيئة أن الحصيلة بلغت 2921", "Séismes en Turquie
 * et en Syrie : plus de 2.300 morts"); by English name, in text order.
 */
export function countriesIn(text: string, stretch: Span, c: Pick<Claim, 'span' | 'sentence'>): string[] {
  const own = countriesOver(text, stretch, c)
  if (own.length) return own
  for (const k of clauses(text, c.sentence).filter((x) => x.end <= stretch.start).reverse()) {
    const named = countriesOver(text, k, c)
    if (named.length) return named
  }
  return []
}

function countriesOver(text: string, stretch: Span, c: Pick<Claim, 'span'>): string[] {
  const out: string[] = []
  const re = new RegExp(WORD.source, 'gu')
  re.lastIndex = stretch.start
  for (let m = re.exec(text); m && m.index < stretch.end; m = re.exec(text)) {
    const end = m.index + m[0].length
    if (end > c.span.start && m.index < c.span.end) continue
    const name = countryNamed(m[0])
    if (name && !out.includes(name)) out.push(name)
  }
  return out
}

/** A place key for the countries a figure names: one country ("=Turkey"), or several together ("=Syria+Turkey"). */
export const countryKey = (names: string[]): string => `=${[...names].sort().join('+')}`

/** The English names of a country key's countries. */
export const countriesOfKey = (key: string): string[] => key.replace(/^=/, '').split('+')
