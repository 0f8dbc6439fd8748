import type { Lang, Topic } from '../model'
import { foldKey } from '../text/normalize'
import { conceptsIn } from './measureOf'
import { PEOPLE_WORDS } from './measures'
import { nounKey, skeleton } from './coverageCues'

// What a reader's label says, term by term: the measure it names (a concept of measures.ts, read
// in every language), the people counted, the names, the number it may give ("Reduced claim of 550
// million dollars") and every other content word ("hall", "workers", "second"). The label's own
// terms come first; the measure phrase adds the words the label leaves out, at half weight.
// A figure is read against these terms by its counted noun, its clause and its sentence.

export type TermKind = 'concept' | 'people' | 'name' | 'word' | 'value'
export interface Term {
  kind: TermKind; key: string; weight: number; fromLabel: boolean
  /** A concept that is an event ("struck", "exploded"): it dates or places a figure, it counts nothing. */
  event?: boolean
  /** Said before the label's first preposition: what is counted ("Magnitude" of "Magnitude of the second quake"), not what narrows it. */
  head?: boolean
}

/** A word as terms compare it: folded, accents and marks dropped, lower case. */
export const plain = (w: string) => foldKey(w).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const ARABIC = /\p{Script=Arabic}/u
// Words of a label or a sentence that say nothing of what is counted.
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'from', 'with', 'into', 'over', 'after', 'before', 'during', 'their', 'there', 'were', 'was', 'have', 'has', 'had', 'been', 'that', 'this', 'these', 'those', 'which', 'what', 'when', 'who', 'whom', 'how', 'its', 'his', 'her', 'they', 'them', 'per', 'one', 'all', 'any', 'not', 'but', 'are', 'may', 'can', 'out', 'off', 'about', 'among', 'each', 'such', 'other', 'others',
  'number', 'date', 'total', 'figure', 'count', 'amount', 'value', 'size', 'length', 'share', 'according', 'reported', 'said', 'says', 'toll',
  'les', 'des', 'une', 'aux', 'par', 'pour', 'dans', 'avec', 'sur', 'qui', 'que', 'dont', 'selon', 'nombre', 'leur', 'leurs', 'son', 'ses', 'est', 'ont', 'été',
  'في', 'من', 'الى', 'علي', 'عن', 'مع', 'التي', 'الذي', 'الذين', 'بعد', 'قبل', 'عدد', 'تاريخ', 'حسب', 'وفق',
  // (A day a label gives, "Fires still active on 25 July", is when it was counted: the reports seldom say it again by the figure.)
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].map(plain))

const PEOPLE = new Set(Object.values(PEOPLE_WORDS).flat().map((w) => plain(w)))
const PEOPLE_KEYS = new Set([...PEOPLE].map((w) => nounKey(w, ARABIC.test(w) ? 'ar' : 'en')))

/** A word's key: an Arabic noun without clitics and article, a Latin word without its plural. */
export function wordKey(word: string, lang: Lang): string {
  return nounKey(plain(word), lang === 'ar' || ARABIC.test(word) ? 'ar' : 'en')
}

/** Whether two word keys are one word: the same key, one stem of both (identified, identifiés), or one Arabic skeleton. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  if (ARABIC.test(a) || ARABIC.test(b)) return ARABIC.test(a) && ARABIC.test(b) && skeleton(a).length >= 3 && skeleton(a) === skeleton(b)
  const n = Math.min(a.length, b.length)
  if (n < 5) return false
  let k = 0
  while (k < n && a[k] === b[k]) k++
  return k >= 5 && k >= 0.7 * n
}

const ANYONE = new Set(['people', 'person', 'persons', 'personne', 'individual', 'individu', 'شخص', 'اشخاص', 'افراد', 'فرد'].map((w) => wordKey(w, ARABIC.test(w) ? 'ar' : 'en')))
export const isPeopleKey = (key: string) => PEOPLE_KEYS.has(key)
export const isAnyoneKey = (key: string) => ANYONE.has(key)
/** Whether a counted noun phrase names people ("people", "workers", "personnes", "أشخاص"). */
export const countsPeople = (counted: string) => (plain(counted).match(/\p{L}+/gu) ?? []).some((w) => PEOPLE.has(w) || PEOPLE_KEYS.has(wordKey(w, ARABIC.test(w) ? 'ar' : 'en')))

