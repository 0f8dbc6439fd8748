import type { Lang, Source } from '../model'
import { namesIn } from '../corpus/stories'
import { transliterate } from '../text/transliterate'
import { countryAliases } from '../entities/countries'
import { wordKeys } from '../entities/fold'
import { conceptsIn } from './measureOf'
import { MONTHS as EN_MONTHS, WEEKDAYS as EN_WEEKDAYS } from '../extract/locales/en/constants'
import { MONTHS as FR_MONTHS, WEEKDAYS as FR_WEEKDAYS } from '../extract/locales/fr/constants'

// Candidates of several stories loaded together say which story they belong to ("death toll —
// Derna" beside "death toll — Marrakesh"): the story is named by the name its reports use most
// that the workspace's other stories use least.

// A month or a weekday is capitalised in English and repeated in every report of a week's news
// ("October", "Monday"): the date reader's own words say it names a day, not a story.
const DAY_WORDS = new Set([EN_MONTHS, EN_WEEKDAYS, FR_MONTHS, FR_WEEKDAYS].flatMap((m) => Object.keys(m)).map((w) => wordKeys(w)[0]))

/**
 * What a reader would call a story: of the names (capitalised in a Latin report) half its reports
 * use or more, the one they repeat most (a report names its town again and again, a unit or a
 * speaker once or twice), counted for the share of its reports that use it beyond the share of the
 * other stories' reports, and more for the share of its titles that give it (a headline names the
 * place, seldom a spokesman). Never a month or a weekday. In Arabic, as half its Arabic reports
 * write it, else spelt in Arabic letters (a word of the same consonants is no proof: "غريقاً" is
 * not "Greek"). Null when none.
 */
export function storyName(own: Source[], others: Source[]): { en: string; ar: string } | null {
  const reports = new Map<string, number>()
  const uses = new Map<string, number>()
  const latin = new Map<string, Map<string, number>>()
  const english = new Map<string, Map<string, number>>()
  const arabic = new Map<string, Map<string, number>>()
  for (const s of own) {
    for (const [k, { form, n }] of namesIn(s.text)) {
      reports.set(k, (reports.get(k) ?? 0) + 1)
      uses.set(k, (uses.get(k) ?? 0) + n)
      for (const by of s.lang === 'ar' ? [arabic] : s.lang === 'en' ? [latin, english] : [latin]) {
        const f = by.get(k) ?? new Map<string, number>()
        f.set(form, (f.get(form) ?? 0) + 1)
        by.set(k, f)
      }
    }
  }
  const elsewhere = new Map<string, number>()
  for (const s of others) for (const k of namesIn(s.text).keys()) if (reports.has(k)) elsewhere.set(k, (elsewhere.get(k) ?? 0) + 1)
  const titled = new Map<string, number>()
  for (const s of own) for (const k of namesIn(s.title ?? '').keys()) titled.set(k, (titled.get(k) ?? 0) + 1)
  let best: { k: string; score: number } | null = null
  for (const [k, n] of reports) {
    if (n * 2 < own.length || !latin.has(k) || DAY_WORDS.has(k)) continue
    const share = n / own.length - (elsewhere.get(k) ?? 0) / Math.max(1, others.length)
    const score = share * (uses.get(k)! / n) * (1 + (titled.get(k) ?? 0) / own.length)
    if (share > 0 && (!best || score > best.score)) best = { k, score }
  }
  if (!best) return null
  const top = (m: Map<string, number> | undefined) => [...(m ?? [])].sort((a, b) => b[1] - a[1])[0]
  // (Spelt as the English reports write it, when some do: "Moscow", not the French reports' "Moscou".)
  const en = (top(english.get(best.k)) ?? top(latin.get(best.k)))![0]
  const ar = top(arabic.get(best.k))
  const arabicReports = own.filter((s) => s.lang === 'ar').length
  const country = countryAliases(en).find((a) => /\p{Script=Arabic}/u.test(a))
  return { en, ar: ar && ar[1] * 2 >= arabicReports ? ar[0] : country ?? transliterate(en) }
}

/** The words of a report read for its event: its title and its opening (a lede names the event; the rest of the text, its consequences). */
const LEDE = 600

