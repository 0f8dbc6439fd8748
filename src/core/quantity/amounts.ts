// Numbers with what they count, as a reader says them: "50 million US dollars", "50 مليون دولار",
// "11 يوماً", "3.5 years", "70%". Large round amounts take a scale word, never 8 raw digits.
import { countNoun, type Noun } from './plural'
import { formatNumber, type UiLang } from './locale'
import { CURRENCY_NOUNS, MEASURE_NOUNS, SCALE_NOUNS, TIME_NOUNS } from './nouns'

/** A large number read at a scale when it is exactly that (50,000,000 → 50 million; 1,234,567 stays as it is). */
export function scaleOf(x: number): { n: number; scale: keyof typeof SCALE_NOUNS } | null {
  for (const scale of ['billion', 'million'] as const) {
    const v = SCALE_NOUNS[scale].value
    if (Math.abs(x) < v) continue
    const n = Math.round((x / v) * 100) / 100
    if (Math.abs(n * v - x) < 0.5) return { n, scale }
  }
  return null
}

/** The noun a numeric unit is counted with, or null (a plain count, a percentage, an unknown unit). */
export function unitNoun(unit: string | null): Noun | null {
  if (!unit) return null
  return CURRENCY_NOUNS[unit] ?? TIME_NOUNS[unit] ?? MEASURE_NOUNS[unit] ?? null
}

export interface AmountOptions {
  /** Write the digits for Arabic one and two too ("2 مليون دولار" at the end of a range). */
  digits?: boolean
  /** The scale to write the number at (to match the other end of a range); default: its own. */
  scale?: keyof typeof SCALE_NOUNS | null
}

/** A number alone, at a scale when it has one ("20" at million scale for 20,000,000). */
export function sayNumber(x: number, lang: UiLang, scale: keyof typeof SCALE_NOUNS | null = scaleOf(x)?.scale ?? null): string {
  return formatNumber(scale ? x / SCALE_NOUNS[scale].value : x, lang)
}

/**
 * A number with its unit in words: sayAmount(5e7, 'USD', 'en') → "50 million US dollars",
 * sayAmount(5e7, 'USD', 'ar') → "50 مليون دولار", sayAmount(11, 'day', 'ar') → "11 يوماً".
 */
export function sayAmount(x: number, unit: string | null, lang: UiLang, opts: AmountOptions = {}): string {
  const noun = unitNoun(unit)
  const percent = unit === '%' ? '%' : ''
  const foreign = !noun && unit && !percent ? ` ${unit}` : ''
  const s = opts.scale === undefined ? scaleOf(x) : opts.scale ? { n: x / SCALE_NOUNS[opts.scale].value, scale: opts.scale } : null
  const digits = { digits: opts.digits }
  if (s) {
    const scale = SCALE_NOUNS[s.scale]
    if (lang === 'en') return `${formatNumber(s.n, 'en')} ${scale.alone.en.other}${percent}${noun ? ` ${noun.en.other}` : foreign}`
    // The scale word takes the number's form; the unit after it stays in the genitive singular.
    return noun ? `${countNoun(s.n, scale.before, 'ar', digits)} ${noun.ar.other}` : `${countNoun(s.n, scale.alone, 'ar', digits)}${percent}${foreign}`
  }
  if (unit === 'magnitude' && lang === 'en') return `magnitude ${formatNumber(x, 'en')}`
  if (noun) return countNoun(x, noun, lang, digits)
  return `${formatNumber(x, lang)}${percent}${foreign}`
}

