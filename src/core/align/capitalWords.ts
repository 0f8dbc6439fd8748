import type { Span } from '../model'
import { countryAliases, isPeopleWord, seatNames, seatOf } from '../entities/countries'
import { COUNTRY } from './candidateScopes'

// A report names its country's capital once and then as "the capital", "la capitale", "العاصمة"
// ("In the capital, at least 31 people died"): a topic named for that capital is named there too.
// Not another place's capital ("the state capital" and "the Russian capital" never read "the
// capital"; "la capitale régionale", "la capitale russe", "العاصمة الروسية", "العاصمة الإدارية" say
// whose after it), and only in a report that names the capital or its country.

const WORDS = /(?<![\p{L}])(?:the capital|la capitale|[وفب]?العاصمة|للعاصمة)(?![\p{L}])/giu
// An adjective right after it names another capital: a people's or a kind ("russe", "régionale", "الروسية", "الإدارية").
const WHOSE_AFTER = /^\s*(?:\p{Ll}[\p{L}]*(?:e|ien|ienne|ain|aine|ais|aise|ois|oise|ique|al)(?![\p{L}])|[\p{Script=Arabic}]+(?:ية|ي)(?![\p{L}]))/u

/** Where "the capital" stands for the capital `name` in a report about its country. */
export function capitalMentions(text: string, name: string): Span[] {
  const country = seatOf(name)
  if (!country) return []
  const named = [...seatNames(name), ...countryAliases(country)].some((n) => n.length > 2 && text.includes(n))
  if (!named) return []
  const out: Span[] = []
  for (const m of text.matchAll(WORDS)) {
    const end = m.index + m[0].length
    if (!WHOSE_AFTER.test(text.slice(end, end + 24))) out.push({ start: m.index, end })
  }
  return out
}

// So does the whole country: "nationwide", "dans l'ensemble du pays", "على مستوى البلاد" name the
// country a report is about (the words candidateScopes.ts reads for candidates).
const COUNTRY_WORDS = new RegExp(`(?<![\\p{L}])(?:[وف])?(?:${COUNTRY.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu')

/** Where a report names the country `name` (a country's name, not a people's) as "the whole country". */
export function countryMentions(text: string, name: string): Span[] {
  const aliases = countryAliases(name)
  if (aliases.length <= 1 || isPeopleWord(name) || seatOf(name)) return []
  if (!aliases.some((n) => n.length > 2 && text.includes(n))) return []
  return [...text.matchAll(COUNTRY_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}
