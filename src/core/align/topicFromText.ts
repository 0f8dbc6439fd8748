import type { Lang, QuantityKind, Topic } from '../model'
import { foldKey } from '../text/normalize'
import { CONCEPTS, within, type Concept } from './measures'
import { unsaid } from './unsaid'
import { conceptsIn, type ConceptMention } from './measureOf'
import { countryAliases, isCountryWord, isPeopleWord, seatNames } from '../entities/countries'
import { KNOWN_ORIGINS } from '../compare/origins'
import { placeNounBy } from './places'
import { eventOfDateWords } from './eventWords'
import { nounKey } from './coverageCues'
import { bodyNames, speakerNamed } from './speakers'
import { withNarrowing } from './narrowing'
import { withoutAsides } from '../text/words'

// A topic from the words a reader would use to name it ("Death toll in Derna", "حصيلة القتلى في
// درنة", "Magnitude of the Al Haouz earthquake"): its measure is the concept those words name, its
// entity the proper names among them. Spelling variants and other scripts are matched later by
// the name's folded skeleton, so one spelling is enough.

export interface TopicWords {
  id: string
  /** What a reader calls it. */
  label: string
  /** What is counted or dated, in a phrase ("people killed by the flood in Derna"). */
  measure?: string
  kind: QuantityKind
  lang?: Lang
}

// Capitalised words that name no place or body: the start of a phrase, months, weekdays.
const NOT_NAMES = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'and', 'or', 'for', 'by', 'to', 'from', 'at', 'when', 'how', 'who', 'what', 'people', 'death', 'toll', 'date', 'day', 'number', 'share', 'time', 'money', 'length', 'distance', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'sept', 'aug', 'oct', 'nov', 'dec', 'storm', 'un', 'al', 'el'])
const ARTICLE = /^(al|el|le|la|les)[-\s]/i
// Names carry particles in lower case: an Arabic article joined by a hyphen ("Wad al-Nourah",
// "Abdel Fattah al-Burhan") is part of the name it starts; so is a particle between two
// capitalised words ("Rio de Janeiro", "Wad al Nourah", "Dar es Salaam"). (Not an English word
// that happens to stand there: "as", "at", "an" are left out.)
const ARTICLED = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez)-\p{Lu}/u
const PARTICLE = /^(?:al|el|es|de|da|do|dos|das|del|di|du|van|von|der|bin|ibn|ben|ould|abu)$/
// Word edges in Unicode (lookarounds on letters and digits): a regex word boundary is ASCII-only and
// would see none beside an accented or Arabic letter.
const PROJECTION = /(?<![\p{L}\p{N}])(expected|projected|feared|eventual|estimated final|could reach|forecast)(?![\p{L}\p{N}])|متوقع|المتوقعة|يتوقع|attendu|prévu/iu

// People expected somewhere are the ones who were to come, not a projection of a count ("people
// expected at the concert", "spectateurs attendus au stade", "المتوقع حضورهم"): those words are read out first.
const EXPECTED_AT = /(?<![\p{L}\p{N}])(?:expected|attendus|attendues|attendu|attendue)\s+(?:at|to attend|to come|au|aux|pour assister)(?![\p{L}\p{N}])|المتوقع حضورهم|المتوقع حضور|المنتظر حضور/giu

const AGE = 'age'
const ESTIMATE = /(?<![\p{L}\p{N}])(estimated|estimé|estimée|estimés)(?![\p{L}\p{N}])|المقدر|التقديرية/iu

// A topic about the rest of a place: "Deaths outside Derna", "الوفيات خارج درنة", "hors de Derna".
const ELSEWHERE = /(?<![\p{L}\p{N}])(outside|elsewhere|other parts|rest of|hors de|en dehors|ailleurs|autres localités)(?![\p{L}\p{N}])|خارج|باقي|بقية/iu

/**
 * A topic built from a reader's words. When they name no measure this product reads ("Schools
 * closed in Tinville"), the topic still exists, with the words themselves as its cues; null only
 * when no word of it is left to look for.
 */
