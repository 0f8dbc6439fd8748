import type { Lang, Source } from '../model'
import { foldKey } from '../text/normalize'
import { arabicReadings } from '../extract/common/prefixes'
import { PEOPLE_WORDS } from './measures'

// A topic named by a noun no measure of the product covers ("Bridges closed", "عدد المساجد
// المتضررة") is matched by its words. The coverage itself says how its reports write them: the
// other forms of a noun (a plural, an Arabic broken plural: "مسجد", "مساجد") and the nouns the
// other languages give to the same figure ("97 fires", "٩٧ حريقاً", "97 incendies").

/** A noun as cues match it: folded, Arabic clitics and article peeled, the accusative alef dropped; a Latin plural's s or x dropped. */
export function nounKey(word: string, lang: Lang): string {
  const w = foldKey(word)
  if (lang === 'ar') {
    const r = arabicReadings(w)
    // ("للمساجد" reads as "المساجد": the article after it goes too.)
    const last = r[r.length - 1].stem
    const stem = r.some((x) => x.stem.startsWith('ال') && x.stem.length > 4 && x.stem.slice(2).length < last.length) ? r.find((x) => x.stem.startsWith('ال') && x.stem.length > 4)!.stem.slice(2) : last
    // (Tanween's alef, "حريقاً": a noun's own final alef of three letters or fewer stays.)
    return stem.length > 3 && stem.endsWith('ا') ? stem.slice(0, -1) : stem
  }
  return w.length > 4 && /[^s][sx]$/u.test(w) ? w.slice(0, -1) : w
}

/** An Arabic noun's consonants: the long vowels, hamza seats and teh marbuta dropped, so a broken plural meets its singular ("مساجد", "مسجد"). */
export function skeleton(key: string): string {
  return key.replace(/[اويءئؤه]/gu, '')
}

