import type { Claim, Lang, Source, Span } from '../model'
import { conceptsIn } from './measureOf'
import { placeNounBy } from './places'
import { wordKeys } from '../entities/fold'
import { foldKey } from '../text/normalize'
import { countryAliases, isCountryWord } from '../entities/countries'
import { clauses } from '../text/segment'

// The places of one story, read from its own texts: a name that stands by a place noun somewhere
// ("the province of Taroudant", "إقليم تارودانت", "la ville de Derna") or a country ("eastern
// Libya", "شرق ليبيا"). Names are keyed by their consonant skeleton (fold.ts), so one place is one
// key in Arabic, English and French; a figure is about the places named in its own stretch of
// clause (between the figures before and after it: "694 in Al Haouz, followed by Taroudant with 347").

/**
 * A place of the story: its key and how the texts spell it in Latin and Arabic script (`arabic`
 * is a spelling seen after a place noun, which figures are matched by; `arabicName` one of its
 * skeleton found elsewhere, only to name it).
 */
export interface Place { key: string; latin: string | null; arabic: string | null; arabicName?: string }

const NOUNS = [
  'province', 'provinces', 'prefecture', 'region', 'district', 'governorate', 'municipality', 'city', 'town', 'village', 'camp', 'state', 'county',
  'préfecture', 'région', 'commune', 'ville', 'wilaya',
  'إقليم', 'أقاليم', 'عمالة', 'ولاية', 'محافظة', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'مخيم', 'بلدية', 'جماعة',
]
// Words between a place noun and its name ("province of the", "state of North Darfur", "ولاية شمال دارفور").
const LINK = new Set(['of', 'de', 'du', 'des', 'the', 'la', 'le', 'al', 'el', 'north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط'])
const WORD = /[\p{L}\p{M}ـ'’]+/gu
const ARABIC = /\p{Script=Arabic}/u
const CAPITAL = /^\p{Lu}/u
const NOUN_SET = new Set(NOUNS.map((n) => n.toLowerCase()))
// An Arabic noun carries its article and attached prefixes ("بإقليم", "ومدينة", "الولاية").
const bareArabic = (w: string) => w.replace(/^(?:[وفبلك]?ال|لل|[وفبلك])(?=..)/, '')
const isNoun = (w: string) => NOUN_SET.has(w.toLowerCase()) || (ARABIC.test(w) && NOUN_SET.has(bareArabic(w).replace(/^ا/, 'إ'))) || NOUN_SET.has(bareArabic(w))
const elided = (w: string) => w.replace(/^(?:[dlDL])['’]/, '')
// A name's key: its skeleton without the Arabic article ("بالفاشر" is "الفاشر").
const keyOf = (w: string) => wordKeys(elided(w))[0] ?? ''
// Latin spellings write و as "w" or "ou" ("Tawila" طويلة, "Ouarzazate" ورزازات): a Latin name
// is also keyed without them.
const keysOf = (w: string) => ARABIC.test(w) ? wordKeys(elided(w)) : [...new Set([w, w.replace(/w/gi, ''), w.replace(/^ou[aeiou]?/i, '')].map(keyOf))]
// A skeleton of one consonant tells a long name only (Chichaoua, شيشاوة: "s").
const usable = (w: string) => { const n = elided(w).length; const k = keyOf(w).length; return n >= 3 && (k >= 2 || (k === 1 && n >= 6)) }

interface Tok { w: string; start: number; end: number }
const tokens = (text: string, span?: Span): Tok[] => {
  const from = span?.start ?? 0
  return [...text.slice(from, span?.end ?? text.length).matchAll(WORD)].map((m) => ({ w: m[0], start: m.index + from, end: m.index + from + m[0].length }))
}

/** The places named by a place noun in any of the texts, by key. */
export function storyPlaces(sources: Source[]): Map<string, Place> {
  const out = new Map<string, Place>()
  // An Arabic word after a place noun is a name when a Latin text writes a name of its skeleton
  // with a capital, or when two texts put it after a place noun ("منطقة إلى" once is no place).
  const arabicSeen = new Map<string, { w: string; sources: Set<string> }>()
  const add = (w: string, source: string) => {
    if (!usable(w) || isCountryWord(w) || isCountryWord(bareArabic(w)) || NOUN_SET.has(w.toLowerCase()) || LINK.has(elided(w).toLowerCase())) return
    const key = keyOf(w)
    if (ARABIC.test(w)) {
      const a = arabicSeen.get(key) ?? { w: /^[وفبل]ال/.test(w) ? w.slice(1) : /^لل/.test(w) ? `ا${w.slice(1)}` : w, sources: new Set() }
      a.sources.add(source)
      arabicSeen.set(key, a)
      return
    }
    if (!CAPITAL.test(elided(w)) || STOP.has(elided(w).toLowerCase())) return
    const p = out.get(key) ?? { key, latin: elided(w), arabic: null }
    for (const k of keysOf(w)) if (!out.has(k)) out.set(k, p)
  }
  for (const s of sources) {
    const toks = tokens(s.text)
    for (let i = 0; i < toks.length; i++) {
      if (!isNoun(toks[i].w)) continue
      // The name after the noun ("province of Taroudant", "إقليم الحوز", "la ville de Derna")…
      let j = i + 1
      while (j < toks.length && j <= i + 3 && LINK.has(elided(toks[j].w).toLowerCase()) && toks[j].start - toks[j - 1].end <= 2) j++
      const next = toks[j]
      // An Arabic noun with its article is followed by its adjective ("المدينة المنكوبة", "الأقاليم
      // الخمسة"), not a name: a name follows the noun without one ("إقليم الحوز", "مدينة درنة").
      const defined = ARABIC.test(toks[i].w) && /^(?:[وفبلك]?ال|لل)/.test(toks[i].w)
      if (next && next.start - toks[j - 1].end <= 2 && !defined) add(next.w, s.id)
      // … or before it, in Latin script ("Haouz province", "Al Haouz province").
      const prev = toks[i - 1]
      if (prev && !ARABIC.test(toks[i].w) && toks[i].start - prev.end <= 1) add(prev.w, s.id)
    }
  }
  // A place found in one script is named in the other as the texts of that script write it
  // ("الفاشر" is "El Fasher" in the English reports): for the candidates' labels, and as a second
  // witness that an Arabic word after a place noun is a name.
  const latin = new Map<string, string>()
  for (const s of sources) {
    for (const t of tokens(s.text)) {
      const w = elided(t.w)
      if (!usable(w)) continue
      // A skeleton of three consonants or more, so that a common word does not name the place.
      if (ARABIC.test(w)) { const k = keyOf(w); const p = k.length >= 3 ? out.get(k) : undefined; if (p && !p.arabic) p.arabicName ??= /^[وفبل]ال/.test(w) ? w.slice(1) : w; continue }
      if (!CAPITAL.test(w) || STOP.has(w.toLowerCase())) continue
      for (const k of keysOf(w)) if (!latin.has(k)) latin.set(k, w)
    }
  }
  for (const [key, a] of arabicSeen) {
    const p = out.get(key)
    if (p) p.arabic ??= a.w
    else if (a.sources.size >= 2 || latin.has(key)) out.set(key, { key, latin: latin.get(key) ?? null, arabic: a.w })
  }
  for (const p of out.values()) p.latin ??= latin.get(p.key) ?? null
  return out
}

// Capitalised words that open a sentence or name no place.
const STOP = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'le', 'la', 'les', 'un', 'une', 'ce', 'cette'])

/** A place named in a figure's own stretch: its key, and whether a place noun stands by it (a part of the story's whole: "إقليم الحوز"). */
export interface PlaceMention { key: string; part: boolean }

// An Arabic word with its attached prefixes and article peeled, folded.
const arabicForms = (w: string) => { const f = foldKey(w); return [f, f.replace(/^[وفبلك]/, ''), f.replace(/^(?:[وفبلك]?ال|لل)/, '')] }

/**
 * The places of the story named in a figure's own stretch of clause, in order. A place that names
 * the event ("زلزال الحوز", "the Derna floods") says which event, not which part.
 */
export function placesOf(c: Claim, text: string, stretch: Span, places: Map<string, Place>, lang: Lang): PlaceMention[] {
  const out: PlaceMention[] = []
  const toks = tokens(text, stretch)
  const namesEvent = (i: number) => [toks[i - 1], toks[i + 1]].some((t) => t && conceptsIn(text, t, lang).some((m) => m.concept.event))
  toks.forEach((t, i) => {
    if (t.end > c.span.start && t.start < c.span.end) return
    if (!usable(t.w)) return
    let place: Place | undefined
    if (ARABIC.test(t.w)) {
      // Arabic is matched by spelling: many common words share a name's skeleton (الأقل, إغيل).
      const forms = arabicForms(t.w)
      for (const k of wordKeys(t.w)) { const p = places.get(k); if (p?.arabic && arabicForms(p.arabic).some((f) => forms.includes(f))) { place = p; break } }
    } else if (CAPITAL.test(elided(t.w))) {
      place = keysOf(t.w).map((k) => places.get(k)).find((p) => p?.latin)
    }
    if (place && !namesEvent(i) && !out.some((m) => m.key === place!.key)) out.push({ key: place.key, part: placeNounBy(text, t.start, t.end) })
  })
  return out
}

/** How a place key reads in each language: a country by its names, a place as the texts spell it. */
export function placeNames(key: string, places: Map<string, Place>): { en: string; ar: string } {
  if (key.startsWith('=')) {
    const names = countryAliases(key.slice(1))
    return { en: names[0], ar: names.find((n) => ARABIC.test(n)) ?? names[0] }
  }
  const p = places.get(key)
  const en = p?.latin ?? p?.arabic ?? key
  return { en, ar: p?.arabic ?? p?.arabicName ?? en }
}

/**
 * A figure's own stretch of its clause: up to the figures before and after it in that clause.
 * `ordered`: the source's figures by where they start; `clauseOf` returns the figure's clause.
 */
export function ownStretch(c: Claim, clause: Span, ordered: Claim[], at: number): Span {
  const prev = ordered[at - 1]
  const next = ordered[at + 1]
  return {
    start: prev && prev.span.end > clause.start && prev.span.end <= c.span.start ? prev.span.end : clause.start,
    end: next && next.span.start < clause.end && next.span.start >= c.span.end ? next.span.start : clause.end,
  }
}

/** Each figure's clause, splitting each sentence once. */
export function clauseFinder(text: string): (c: Claim) => Span {
  const memo = new Map<number, Span[]>()
  return (c) => {
    let parts = memo.get(c.sentence.start)
    if (!parts) { parts = clauses(text, c.sentence); memo.set(c.sentence.start, parts) }
    return parts.find((k) => k.start <= c.span.start && c.span.end <= k.end) ?? c.sentence
  }
}
