import type { Claim, Lang, Quantity, Span } from '../model'
import { foldKey } from '../text/normalize'
import { arabicReadings } from '../extract/common/prefixes'
import { isDateKind } from '../quantity/parts'
import { CONCEPTS, CONCEPT_BY_ID, PEOPLE_WORDS, type Concept, type UnitFamily } from './measures'

// Which measure a figure states: the concept named by its counted noun ("11300 قتيل", "2,750
// tonnes of ammonium nitrate"), else the concept named nearest to it in its clause, else in its
// sentence (a date's event: "ضرب الزلزال ليل الجمعة"). Words are matched folded, Arabic after
// peeling attached prefixes, French after its elided article.

/** A concept named in a text, with where. */
export interface ConceptMention { concept: Concept; start: number; end: number }

interface Entry { words: string[]; concept: Concept }
const index = new Map<Lang, Map<string, Entry[]>>()

function entriesFor(lang: Lang): Map<string, Entry[]> {
  let m = index.get(lang)
  if (m) return m
  m = new Map()
  for (const concept of CONCEPTS) {
    for (const phrase of concept.words[lang]) {
      const words = splitWords(foldKey(phrase)).map((w) => w.w)
      if (!words.length) continue
      const l = m.get(words[0]) ?? []
      l.push({ words, concept })
      m.set(words[0], l)
    }
  }
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length)
  index.set(lang, m)
  return m
}

interface W { w: string; start: number; end: number }

