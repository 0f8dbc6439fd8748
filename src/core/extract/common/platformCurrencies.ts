import { foldKey } from '../../text/normalize'
import { CURRENCY_FAMILIES, isFamily } from './currencies'

// Every ISO currency's names in a language, read from the platform rather than listed by hand:
// a report on Brazil writes "ريال برازيلي", "Brazilian reals", "réals brésiliens", and one on
// Ukraine "hryvnias", without anyone having met them before. `Intl.DisplayNames` gives each
// currency's name, `Intl.NumberFormat` with `currencyDisplay: 'name'` its plural names, and the
// first two letters of an ISO 4217 code are the ISO 3166 code of its country, so
// `Intl.DisplayNames(…, { type: 'region' })` names the place whose reports use it.
//
// A name is a head noun ("riyal", "ريال", "réal") and the country's adjective ("Saudi", "سعودي",
// "brésilien"). The full name is unambiguous; the head alone is shared by several countries and
// stays with the locale's hand-written list, where a shared head is a family ("ريال" → "~riyal")
// that the place the text names resolves (ResolveCurrencies). The platform adds each currency to
// the family of its head, and its country and adjective to the places.

export type CurrencyLang = 'ar' | 'en' | 'fr'

/** What the platform adds to a locale's currency lists. */
export interface PlatformCurrencies {
  /** Full names ("ريال برازيلي", "Brazilian reals") to ISO codes. */
  names: Record<string, string>
  /** Countries and their adjectives ("البرازيل", "Brazilian", "brésilien") to the currency used there. */
  places: Record<string, string>
  /** Each family with the codes whose head noun it is, the hand-written default first. */
  families: Record<string, string[]>
  /** ISO codes in lower case, as a text writes them before or after an amount ("UAH 800m", "250 millions UAH"), to themselves. */
  codes: Record<string, string>
}

// A head noun that only one currency has is that currency alone, without its country ("250 million
// hryvnias", "500 000 hryvnias", "مليون هريفنيا"), unless it is also a common word after a number
// ("5 marks", "10 gold", "100 soles", "500 gourdes" of water, "بير" a well).
const COMMON_HEADS = new Set(['mark', 'marks', 'real', 'reals', 'right', 'rights', 'gold', 'sol', 'soles', 'gourde', 'gourdes', 'sucre', 'sucres', 'won', 'tala', 'som', 'kip', 'kips', 'pula', 'pulas', 'lek', 'lev', 'dram', 'drams', 'florin', 'ounce', 'afghanis', 'بير', 'مارك', 'ذهب', 'سول'])
// Codes that are also words or acronyms news writes before a number ("COP 28", "ALL 12", "TOP 10", "PHP 8").
const CODE_WORDS = new Set(['ALL', 'AMD', 'ANG', 'BAM', 'BOB', 'CAD', 'COP', 'CUP', 'GEL', 'MAD', 'MOP', 'MUR', 'NAD', 'PEN', 'PHP', 'RON', 'SOS', 'TOP', 'TRY', 'XAG', 'XAU', 'XPD', 'XPT', 'XTS', 'XXX', 'XDR', 'XSU', 'XUA', 'XBA', 'XBB', 'XBC', 'XBD'])

// Amounts among which every plural category of ar, en and fr (zero, one, two, few, many, other)
// has one: a currency's plural names are its names for one amount of each category.
const AMOUNTS = [0, 1, 2, 3, 11, 100, 1.5, 1e6]

function samples(lang: CurrencyLang): number[] {
  const rules = new Intl.PluralRules(lang)
  const out = new Map<string, number>()
  for (const n of AMOUNTS) if (!out.has(rules.select(n))) out.set(rules.select(n), n)
  return [...out.values()]
}

// One reading per locale list: the platform's tables are walked once, at load.
const cache = new WeakMap<Record<string, string>, PlatformCurrencies>()

/**
 * The platform's currency names in `lang`, beside the locale's hand-written `bare` list (names to
 * codes or families), which wins wherever both name a word.
 */
