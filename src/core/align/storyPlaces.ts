import type { Claim, Lang, Source, Span } from '../model'
import { conceptsIn } from './measureOf'
import { placeNounBy } from './places'
import { wordKeys } from '../entities/fold'
import { foldKey } from '../text/normalize'
import { countryAliases, isCountryWord } from '../entities/countries'
import { clauses } from '../text/segment'
import { transliterate } from '../text/transliterate'

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
// Capitalised words that open a sentence or name no place.
const STOP = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'le', 'la', 'les', 'un', 'une', 'ce', 'cette'])
const CAPITAL = /^\p{Lu}/u
const NOUN_SET = new Set(NOUNS.map((n) => n.toLowerCase()))
// An Arabic noun carries its article and attached prefixes ("بإقليم", "ومدينة", "الولاية").
const bareArabic = (w: string) => w.replace(/^(?:[وفبلك]?ال|لل|[وفبلك])(?=..)/, '')
const elided = (w: string) => w.replace(/^(?:[dlDL])['’]/, '')
// An Arabic word with its attached prefixes and article peeled, folded.
const arabicForms = (w: string) => { const f = foldKey(w); return [f, f.replace(/^[وفبلك]/, ''), f.replace(/^(?:[وفبلك]?ال|لل)/, '')] }
// An Arabic name as the texts write it without a prefix before its article ("بالحوز" is "الحوز").
const asWritten = (w: string) => (/^[وفبل]ال/.test(w) ? w.slice(1) : /^لل/.test(w) ? `ا${w.slice(1)}` : w)

/** What the readers of places ask of one spelling, read once per spelling (texts repeat their words). */
interface Spelling {
  w: string; arabic: boolean; capital: boolean; noun: boolean; linking: boolean
  /** Its key (the skeleton without the Arabic article), and the keys it may also be read under. */
  key: string; keys: string[]
  /** Long enough to name a place: a skeleton of one consonant tells a long name only (Chichaoua, شيشاوة: "s"). */
  usable: boolean
  forms: string[]
}
const SPELLINGS = new Map<string, Spelling>()
function spelling(raw: string): Spelling {
  let sp = SPELLINGS.get(raw)
  if (sp) return sp
  const w = elided(raw)
  const arabic = ARABIC.test(w)
  const key = wordKeys(w)[0] ?? ''
  const lower = w.toLowerCase()
  sp = {
    w, arabic, capital: !arabic && CAPITAL.test(w),
    noun: NOUN_SET.has(lower) || (arabic && (NOUN_SET.has(bareArabic(w)) || NOUN_SET.has(bareArabic(w).replace(/^ا/, 'إ')))),
    linking: LINK.has(lower),
    key,
    // Latin spellings write و as "w" or "ou" ("Tawila" طويلة, "Ouarzazate" ورزازات): a Latin name
    // is also keyed without them; an Arabic word under each reading of its attached prefix.
    keys: arabic ? wordKeys(w) : [...new Set([w, w.replace(/w/gi, ''), w.replace(/^ou[aeiou]?/i, '')].map((x) => wordKeys(x)[0] ?? ''))],
    usable: w.length >= 3 && (key.length >= 2 || (key.length === 1 && w.length >= 6)),
    forms: arabic ? arabicForms(w) : [],
  }
  if (SPELLINGS.size > 200_000) SPELLINGS.clear()
  SPELLINGS.set(raw, sp)
  return sp
}

interface Tok { sp: Spelling; start: number; end: number }
function tokens(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = []
  const re = new RegExp(WORD.source, 'gu')
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(to, m.index + m[0].length)
    out.push({ sp: spelling(text.slice(m.index, end)), start: m.index, end })
  }
  return out
}

/** The places named by a place noun in any of the texts, by key. */
export function storyPlaces(sources: Source[]): Map<string, Place> {
  const out = new Map<string, Place>()
  // An Arabic word after a place noun is a name when a Latin text writes a name of its skeleton
  // with a capital, or when two texts put it after a place noun ("منطقة إلى" once is no place).
  const arabicSeen = new Map<string, { w: string; sources: Set<string> }>()
  // Latin names by key, from every capitalised word: to name in Latin script a place found in
  // Arabic ("الفاشر" is "El Fasher" in the English reports), and as that second witness.
  // (Spelt as an English report writes it, in its own case: "Moscow" rather than "Moscou", "Seoul"
  // rather than a dateline's "SEOUL", since an English label shows it.)
  const latin = new Map<string, { w: string; score: number }>()
  const spelt = (w: string, lang: string) => (lang === 'en' ? 2 : 0) + (w === w.toUpperCase() ? 0 : 1)
  const arabicAny: Tok[] = []
  const add = (sp: Spelling, source: string) => {
    if (!sp.usable || sp.noun || sp.linking || isCountryWord(sp.w) || (sp.arabic && isCountryWord(bareArabic(sp.w)))) return
    if (sp.arabic) {
      const a = arabicSeen.get(sp.key) ?? { w: asWritten(sp.w), sources: new Set() }
      a.sources.add(source)
      arabicSeen.set(sp.key, a)
      return
    }
    if (!sp.capital || STOP.has(sp.w.toLowerCase())) return
    const p = out.get(sp.key) ?? { key: sp.key, latin: sp.w, arabic: null }
    for (const k of sp.keys) if (!out.has(k)) out.set(k, p)
  }
  for (const s of sources) {
    const toks = tokens(s.text)
    for (let i = 0; i < toks.length; i++) {
      const sp = toks[i].sp
      if (sp.capital && sp.usable && !STOP.has(sp.w.toLowerCase())) {
        const score = spelt(sp.w, s.lang)
        for (const k of sp.keys) if ((latin.get(k)?.score ?? -1) < score) latin.set(k, { w: sp.w, score })
      }
      if (sp.arabic && sp.usable && sp.key.length >= 3) arabicAny.push(toks[i])
      if (!sp.noun) continue
      // The name after the noun ("province of Taroudant", "إقليم الحوز", "la ville de Derna")…
      let j = i + 1
      while (j < toks.length && j <= i + 3 && toks[j].sp.linking && toks[j].start - toks[j - 1].end <= 2) j++
      const next = toks[j]
      // An Arabic noun with its article is followed by its adjective ("المدينة المنكوبة", "الأقاليم
      // الخمسة"), not a name: a name follows the noun without one ("إقليم الحوز", "مدينة درنة").
      const defined = sp.arabic && /^(?:[وفبلك]?ال|لل)/.test(sp.w)
      if (next && next.start - toks[j - 1].end <= 2 && !defined) add(next.sp, s.id)
      // … or before it, in Latin script ("Haouz province", "Al Haouz province").
      const prev = toks[i - 1]
      if (prev && !sp.arabic && toks[i].start - prev.end <= 1) add(prev.sp, s.id)
    }
  }
  for (const [key, a] of arabicSeen) {
    const p = out.get(key)
    if (p) p.arabic ??= a.w
    else if (a.sources.size >= 2 || latin.has(key)) out.set(key, { key, latin: latin.get(key)?.w ?? null, arabic: a.w })
  }
  for (const p of out.values()) p.latin = latin.get(p.key)?.w ?? p.latin
  // A place found only in Latin script is named in Arabic by a word of its skeleton (three
  // consonants or more, so that a common word does not name it); figures are not matched by it.
  for (const t of arabicAny) { const p = out.get(t.sp.key); if (p && !p.arabic) p.arabicName ??= asWritten(t.sp.w) }
  return out
}

/** A place named in a figure's own stretch: its key, and whether a place noun stands by it (a part of the story's whole: "إقليم الحوز"). */
export interface PlaceMention { key: string; part: boolean }

/**
 * The reader of a story's places in figures' stretches. A place that names the event ("زلزال
 * الحوز", "the Derna floods") says which event, not which part.
 */
export function placeReader(places: Map<string, Place>): (c: Claim, text: string, stretch: Span, lang: Lang) => PlaceMention[] {
  // Each spelling's place, looked up once.
  const memo = new Map<Spelling, Place | null>()
  const placeOf = (sp: Spelling): Place | null => {
    let p = memo.get(sp)
    if (p !== undefined) return p
    p = null
    if (!sp.usable) { memo.set(sp, p); return p }
    if (sp.arabic) {
      // Arabic is matched by spelling: many common words share a name's skeleton (الأقل, إغيل).
      for (const k of sp.keys) { const q = places.get(k); if (q?.arabic && arabicForms(q.arabic).some((f) => sp.forms.includes(f))) { p = q; break } }
    } else if (sp.capital) {
      p = sp.keys.map((k) => places.get(k)).find((q) => q?.latin) ?? null
    }
    memo.set(sp, p)
    return p
  }
  return (c, text, stretch, lang) => {
    const out: PlaceMention[] = []
    if (!places.size) return out
    const toks = tokens(text, stretch.start, stretch.end)
    const namesEvent = (i: number) => [toks[i - 1], toks[i + 1]].some((t) => t && conceptsIn(text, t, lang).some((m) => m.concept.event))
    toks.forEach((t, i) => {
      if (t.end > c.span.start && t.start < c.span.end) return
      const place = placeOf(t.sp)
      if (place && !out.some((m) => m.key === place.key) && !namesEvent(i)) out.push({ key: place.key, part: placeNounBy(text, t.start, t.end) })
    })
    return out
  }
}

/** How a place key reads in each language: a country by its names, a place as the texts spell it (else transliterated into Arabic). */
export function placeNames(key: string, places: Map<string, Place>): { en: string; ar: string } {
  if (key.startsWith('=')) {
    const names = countryAliases(key.slice(1))
    return { en: names[0], ar: names.find((n) => ARABIC.test(n)) ?? names[0] }
  }
  const p = places.get(key)
  const en = p?.latin ?? p?.arabic ?? key
  // An Arabic screen shows no Latin letter: a place no report spells in Arabic is transliterated.
  return { en, ar: p?.arabic ?? p?.arabicName ?? (ARABIC.test(en) ? en : transliterate(en)) }
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