// Words with French elision split off ("d'ammonium" → "ammonium").
function splitWords(text: string, offset = 0): W[] {
  const out: W[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}ـ]+(?:['’][\p{L}]+)?/gu)) {
    let w = m[0]
    let start = m.index + offset
    const el = /^([ldjmnstc]|qu)['’](.+)$/.exec(w)
    if (el) { start += el[1].length + 1; w = el[2] }
    out.push({ w, start, end: m.index + offset + m[0].length })
  }
  return out
}

/** Every concept named in text[span], in order. */
export function conceptsIn(text: string, span: Span, lang: Lang): ConceptMention[] {
  const entries = entriesFor(lang)
  const words = splitWords(foldKey(text.slice(span.start, span.end)), span.start)
  const out: ConceptMention[] = []
  for (let i = 0; i < words.length; i++) {
    const readings = lang === 'ar' ? withSuffixes(arabicReadings(words[i].w)) : [{ stem: words[i].w, pre: 0 }]
    let hit: { n: number; concept: Concept } | null = null
    for (const r of readings) {
      for (const e of entries.get(r.stem) ?? []) {
        if (e.words.every((x, k) => k === 0 || words[i + k]?.w === x)) { hit = { n: e.words.length, concept: e.concept }; break }
      }
      if (hit) break
    }
    if (hit) {
      out.push({ concept: hit.concept, start: words[i].start, end: words[i + hit.n - 1].end })
      i += hit.n - 1
    }
  }
  return out
}

// Arabic verbs and nouns carry their subject and object as endings ("أطاحوا", "غادرها"): a word
// is also read without one, the longest reading first.
const SUFFIX = /(وا|ون|ين|ها|هم|هن|ه|ت|ا)$/
function withSuffixes(readings: { stem: string; pre: number }[]): { stem: string; pre: number }[] {
  const out = [...readings]
  for (const r of readings) {
    const m = SUFFIX.exec(r.stem)
    if (m && r.stem.length - m[0].length >= 3) out.push({ stem: r.stem.slice(0, -m[0].length), pre: r.pre })
  }
  return out
}

/** What a figure measures, and how sure the reading is: 3 from its counted noun, 2 its clause, 1 its sentence. */
export interface MeasureReading { concept: Concept | null; strength: 0 | 1 | 2 | 3; family: UnitFamily | null }

const NEAR = 40

/**
 * The measure of one claim, read from its text. `clause` is the claim's clause within its sentence;
 * the concept whose family fits the figure wins, the nearest first.
 */
export function measureOf(claim: Claim, text: string, clause: Span, lang: Lang, others: Span[] = []): MeasureReading {
  const fam = familyOfQuantity(claim.quantity) ?? (claim.counted && namesPeople(claim.counted, lang) ? 'people' : null)
  // A date names an event; a duration may too ("a siege of 18 months"); a count names what it counts.
  const fits = (c: Concept) => isDate(claim.quantity) ? c.event === true : claim.quantity.kind === 'duration' ? c.event === true || c.family === 'time' : !c.event && (fam === null || c.family === fam)
  // A dual noun names what it counts ("سدّان", two dams).
  const own = claim.quantity.kind === 'count' ? conceptsIn(claim.text, { start: 0, end: claim.text.length }, lang).find((x) => fits(x.concept)) : undefined
  if (own) return { concept: own.concept, strength: 3, family: fam ?? own.concept.family }
  if (claim.counted) {
    const m = conceptsIn(claim.counted, { start: 0, end: claim.counted.length }, lang).find((x) => fits(x.concept))
    if (m) return { concept: m.concept, strength: 3, family: fam ?? m.concept.family }
  }
  // The word right after a count, when the extractor left it out of the counted noun ("5300 جثة");
  // a time is followed by what it is for ("48 ساعة لمغادرة البلاد"), not what it counts.
  const next = conceptsIn(text, { start: claim.span.end, end: Math.min(claim.sentence.end, claim.span.end + NEAR) }, lang)[0]
  if (next && fits(next.concept) && /^[\s\p{P}]*$/u.test(text.slice(claim.span.end, next.start)) && !isDate(claim.quantity) && claim.quantity.kind !== 'duration') return { concept: next.concept, strength: 3, family: fam ?? next.concept.family }
  // The sentence is read once; the clause's words are those of it that lie inside the clause.
  const inSentence = conceptsIn(text, claim.sentence, lang).filter((x) => fits(x.concept) && !belongsToAnother(x, claim.span, others, text))
  for (const [span, strength] of [[clause, 2], [claim.sentence, 1]] as const) {
    const found = inSentence.filter((x) => x.start >= span.start && x.end <= span.end)
    if (!found.length) continue
    const mid = (claim.span.start + claim.span.end) / 2
    // A date's event is mostly named before it ("سيطرت على الفاشر يوم الأحد، بعد حصار …", "took
    // the city on Sunday"): the nearest word before wins over one after.
    const after = (x: ConceptMention) => (isDate(claim.quantity) && x.start >= claim.span.end ? 1000 : 0)
    found.sort((a, b) => Math.abs((a.start + a.end) / 2 - mid) + after(a) - Math.abs((b.start + b.end) / 2 - mid) - after(b))
    return { concept: found[0].concept, strength, family: fam ?? found[0].concept.family }
  }
  // A unit that only one measure takes names it ("70 km" is a distance, "6.8 درجات" a magnitude).
  const only = fam ? ONLY_CONCEPT.get(fam) : undefined
  if (only && claim.quantity.kind === 'count') return { concept: only, strength: 3, family: fam }
  return { concept: null, strength: 0, family: fam }
}

// The families with a single measure.
const ONLY_CONCEPT = new Map<UnitFamily, Concept>()
for (const c of CONCEPTS.filter((x) => !x.event)) {
  const same = CONCEPTS.filter((x) => !x.event && x.family === c.family)
  if (same.length === 1) ONLY_CONCEPT.set(c.family, c)
}

// In a list of figures ("قُتل 50 وأصيب 100", "73 شهيداً و3000 جريح", "killed 170 and injured 6,000")
// a word names the figure it stands by: not one with another figure between them, nor one that
// is another figure's counted noun.
function belongsToAnother(m: ConceptMention, own: Span, others: Span[], text: string): boolean {
  for (const o of others) {
    if (o.start === own.start && o.end === own.end) continue
    if ((o.start >= m.end && o.end <= own.start) || (o.start >= own.end && o.end <= m.start)) return true
    if (o.end <= m.start && /^[\s\p{P}]{0,2}$/u.test(text.slice(o.end, m.start))) return true
  }
  return false
}

const people = new Map<Lang, Set<string>>()
function namesPeople(counted: string, lang: Lang): boolean {
  let set = people.get(lang)
  if (!set) { set = new Set(PEOPLE_WORDS[lang].map(foldKey)); people.set(lang, set) }
  const first = splitWords(foldKey(counted))[0]?.w ?? ''
  return (lang === 'ar' ? arabicReadings(first) : [{ stem: first, pre: 0 }]).some((r) => set.has(r.stem))
}

const isDate = (q: Pick<Quantity, 'kind'>) => isDateKind(q.kind)

const UNIT_FAMILY: Record<string, UnitFamily> = {
  tonne: 'mass', kg: 'mass', g: 'mass', ounce: 'mass', km: 'distance', m: 'distance', mi: 'distance', nmi: 'distance', ft: 'distance',
  km2: 'area', m2: 'area', ha: 'area', m3: 'volume', magnitude: 'magnitude', '%': 'percent', barrel: 'volume', MW: 'other', kW: 'other', '°C': 'other',
}

/** The family a quantity's unit fixes, or null for a plain count (its noun decides). */
export function familyOfQuantity(q: Pick<Quantity, 'kind' | 'unit'>): UnitFamily | null {
  if (q.kind === 'money') return 'money'
  if (q.kind === 'percent') return 'percent'
  if (q.kind === 'duration') return 'time'
  if (q.kind === 'date' || q.kind === 'daterange') return 'date'
  if (q.kind === 'rate') return q.unit && /^[A-Z]{3}\//.test(q.unit) ? 'money' : 'other'
  return q.unit ? UNIT_FAMILY[q.unit] ?? 'other' : null
}

export const conceptById = (id: string | undefined) => (id ? CONCEPT_BY_ID.get(id) ?? null : null)