// A figure and the noun after it: the number (digits of any script, folded), a word of scale, a
// linking "of" ("97 incendies", "٩٧ حريقاً", "8 آلاف عنصر", "3,000 pagers", "2,5 millions de pèlerins").
const SCALES: Record<string, number> = { thousand: 1e3, thousands: 1e3, mille: 1e3, milliers: 1e3, 'الف': 1e3, 'الاف': 1e3, million: 1e6, millions: 1e6, 'مليون': 1e6, 'ملايين': 1e6 }
const FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[ ,.]\d{3})+|\d+(?:[.,]\d+)?)\s*([\p{L}]+)?\s*(?:(?:of|de|d['’]|من)\s*)?([\p{L}'’-]+)?(?:\s+([\p{L}'’-]+))?/gu
// Words after a number that are no counted thing: units, currencies, months, links.
const NOT_NOUNS = new Set(['per', 'percent', 'cent', 'pour', 'par', 'and', 'et', 'or', 'ou', 'to', 'au', 'à', 'and', 'in', 'en', 'dans', 'في', 'الى', 'الي', 'و', 'او', 'dollars', 'euros', 'dinars', 'dirhams', 'pounds', 'دولار', 'يورو', 'دينار', 'درهم', 'km', 'kilometres', 'kilomètres', 'كيلومتر', 'كلم', 'years', 'ans', 'days', 'jours', 'hours', 'heures', 'عاما', 'يوما', 'ساعه', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر'].map(foldKey))
const PEOPLE = new Set(Object.values(PEOPLE_WORDS).flat().map(foldKey))

interface Stated { value: number; nouns: string[] }

// Read once per report (the story is read again whenever a report comes or goes).
const STATED = new WeakMap<Source, { text: string; stated: Stated[]; words?: Set<string> }>()
function readOf(src: Source): { text: string; stated: Stated[]; words?: Set<string> } {
  let r = STATED.get(src)
  if (!r || r.text !== src.text) STATED.set(src, (r = { text: src.text, stated: statedIn(src) }))
  return r
}
/** An Arabic report's words as noun keys. */
function wordsOf(src: Source): Set<string> {
  const r = readOf(src)
  return (r.words ??= new Set((foldKey(src.text).match(/[\p{L}]{3,}/gu) ?? []).map((w) => nounKey(w, 'ar'))))
}

/** The figures of a report with the noun keys written after each (the first word in Arabic and French; the next two in English, for "97 forest fires"). */
function statedIn(src: Source): Stated[] {
  const text = foldKey(src.text)
  const out: Stated[] = []
  for (const m of text.matchAll(FIGURE)) {
    const grouped = /^\d{1,3}(?:[ ,.]\d{3})+$/.test(m[1])
    let value = grouped ? Number(m[1].replace(/[ ,.]/g, '')) : Number(m[1].replace(',', '.'))
    let words = [m[2], m[3], m[4]].filter((w): w is string => !!w)
    const scale = words.length ? SCALES[nounKey(words[0], src.lang)] ?? SCALES[words[0]] : undefined
    if (scale) { value *= scale; words = words.slice(1) }
    // (Years and small numbers say too little to pair two reports' figures.)
    if (!Number.isFinite(value) || value < 10 || (Number.isInteger(value) && value >= 1900 && value <= 2100 && !grouped)) continue
    const nouns = words.slice(0, src.lang === 'en' ? 2 : 1).map((w) => nounKey(w, src.lang)).filter((k) => k.length >= 3 && !NOT_NOUNS.has(k) && !PEOPLE.has(k) && !/\d/.test(k))
    if (nouns.length) out.push({ value, nouns })
  }
  return out
}

// (An Arabic noun also by its consonants: "جسراً" is stated of the cue "جسور".)
const ARABIC = /\p{Script=Arabic}/u
const matches = (noun: string, cue: string) => noun.includes(cue) || (ARABIC.test(cue) && skeleton(cue).length >= 3 && skeleton(noun) === skeleton(cue))

/**
 * A cue topic's words widened from its coverage: each cue, the nouns the reports of another
 * language write after a figure another report writes with the cue, and every form of an Arabic
 * cue the reports use. `cues` are a topic's words as typed; the result keeps them first.
 */
export function coverageCues(cues: string[], sources: Source[]): string[] {
  if (!cues.length || !sources.length) return cues
  const keys = cues.map((c) => nounKey(c, ARABIC.test(c) ? 'ar' : 'en'))
  const stated = sources.map((s) => ({ lang: s.lang, figures: readOf(s).stated }))
  // The values stated with a cue, by the language that states them.
  const withCue = new Map<Lang, Set<number>>()
  for (const s of stated) for (const f of s.figures) if (f.nouns.some((n) => keys.some((k) => matches(n, k)))) { const v = withCue.get(s.lang) ?? new Set(); v.add(f.value); withCue.set(s.lang, v) }
  // Each other-language noun stated with one of those values, and by which figures. (The same value
  // in another language only: within one language the cue already reads.)
  const support = new Map<string, Set<string>>()
  for (const [i, s] of stated.entries()) {
    const values = new Set([...withCue].filter(([lang]) => lang !== s.lang).flatMap(([, v]) => [...v]))
    for (const f of s.figures) {
      if (!values.has(f.value) || f.nouns.some((n) => keys.some((k) => matches(n, k)))) continue
      const by = support.get(f.nouns[0]) ?? new Set()
      by.add(`${i}:${f.value}`)
      support.set(f.nouns[0], by)
    }
  }
  // A round number ("40", "1,000") is stated of many things: it pairs two nouns only with another figure that agrees.
  const out = new Set(keys)
  for (const [noun, by] of support) if (by.size >= 2 || [...by].some((b) => Number(b.split(':')[1]) % 10 !== 0)) out.add(noun)
  // An Arabic noun's other forms in the reports: "حريق" finds "حرائق", "مسجد" finds "المساجد".
  const arabic = [...out].filter((k) => ARABIC.test(k) && skeleton(k).length >= 3)
  if (arabic.length) {
    const wanted = new Set(arabic.map(skeleton))
    for (const s of sources.filter((x) => x.lang === 'ar')) for (const k of wordsOf(s)) if (wanted.has(skeleton(k))) out.add(k)
  }
  return [...out]
}
