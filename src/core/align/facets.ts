import type { Claim } from '../model'
import { foldKey } from '../text/normalize'
import { countryAliases, isCountryWord } from '../entities/countries'

// What sets a figure apart from others of the same measure: said as a projection rather than a
// count, or about one country's people. Placement reads them to keep a figure out of a topic about
// another; discovery reads them to propose such topics of their own.

// Words that make a figure a projection rather than a count: "قد تبلغ", "could reach", "expected";
// an Arabic word may carry a glued و or ف ("وقد يصل").
const PROJECTION = /(^|[^\p{L}])[وف]?(قد تبلغ|قد يبلغ|قد تصل|قد يصل|قد يرتفع|قد ترتفع|يتوقع|يتوقعون|توقع|متوقع|يخشى|تخشى|مخاوف|مرجح|could|expected|expects|feared|fears|projected|likely to|pourrait|pourraient|craint|attendu|risque)([^\p{L}]|$)/u

/** Whether a figure is said as a projection, reading the words before it back to `from` (its clause's start), at most 40 characters. */
export function projectedIn(text: string, from: number, c: Pick<Claim, 'span'>): boolean {
  return PROJECTION.test(foldKey(text.slice(Math.max(from, c.span.start - 40), c.span.end)))
}

/**
 * The country a country or people word names, with its Arabic article and endings ("السودان",
 * "مصريا", "مصريان" are all Egypt's or Sudan's), as its English name, or null.
 */
export function countryOf(w: string): string | null {
  const found = [w, w.replace(/^(ال|وال|لل)/, ''), w.replace(/(ا|ان|ين|ون)$/, '')].find(isCountryWord)
  return found ? countryAliases(found)[0] : null
}
export const isCountryName = (w: string) => countryOf(w) !== null

/** The country or people words in a count's own words and counted noun ("مصريان", "French nationals"). */
export function peopleNamed(c: Claim, text: string): string[] {
  const words = `${c.text} ${c.counted ?? text.slice(c.span.end, c.span.end + 30).split(/[.،,;\n]/)[0]}`.match(/[\p{L}'’]+/gu) ?? []
  return words.filter(isCountryName)
}