export function topicFromText(w: TopicWords): Topic | null {
  const lang = w.lang ?? (/\p{Script=Arabic}/u.test(w.label) ? 'ar' : 'en')
  // (An aside in brackets in the measure phrase says what the topic leaves out or takes in besides,
  // "people rushed to hospital (including the 30 who died there)": it names no measure of it.)
  const words = `${w.label}. ${withoutAsides(w.measure ?? '')}`
  // A label in Latin letters of no stated language is read as English, else as French ("Nombre de pèlerins").
  const concept = (w.lang || lang === 'ar' ? [lang] : latinLangs(w.label)).reduce<Concept | null>((got, l) => got ?? pickConcept(w.label, words, l, w.kind), null) ?? eventOfDateWords(words, w.kind, CONCEPTS) ?? fallback(w.kind)
  // The label names the topic's entity; with none, the topic is about the whole story.
  // (A name in brackets says whose count it is or the wider place, "Deaths in Nairobi (KNCHR)",
  // "Deaths at Lakhdaria (Bouira)": the topic is about the name outside them.)
  const bare = withoutAsides(w.label)
  const named = namesIn(bare, lang, true).length ? namesIn(bare, lang, true) : namesIn(w.label, lang, true)
  // A topic about one people ("Egyptian dead without a Hajj permit") is that people's: another
  // name of its label says what they are counted for (the story's own event), and as an alias it
  // would let every figure of the story in.
  // A name in the words that say whose count it is belongs to the speaker ("Deaths counted by the
  // Syrian health ministry", "Deaths counted by the White Helmets"): the speaker narrows the topic
  // (placement reads it), the name is no place a figure must stand by.
  const speaker = speakerNamed(words)?.phrase ?? ''
  const own = named.filter((n) => !speaker.includes(n))
  const names = own.length > 1 && isPeopleWord(own[0]) ? own.filter(isCountryWord) : own
  // Countries and peoples carry their names in the other languages: "Egyptians" finds "مصريين";
  // so do capitals: "Cairo" finds "Le Caire" and "القاهرة".
  // A pair of names ("the Paris-Niamey standoff") is about either: each is an alias.
  const parts = names.flatMap((n) => (/^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+$/u.test(n) ? n.split('-') : []))
  // A body carries its names in the other languages too ("ECOWAS" finds "إيكواس" and "CEDEAO").
  const aliases = [...new Set([...names, ...parts].flatMap((n) => [n, n.replace(ARTICLE, ''), ...withoutPlaceNoun(n), ...countryAliases(n), ...seatNames(n), ...bodyAliases(n)]))]
  const base: Topic = withNarrowing({
    id: w.id,
    label: { en: w.label, ar: w.label },
    // No name: the topic is about the whole story its articles tell.
    entity: { name: names[0] ?? '', aliases },
    measure: w.measure ?? w.label,
    kind: w.kind,
    alsoKinds: w.kind === 'date' ? ['daterange'] : w.kind === 'daterange' ? ['date', 'duration'] : w.kind === 'count' && concept?.id === AGE ? ['duration'] : undefined,
    cues: [],
    // (An estimate named in the label is one too: "Estimated total dead", "Nombre estimé de morts";
    // not of money: a damage, a cost or a need is only ever given as an estimate, "Estimated cost of
    // the damage" is every report's figure, not a projection of it.)
    projection: PROJECTION.test(words.replace(EXPECTED_AT, ' ')) || (ESTIMATE.test(w.label) && w.kind !== 'money') || undefined,
    scope: null,
    time: null,
  })
  if (!concept) {
    const cues = wordCues(aliases, words, w.label)
    return cues.length ? { ...base, cues, cuesFromLabel: true } : null
  }
  return {
    ...base,
    concept: concept.id,
    elsewhere: ELSEWHERE.test(w.label) || undefined,
    // "Deaths in Taroudant province": a place inside the story, a part of its whole.
    scope: names.find((n) => { const at = w.label.indexOf(n); return at >= 0 && placeNounBy(w.label, at, at + n.length) }) ?? null,
  }
}

// A body's other names, from the table of bodies news cites: short ones ("AU", "UA", "UN") would
// also be words of a text ("au", "un"), and are left out.
const BODIES = new Map(KNOWN_ORIGINS.flatMap((names) => names.map((n) => [foldKey(n), names] as const)))
function bodyAliases(name: string): string[] {
  return [...BODIES.get(foldKey(name)) ?? [], ...bodyNames(name)].filter((n) => n.length > 3)
}