export function platformCurrencies(lang: CurrencyLang, bare: Record<string, string>): PlatformCurrencies {
  const known = cache.get(bare)
  if (known) return known
  const listed = new Set(Object.keys(bare).map(foldKey))
  const out: PlatformCurrencies = { names: {}, places: {}, families: Object.fromEntries(Object.entries(CURRENCY_FAMILIES).map(([f, cs]) => [f, [...cs]])), codes: {} }
  const display = new Intl.DisplayNames(lang, { type: 'currency', fallback: 'none' })
  const regions = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' })
  const amounts = samples(lang)
  const heads = new Map<string, Set<string>>()
  for (const code of supportedCurrencies()) {
    for (const name of namesOf(lang, display, code, amounts)) {
      addName(out, lang, bare, listed, code, name)
      const head = headOf(lang, name)
      // (English also writes a regular plural where the platform gives the native one: "denars"
      // beside "denari", "lekës"; both are read.)
      const forms = head ? [head, ...(lang === 'en' && !/s$/u.test(head) && !COMMON_HEADS.has(foldKey(head)) ? [`${head}s`] : [])] : []
      for (const f of forms) { const h = foldKey(f); const l = heads.get(h) ?? new Set(); l.add(code); heads.set(h, l) }
    }
    const region = regionName(regions, code.slice(0, 2))
    if (region) out.places[region] ??= code
    if (!CODE_WORDS.has(code)) out.codes[code.toLowerCase()] = code
  }
  for (const [head, codes] of heads) if (codes.size === 1 && head.length >= 3 && !COMMON_HEADS.has(head)) add(out.names, listed, head, [...codes][0])
  cache.set(bare, out)
  return out
}

function addName(out: PlatformCurrencies, lang: CurrencyLang, bare: Record<string, string>, listed: Set<string>, code: string, name: string) {
  const words = name.split(/\s+/)
  // A one-word name is a bare head ("euro", "أفغاني" is also "an Afghan"); names with digits or
  // the code itself are the platform's own labels for old issues ("ليون سيراليوني - 1964-2022").
  if (name === code) return
  const head = headOf(lang, name)
  if (!head) return
  const adjective = lang === 'en' ? words.slice(0, -1) : words.slice(1)
  const heads = headForms(bare, head)
  const adjectives = lang === 'ar' ? arabicAdjectiveForms(adjective) : [adjective.join(' ')]
  for (const h of heads) {
    for (const a of adjectives) {
      add(out.names, listed, lang === 'en' ? `${a} ${h}` : `${h} ${a}`, code)
    }
  }
  add(out.names, listed, name, code)
  const family = familyOf(bare, head, out.families)
  if (family && !out.families[family].includes(code)) out.families[family].push(code)
  // A one-word adjective names the country's people and things ("البرازيلي", "Brazilian").
  if (adjective.length === 1) {
    const forms = lang === 'ar' ? arabicAdjectiveForms(adjective).flatMap((w) => [w, `ال${w}`]) : adjective
    for (const a of forms) out.places[a] ??= code
  }
}

// The head noun of a currency's name of two words or more: English puts the country's adjective
// before the head, Arabic and French after it.
function headOf(lang: CurrencyLang, name: string): string | null {
  const words = name.split(/\s+/)
  if (words.length < 2 || /[0-9]/.test(name)) return null
  return lang === 'en' ? words[words.length - 1] : words[0]
}

// A name the hand-written list does not already give, folded as the text will be.
function add(names: Record<string, string>, listed: Set<string>, name: string, code: string) {
  const key = foldKey(name)
  if (!listed.has(key)) names[key] ??= code
}

// The forms of a head the hand-written list gives the same value ("ريال", "ريالا", "ريالات"): the
// platform names a currency in one form, a report writes the plural or the accusative.
function headForms(bare: Record<string, string>, head: string): string[] {
  const value = bare[head]
  if (value === undefined) return [head]
  return [head, ...Object.keys(bare).filter((k) => k !== head && bare[k] === value && !/\s/.test(k))]
}

// The family a head belongs to: the hand-written list's ("ريال" → "~riyal"), or one named after it.
function familyOf(bare: Record<string, string>, head: string, families: Record<string, string[]>): string | null {
  const value = bare[head]
  if (value && isFamily(value)) return families[value] ? value : null
  const named = `~${head.toLowerCase()}`
  return families[named] ? named : null
}

// An Arabic adjective agrees with its noun: "ريال برازيلي", "ريالا برازيليا", "ريالات برازيلية".
function arabicAdjectiveForms(words: string[]): string[] {
  const last = words[words.length - 1]
  const stem = last.endsWith('ية') ? last.slice(0, -1) : last.endsWith('ي') ? last : null
  const lead = words.slice(0, -1).join(' ')
  const forms = stem ? [stem, `${stem}ة`, `${stem}ا`] : [last]
  return forms.map((f) => (lead ? `${lead} ${f}` : f))
}

function supportedCurrencies(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] }
  return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : []
}

function namesOf(lang: CurrencyLang, display: Intl.DisplayNames, code: string, amounts: number[]): Set<string> {
  const names = new Set<string>()
  const shown = display.of(code)
  if (shown) names.add(shown)
  const nf = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay: 'name' })
  for (const n of amounts) {
    const name = nf.formatToParts(n).filter((p) => p.type === 'currency').map((p) => p.value).join('')
    if (name) names.add(name)
  }
  return names
}

function regionName(regions: Intl.DisplayNames, region: string): string | null {
  try {
    const name = regions.of(region)
    return name && name !== region ? name : null
  } catch {
    return null
  }
}