/**
 * The event a story's reports name, as its reports of each interface language write it: the noun of
 * a dated event (a flood, an explosion, a coup: the event concepts of measures.ts, read with their
 * words) that its titles and ledes name most, in English reports for the English name and Arabic
 * ones for the Arabic; an instant (an announcement), a deadline or a decision is no event of a story,
 * and a verb ("devastated", "struck") names none. Null in a language none of its reports is in.
 */
export function storyEvent(own: Source[]): { en: string | null; ar: string | null } {
  const best = (lang: Lang): string | null => {
    const tally = new Map<string, { form: string; n: number; noun: boolean }>()
    for (const s of own) {
      if (s.lang !== lang) continue
      const read = (text: string, weight: number) => {
        for (const m of conceptsIn(text, { start: 0, end: text.length }, lang)) {
          const c = m.concept
          if (!c.event || c.instant || c.latest || c.decided || m.generic) continue
          const word = text.slice(m.start, m.end)
          const form = nounForm(word, lang, text.slice(0, m.start), text.slice(m.end))
          if (!form) continue
          const k = `${c.id}|${wordKeys(form)[0]}`
          const t = tally.get(k) ?? { form, n: 0, noun: false }
          t.n += weight
          t.noun ||= determined(word, lang)
          tally.set(k, t)
        }
      }
      // A headline's word counts twice: it is what the report is about.
      read(s.title ?? '', 2)
      read(s.text.slice(0, LEDE), 1)
    }
    // An Arabic verb ("اجتاحت") never takes the article: a word the reports never write with it names no event.
    const top = [...tally.values()].filter((t) => t.noun).sort((a, b) => b.n - a.n)[0]
    // Said twice (a title, or two ledes), unless the language has one report only.
    return top && top.n >= Math.min(2, own.filter((s) => s.lang === lang).length) ? top.form : null
  }
  return { en: best('en'), ar: best('ar') }
}

/** Whether an Arabic word stands as a noun: with the article ("الفيضانات", "بالانفجار"), which a verb never takes. (A Latin word's verb forms nounForm leaves out.) */
function determined(word: string, lang: Lang): boolean {
  return lang !== 'ar' || /^(?:[وفبلك]?ال|لل)/u.test(word)
}

/**
 * A word of an event as a name gives it: an English or French verb form is none; an Arabic noun
 * without its attached prefix and article ("بالفيضانات" → "فيضانات"). An English "-ing" word is a
 * noun where a noun stands ("the bombing", "a shooting", "Flooding in …", "the flooding of …",
 * "Sunday's bombing"), a verb elsewhere ("waters flooding the town").
 */
function nounForm(word: string, lang: Lang, before = '', after = ''): string | null {
  const w = word.trim()
  if (lang === 'ar') return w.replace(/^(?:[وفبلك]?ال|لل)(?=..)/u, '') || null
  if (w.includes(' ') || /ed$/iu.test(w)) return null
  if (/ing$/iu.test(w) && !(NOUN_BEFORE.test(before) || NOUN_AFTER.test(after))) return null
  return w.toLowerCase()
}
// What stands before a noun (a determiner, a possessive, the opening of a title or a sentence) or after it (a preposition).
const NOUN_BEFORE = /(?:^|[.!?:\n]\s*|(?<![\p{L}])(?:the|a|an|this|that|its|their|[\p{L}]+['’]s)\s+)$/iu
const NOUN_AFTER = /^\s+(?:of|in|at|on|near|that|which)(?![\p{L}])/iu

/**
 * A story's title for the screen, in each interface language: its event and its place ("Floods in
 * Varnholm", "فيضانات فارنهولم"), else whichever of the two its reports give. Null when neither.
 */
export function storyTitle(own: Source[], others: Source[]): { en: string; ar: string } | null {
  const place = storyName(own, others)
  const event = storyEvent(own)
  const en = event.en ? `${event.en[0].toUpperCase()}${event.en.slice(1)}` : null
  // Without a place, the event alone names it only in both languages (an Arabic screen shows no English).
  if (!place) return en && event.ar ? { en, ar: event.ar } : null
  // (Arabic joins one word to its place, "فيضانات درنة"; a longer event takes "في": "حرائق الغابات في الجزائر".)
  const ar = event.ar ? `${event.ar}${event.ar.includes(' ') ? ' في ' : ' '}${place.ar}` : place.ar
  return { en: en ? `${en} in ${place.en}` : place.en, ar }
}