// A name ending in its place noun ("Kerr County", "Taroudant Province") is also its name alone:
// other languages put their own noun first ("مقاطعة كير", "la province de Taroudant"). (Not "State"
// nor "City": "Islamic State" is no Islamic, "Gaza City" and "Mexico City" no strip or country.)
const PLACE_NOUN_END = /\s+(?:County|Province|District|Region|Governorate|Prefecture|Municipality|Department)$/u
function withoutPlaceNoun(name: string): string[] {
  const bare = name.replace(PLACE_NOUN_END, '')
  return bare !== name && /\p{Lu}/u.test(bare) ? [bare] : []
}

// The languages a label in Latin letters may be in: English, French or both when its little words do
// not tell ("Missiles fired in the barrage" is English, and its barrage no dam).
const EN_WORDS = /(?<![\p{L}'’])(?:the|of|in|on|by|for|and|to|at|from|with|per|who|that|were|was)(?![\p{L}'’])/iu
const FR_WORDS = /(?<![\p{L}])(?:de|du|des|le|la|les|à|au|aux|en|et|sur|pour|par|dans|d['’]|l['’])(?![\p{L}])/iu
function latinLangs(label: string): Lang[] {
  const en = EN_WORDS.test(label)
  const fr = FR_WORDS.test(label)
  return en && !fr ? ['en'] : fr && !en ? ['fr'] : ['en', 'fr']
}