// Numbers a label gives with their scale ("550 million dollars", "1,5 milliard"), not a day ("on 25 July").
const LABEL_NUMBER = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?)\s*(million|millions|billion|billions|milliard|milliards|thousand|مليون|مليار|ألف)?(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|sept|déc|[\p{N}]))/giu
const SCALE: Record<string, number> = { million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, milliard: 1e9, milliards: 1e9, thousand: 1e3, 'مليون': 1e6, 'مليار': 1e9, 'ألف': 1e3 }

// A label's head is what it says before its first preposition: "Capacity | of the hall", "People
// | in the hall", "Bodies identified | at once", "القتلى | في درنة"; a label with none is all head.
const PREPOSITION = /(?<![\p{L}])(?:of|in|at|on|for|with|by|from|to|per|de|du|des|d['’]|dans|à|au|aux|en|pour|chez|في|من|على|لدى)(?![\p{L}])/iu
function headEnd(label: string): number {
  const m = PREPOSITION.exec(label)
  return m && m.index > 0 ? m.index : label.length
}

function termsOf(text: string, weight: number, fromLabel: boolean, names: string[]): Term[] {
  const lang: Lang = ARABIC.test(text) ? 'ar' : 'en'
  const cut = fromLabel ? headEnd(text) : 0
  const out: Term[] = []
  const covered: [number, number][] = []
  // (A Latin label may be English or French: both are read.)
  for (const l of lang === 'ar' ? (['ar'] as const) : (['en', 'fr'] as const)) {
    for (const m of conceptsIn(text, { start: 0, end: text.length }, l, true)) {
      covered.push([m.start, m.end])
      if (!m.generic) out.push({ kind: 'concept', key: m.concept.id, weight, fromLabel, head: m.start < cut, event: !!m.concept.event })
    }
  }
  for (const m of text.matchAll(LABEL_NUMBER)) {
    const v = Number(m[1].replace(',', '.')) * (m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1)
    if (v >= 10 && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) out.push({ kind: 'value', key: String(v), weight, fromLabel })
  }
  const nameWords = new Set(names.flatMap((n) => plain(n).split(/[^\p{L}]+/u)))
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const at = m.index
    if (covered.some(([a, b]) => at >= a && at < b)) continue
    const w = plain(m[0])
    if (w.length < 3 || FUNCTION_WORDS.has(w) || nameWords.has(w)) continue
    const key = wordKey(w, lang)
    // ("People", "personnes", "أشخاص" count anyone, and say little; "workers", "Pakistanis" are words of their own.)
    out.push(ANYONE.has(key) ? { kind: 'people', key: 'people', weight: weight / 2, fromLabel, head: at < cut } : { kind: 'word', key, weight, fromLabel, head: at < cut })
  }
  return out
}

/**
 * A topic's terms: its label's (weight 1), then what its measure phrase adds (weight 0.5), and its
 * entity's names (each a term of the label). One term once, at its best weight.
 */
export function labelTerms(t: Topic): Term[] {
  const names = [t.entity.name, ...t.entity.aliases].filter((n) => n && n.length >= 3)
  const all = [...termsOf(t.label.en, 1, true, names), ...(t.label.ar !== t.label.en ? termsOf(t.label.ar, 1, true, names) : []), ...termsOf(t.measure, 0.5, false, names)]
  const out: Term[] = []
  for (const term of all) if (!out.some((o) => o.kind === term.kind && (o.key === term.key || (term.kind === 'word' && sameWord(o.key, term.key))))) out.push(term)
  // (A name at the label's start is what is counted: "Pakistanis aboard".)
  if (names.length) out.push({ kind: 'name', key: names.map(plain).join('\u0001'), weight: 1, fromLabel: true, head: t.label.en.indexOf(t.entity.name) >= 0 && t.label.en.indexOf(t.entity.name) < headEnd(t.label.en) })
  // (A label whose head says nothing of what is counted, "Date of the earthquake", is read whole.)
  if (!out.some((x) => x.head)) for (const x of out) if (x.fromLabel) x.head = true
  return out
}

/** The terms that narrow a topic's measure: what it says beside its concept and the people it counts (the hall, the workers' employer, the second quake). */
export function modifiers(t: Topic, terms = labelTerms(t)): Term[] {
  return terms.filter((x) => x.fromLabel && (x.kind === 'word' || x.kind === 'value') && !(x.kind === 'word' && t.concept === x.key))
}
