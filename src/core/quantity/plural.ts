// Number–noun agreement, written once for every screen, report and explanation. Arabic has six
// plural categories (Intl.PluralRules('ar'): zero, one, two, few, many, other) and the counted
// noun changes with them: يوم واحد، يومان، 3 أيام، 11 يوماً، 100 يوم.
import { formatNumber, type UiLang } from './locale'

/**
 * An Arabic counted noun phrase in each form it takes after a number:
 * - one: the phrase for exactly one, said without the digit ("مصدر واحد");
 * - two: the dual, said without the digit ("مصدران");
 * - few: the plural after 3–10, 103–110, … ("مصادر");
 * - many: the accusative singular after 11–99, 111–199, … ("مصدراً");
 * - other: the genitive singular after 0, 100–102, 1000, and fractions ("مصدر").
 * Adjectives go in the phrase and agree with it ("مصدران مستقلان").
 */
export interface ArabicNoun { one: string; two: string; few: string; many: string; other: string }

/** An English counted noun: singular and plural ("source", "sources"). */
export interface EnglishNoun { one: string; other: string }

/** A counted noun in the languages the product writes. */
export interface Noun { ar: ArabicNoun; en: EnglishNoun }

const rules = new Map<string, Intl.PluralRules>()

/** The CLDR plural category of a number in a language (Intl.PluralRules). */
export function pluralCategory(n: number, lang: string): Intl.LDMLPluralRule {
  let r = rules.get(lang)
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)))
  return r.select(n)
}

/** The form of a noun that follows a number written in digits (for Arabic one and two, the singular: "1 يوم" in a range). */
export function nounAfter(n: number, noun: Noun, lang: UiLang): string {
  if (lang === 'en') return pluralCategory(n, 'en') === 'one' ? noun.en.one : noun.en.other
  const cat = pluralCategory(n, 'ar')
  return cat === 'few' ? noun.ar.few : cat === 'many' ? noun.ar.many : noun.ar.other
}

export interface CountOptions {
  /** How the number is written (default: formatNumber in the language). */
  number?: (n: number) => string
  /** Always write the digits, also for Arabic one and two ("2 يوم" in a table), instead of "يومان". */
  digits?: boolean
}

/**
 * A number with its noun, agreeing: countNoun(11, NOUNS.day, 'ar') → "11 يوماً",
 * countNoun(2, NOUNS.source, 'ar') → "مصدران", countNoun(1, NOUNS.day, 'en') → "1 day".
 */
export function countNoun(n: number, noun: Noun, lang: UiLang, opts: CountOptions = {}): string {
  const num = (opts.number ?? ((x: number) => formatNumber(x, lang)))(n)
  if (lang === 'ar' && !opts.digits) {
    const cat = pluralCategory(n, 'ar')
    if (cat === 'one') return noun.ar.one
    if (cat === 'two') return noun.ar.two
  }
  return `${num} ${nounAfter(n, noun, lang)}`
}

/** An Arabic noun whose forms follow the regular pattern of a masculine noun with a broken plural and a tanween alif. */
export function arNoun(singular: string, dual: string, plural: string, accusative = `${singular}اً`, one = `${singular} واحد`): ArabicNoun {
  return { one, two: dual, few: plural, many: accusative, other: singular }
}

/** An English noun with its plural (default: the singular and an s). */
export function enNoun(one: string, other = `${one}s`): EnglishNoun {
  return { one, other }
}