// A topic whose measure no concept names: its cues are the content words of the reader's label (of
// the measure phrase when the label has none; a plural also finds its singular), matched like a
// curated topic's cue list. The measure phrase's other words say what caused it, not what is counted.
function wordCues(aliases: string[], words: string, label: string): string[] {
  const named = new Set(aliases.flatMap((a) => a.toLowerCase().split(/\s+/)))
  const content = (t: string) => [...new Set((t.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [])
    // (A possessive is its owner's word: "Faye's" is Faye.)
    .map((x) => x.replace(/['’]s$/u, ''))
    .filter((x) => x.length >= 4 && !named.has(x))
    // (An Arabic word without its clitics and article: "المساجد" is found in "بالمساجد" and "مساجد".)
    .map((x) => (/\p{Script=Arabic}/u.test(x) ? nounKey(x, 'ar') : /[^s]s$/.test(x) && x.length > 4 ? x.slice(0, -1) : x))
    .filter((x) => !CUE_STOPWORDS.has(x)))]
  const fromLabel = content(label)
  return fromLabel.length ? fromLabel : content(words)
}

// Words of a label that say nothing of what is measured.
const CUE_STOPWORDS = new Set(['number', 'date', 'when', 'what', 'which', 'that', 'this', 'with', 'from', 'into', 'over', 'after', 'before', 'during', 'their', 'there', 'were', 'have', 'been', 'total', 'figure', 'figures', 'count', 'amount', 'value', 'size', 'length', 'share', 'people', 'according', 'reported', 'said', 'says',
  'nombre', 'dans', 'pour', 'avec', 'selon', 'عدد', 'تاريخ', 'حسب'])

// The concept named first that fits the kind: a date names an event, a count something counted.
// A narrower measure the label names beside its wider one is the one meant ("Dead already buried").
function pickConcept(label: string, text: string, lang: Lang, kind: QuantityKind): Concept | null {
  const dated = kind === 'date' || kind === 'daterange'
  // (A date reads every measure a word names: "Date health workers were abducted" is an abduction's.)
  // (A thing's noun before another measure word modifies it: "Pager injured", "Hospital staff
  // killed" count the injured and the killed; "Provinces affected", "Pagers that detonated" count
  // the provinces and the pagers.)
  const named = (t: string) => {
    const all = conceptsIn(t, { start: 0, end: t.length }, lang, dated || kind === 'duration')
    const modifier = (m: ConceptMention) => m.countedOnly && !/s$/iu.test(t.slice(m.start, m.end)) && all.some((o) => o.start >= m.end && /^[\s-]*$/u.test(t.slice(m.end, o.start)))
    return all.filter((m) => !modifier(m))
  }
  const inLabel = named(label)
  const found = named(text)
  // A duration is the length of an event ("Length of the siege") or of something timed (mourning).
  // A length of time is never a distance or a mass ("how long it was stored" is no length in km).
  // (An age is a number of years a reader may ask for as a count: "Faye's age".)
  const fits = (c: Concept) => (kind === 'duration' ? c.event || c.family === 'time' : dated ? c.event : (!c.event && familyFits(c, kind)) || (kind === 'count' && c.id === AGE))
  // A label that names a group and what happened to it ("Pilgrims who died", "Secouristes tués") is
  // about what happened; one that names the group alone ("Number of pilgrims") counts the group,
  // whatever its measure phrase adds ("removed by security forces").
  // A word that only says something began or happened ("broke out", "اندلاع") defers to one that
  // names what ("تاريخ اندلاع الحرائق": the fires).
  const pick = (l: ConceptMention[]) => (l.find((m) => fits(m.concept) && !m.generic && !m.concept.group) ?? l.find((m) => fits(m.concept) && !m.concept.group) ?? l.find((m) => fits(m.concept)))?.concept
  // (At any depth: "Victims identified" are remains identified, some of the bodies of the dead; not
  // a part the label says is yet to be: "Bodies not yet identified" are bodies.)
  // (And so is what befalls the things it counts: "Homes without power", "Foyers privés d'électricité".)
  const fit = inLabel.find((m) => fits(m.concept) && !(m.concept.partOf && unsaid(label, m)) && inLabel.some((w) => w.concept.id === m.concept.broader || within(m.concept, w.concept.id) || !!m.concept.befalls?.includes(w.concept.id)))?.concept ?? pick(inLabel) ?? pick(found)
  return fit ?? null
}

// A kind alone can say it: a date with no event named is the day the disaster struck; money with
// no noun is damage or aid only if named.
const fallback = (kind: QuantityKind): Concept | null => (kind === 'date' || kind === 'daterange' ? CONCEPTS.find((c) => c.id === 'struck')! : null)

const familyFits = (c: Concept, kind: QuantityKind) => (kind === 'money' ? c.family === 'money' : kind === 'percent' ? c.family === 'percent' : kind === 'count' ? c.family !== 'money' && c.family !== 'percent' && c.family !== 'time' : true)

// Proper names: capitalised words in Latin scripts, kept together ("Al Haouz", "El Fasher"), the
// first word of a label only when it is part of such a run ("Death toll" is no name); in Arabic,
// the words after "في"/"بـ" that no concept names.
function namesIn(text: string, lang: Lang, label: boolean): string[] {
  const out: string[] = []
  if (lang === 'ar') {
    for (const m of text.matchAll(/(?:^|\s)(?:في|ب|من)\s*([\p{L}]{3,}(?:\s+[\p{L}]{3,})?)/gu)) {
      const name = m[1].trim()
      if (!conceptsIn(name, { start: 0, end: name.length }, 'ar').length) out.push(name)
    }
    return out
  }
  const tokens = [...text.matchAll(/[\p{L}'’-]+/gu)]
  let run: string[] = []
  let first = true
  const flush = () => {
    // A label's first word alone is its head noun ("Killings", "Seriously"), not a name, unless it
    // names a country or a people ("Egyptians killed in the floods").
    // (Unless it is said to own what is measured: "Tebboune's age", "Soleimani's age at death".)
    if (run.length && !(first && run.length === 1 && label && runStart === 0 && countryAliases(run[0]).length === 1 && !possessive)) out.push(run.join(' '))
    run = []
    first = false
  }
  let runStart = -1
  let possessive = false
  let end = 0
  tokens.forEach((t, i) => {
    // Names set side by side by a mark are two ("Thailand / Bangkok", "Niger, Mali"), not one name.
    // (Not a full stop: "U.S." is one name.)
    if (run.length && /[/,;|&()]|\s[-–—]\s/u.test(text.slice(end, t.index))) flush()
    end = t.index + t[0].length
    const word = t[0].replace(/['’]s$/u, '')
    if (i === 0) possessive = word !== t[0]
    const cap = (/^\p{Lu}/u.test(word) || ARTICLED.test(word)) && !NOT_NAMES.has(foldKey(word)) && !conceptsIn(word, { start: 0, end: word.length }, 'en').length
    const joiner = /^(al|el)$/i.test(word) && /^\p{Lu}/u.test(word)
    // (A particle in lower case inside a name keeps it whole: "Wad al Nourah", "Rio de Janeiro".)
    const next = tokens[i + 1]
    const inside = run.length > 0 && PARTICLE.test(word) && !!next && /^\p{Lu}/u.test(next[0]) && /^\s+$/u.test(text.slice(end, next.index))
    if (cap || (joiner && run.length === 0) || inside) { if (!run.length) runStart = i; run.push(word) } else flush()
  })
  flush()
  return out.filter((n) => !/^(al|el)$/i.test(n))
}
