import type { Claim, Lang, Quantity, Span } from '../model'
import { compact, foldKey } from '../text/normalize'
import { arabicReadings } from '../extract/common/prefixes'
import { isDateKind } from '../quantity/parts'
import { clauses } from '../text/segment'
import { countsPlaces } from './places'
import { isPartitive, pointerOf, previousSentenceStart } from './carriedOver'
import { attachedEvent, framesSentence, reportedEvent, setOff, signedNotHappened, standsBy, storyEventsIn } from './dateEvent'
import { isElapsed } from './elapsed'
import { isBound } from './dateSiblings'
import { sinceEvent } from './dateSince'
import { verbForms } from './verbForms'
import { reachedBy } from './reachedBy'
import { introducesPart, restatedBy } from './partOfSet'
import { casesOf, namesTheCases } from './casesOf'
import { CONCEPTS, CONCEPT_BY_ID, COUNTED_ONLY_WORDS, GENERIC_WORDS, PEOPLE_WORDS, type Concept, type UnitFamily } from './measures'
import { moneyVerb } from './moneyVerb'
import { ordinalTranche } from './tranches'
import { ofNounAfter, worthOf } from './worthOf'
import { isAge } from './age'
import { unsaid } from './unsaid'
import { ballotMeasure } from './ballot'

// Which measure a figure states: the concept named by its counted noun ("11300 قتيل", "2,750
// tonnes of ammonium nitrate"), else the concept named nearest to it in its clause, else in its
// sentence (a date's event: "ضرب الزلزال ليل الجمعة"). Words are matched folded, Arabic after
// peeling attached prefixes, French after its elided article.

/**
 * A concept named in a text, with where; generic when its word only says something happened or
 * money moved; countedOnly when its word names the measure only as a figure's own noun ("1 400
 * hommes" are troops, "104, tous des hommes" are men).
 */
export interface ConceptMention { concept: Concept; start: number; end: number; generic?: boolean; countedOnly?: boolean }

interface Entry { words: string[]; concept: Concept; generic: boolean; countedOnly: boolean }
const index = new Map<Lang, Map<string, Entry[]>>()

function entriesFor(lang: Lang): Map<string, Entry[]> {
  let m = index.get(lang)
  if (m) return m
  m = new Map()
  for (const concept of CONCEPTS) {
    // (A measure of people is also named by its verbs' other forms: "detains", "tuent".)
    const phrases = concept.family === 'people' && !concept.event ? concept.words[lang].flatMap((w) => [w, ...verbForms(w, lang)]) : concept.words[lang]
    for (const phrase of phrases) {
      const words = splitWords(foldKey(phrase)).map((w) => w.w)
      if (!words.length) continue
      // (Places are counted in the plural only, "67 villes", "40 cities": "la ville de Derna" is where.)
      for (const key of new Set([words[0], ...(lang === 'ar' || concept.family === 'places' ? [] : [stem(words[0])])])) {
        const l = m.get(key) ?? []
        l.push({ words, concept, generic: GENERIC.has(words.join(' ')), countedOnly: !!concept.countedOnly || (words.length === 1 && COUNTED_ONLY.has(words[0])) })
        m.set(key, l)
      }
    }
  }
  for (const l of m.values()) l.sort((a, b) => b.words.length - a.words.length)
  index.set(lang, m)
  return m
}

interface W { w: string; start: number; end: number }
const GENERIC = new Set([...GENERIC_WORDS].map((w) => splitWords(foldKey(w)).map((x) => x.w).join(' ')))
const COUNTED_ONLY = new Set(Object.values(COUNTED_ONLY_WORDS).flat().map(foldKey))

// French and English inflect the words of a measure: "sauvé, sauvées", "death, deaths". A word
// is also read without its plural and feminine endings, and so is the lexicon.
// (A stem without "es" keeps five letters: "planes" is "plane", so that "plan" is no aircraft.)
const stem = (w: string) => (w.length <= 4 ? w : /es$/.test(w) && w.length >= 7 ? w.slice(0, -2) : w.replace(/[se]$/, ''))

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

/** Every concept named in text[span], in order. `every`: a word that names several ("غادر": fled, withdrew) gives each. */
export function conceptsIn(text: string, span: Span, lang: Lang, every = false): ConceptMention[] {
  const entries = entriesFor(lang)
  // Folding drops marks (a shadda, harakat): positions are mapped back to the original text.
  const folded = compact(text.slice(span.start, span.end))
  const words = splitWords(folded.text).map((w) => ({ w: w.w, start: span.start + folded.offsets[w.start], end: span.start + folded.offsets[w.end] }))
  const out: ConceptMention[] = []
  for (let i = 0; i < words.length; i++) {
    const readings = lang === 'ar' ? withSuffixes(arabicReadings(words[i].w)) : [{ stem: words[i].w, pre: 0 }, { stem: stem(words[i].w), pre: 0 }]
    let hit: { n: number; concept: Concept; generic: boolean; countedOnly: boolean } | null = null
    // (A word's other measures follow its first one: on a tie of distance, the first is read.)
    const also: ConceptMention[] = []
    for (const r of readings) {
      for (const e of entries.get(r.stem) ?? []) {
        if (!e.words.every((x, k) => k === 0 || words[i + k]?.w === x)) continue
        if (every && hit) { also.push({ concept: e.concept, start: words[i].start, end: words[i + e.words.length - 1].end }); continue }
        hit = { n: e.words.length, concept: e.concept, generic: e.generic, countedOnly: e.countedOnly }
        if (!every) break
      }
      if (hit) break
    }
    if (hit) {
      out.push({ concept: hit.concept, start: words[i].start, end: words[i + hit.n - 1].end, ...(hit.generic ? { generic: true } : {}), ...(hit.countedOnly ? { countedOnly: true } : {}) }, ...also)
      i += hit.n - 1
    }
  }
  return out
}

// Arabic verbs and nouns carry their subject and object as endings ("أطاحوا", "غادرها"): a word
// is also read without one, the longest reading first.
const SUFFIX = /(وا|ون|ين|ها|هم|هن|ه|ت|ا)$/
// And a verb in the future carries its person and tense in front ("ستغادر", "سينسحب"): it is
// also read without them (not a bare ت or ي: "تقارب" is no boat).
const TENSE = /^س[يتن]/
function withSuffixes(readings: { stem: string; pre: number }[]): { stem: string; pre: number }[] {
  const out = [...readings]
  for (const r of readings) {
    const t = TENSE.exec(r.stem)
    if (t && r.stem.length - t[0].length >= 3) out.push({ stem: r.stem.slice(t[0].length), pre: r.pre })
  }
  for (const r of [...out]) {
    const m = SUFFIX.exec(r.stem)
    if (!m || r.stem.length - m[0].length < 3) continue
    const rest = r.stem.slice(0, -m[0].length)
    out.push({ stem: rest, pre: r.pre })
    // A final ى is written ا before an ending ("قتلاها": قتلى).
    if (rest.endsWith('ا')) out.push({ stem: `${rest.slice(0, -1)}ي`, pre: r.pre })
    // And a verb ending in ى drops it before its person ("أجلت", "أجلوا": أجلى).
    if (/^(?:ت|وا)$/.test(m[0])) out.push({ stem: `${rest}ي`, pre: r.pre })
  }
  return out
}

/** What a figure measures, and how sure the reading is: 3 from its counted noun, 2 its clause, 1 its sentence. */
export interface MeasureReading {
  concept: Concept | null; strength: 0 | 1 | 2 | 3; family: UnitFamily | null
  /** The figure's clause when it runs on past an aside ("260,000 civilians, half of them children, were trapped"): its names are the figure's too. */
  clause?: Span
}

const NEAR = 40

/**
 * The measure of one claim, read from its text. `clause` is the claim's clause within its sentence;
 * the concept whose family fits the figure wins, the nearest first.
 */
export function measureOf(claim: Claim, text: string, clause: Span, lang: Lang, figures: Figure[] = [], aside: Span | null = null): MeasureReading {
  const counted = claim.counted ? headNoun(claim.counted, lang) : null
  const fam = familyOfQuantity(claim.quantity) ?? (counted && namesPeople(counted, lang) ? 'people' : counted && countsPlaces(counted) ? 'places' : null)
  // A number's measure word is claimed only by another figure of its kind, never by a date or a
  // share between them ("260,000 civilians, half of them children, were trapped"); any figure
  // between a date and a word keeps the word from the date.
  const others = isDate(claim.quantity) ? figures : figures.filter((o) => !o.date && (o.kind === undefined || o.kind === claim.quantity.kind))
  // The telling event words of a date's sentence, and the event a date is the complement of ("the
  // coup of 26 July", "انقلاب الصيف الماضي", "le drame survenu dans la nuit de dimanche à lundi"):
  // that event is dated, whatever the extractor took the date for.
  // (Read around the date only: an event's noun stands within a few words of it, and what a
  // statement reports right after it.)
  const near = isDate(claim.quantity) ? { start: Math.max(claim.sentence.start, claim.span.start - 60), end: Math.min(claim.sentence.end, claim.span.end + 120) } : null
  const events = near ? conceptsIn(text, near, lang).filter((x) => x.concept.event && !x.generic && !x.countedOnly && !x.concept.instant).map(seizedPower(text)) : []
  const attached = near ? attachedEvent(claim.span, text, events, storyEventsIn(text, near, lang), () => leadEvent(text, lang)) : null
  const said = isDate(claim.quantity) && !isBound(claim) && (claim.role === 'statement-time' || SAID_ON.test(foldKey(text.slice(Math.max(claim.sentence.start, claim.span.start - 24), claim.span.start))))
  // The day of a statement is the day something was announced ("قال ماكرون، مساء اليوم الأحد، إن"),
  // and the day of what it reports as done ("announced on Sunday that it had taken the city").
  // (A report's day is the day it was published: "a publié son rapport préliminaire le 6 novembre".)
  const report = events.find((x) => x.concept.id === REPORT_OUT)?.concept
  if (claim.role === 'statement-time') return attached ? { concept: attached, strength: 2, family: 'date' } : reported(claim, text, lang, events) ?? (report ? { concept: report, strength: 2, family: 'date' } : { concept: ANNOUNCED, strength: 2, family: 'date' })
  // A date said as a latest day is a deadline, whatever event its sentence names ("French troops
  // out by year-end", "الانسحاب قبل نهاية العام", "un retrait total au 31 décembre"); a day's
  // event is no deadline ("killed by Tuesday's explosion").
  if (isDate(claim.quantity) && !/^['’]s(?![\p{L}])/u.test(text.slice(claim.span.end, claim.span.end + 3)) && (AU_DAY.test(claim.text) || DEADLINE_FORM.test(foldKey(text.slice(Math.max(claim.sentence.start, claim.span.start - 14), claim.span.end))))) return { concept: DEADLINE, strength: 3, family: 'date' }
  if (attached) return { concept: attached, strength: 2, family: 'date' }
  // A start bound dates the start of what its sentence tallies since then (dateSince.ts).
  const since = isDate(claim.quantity) ? sinceEvent(claim, text, lang, () => leadEvent(text, lang), conceptsIn) : null
  if (since) return { concept: since, strength: 2, family: 'date' }
  // A date right after a verb of saying or publishing dates the words, not the event they tell
  // ("updated on Wednesday evening", "a assuré vendredi", "أعلنت يوم الأحد").
  if (said) return reported(claim, text, lang, events) ?? (report ? { concept: report, strength: 2, family: 'date' } : { concept: ANNOUNCED, strength: 2, family: 'date' })
  // Years set off beside a name are that person's age ("Tebboune, 78,", "Youcef Aouchiche, 41 ans,").
  if (isAge(claim, text)) return { concept: AGE, strength: 3, family: 'time' }
  // A vote's option or its voters taking part say what a share or a count of a vote is (ballot.ts).
  const ballot = ballotMeasure(claim, text, clause, others)
  if (ballot) return { concept: CONCEPT_BY_ID.get(ballot)!, strength: 2, family: CONCEPT_BY_ID.get(ballot)!.family }
  // A date names an event; a duration may too ("a siege of 18 months"); a count names what it counts.
  const happenedMemo = new Map<UnitFamily, boolean>()
  // (The clause a part's clause leans on too: "le nombre de pèlerins décédés passe à 658, dont 630".)
  const lead = leadOf(text, clause, claim.sentence)
  const happened = (f: UnitFamily) => happenedMemo.get(f) ?? happenedMemo.set(f, happenedTo(f, claim, text, clause, lang, others) || (!!lead && happenedTo(f, claim, text, lead, lang, others))).get(f)!
  // A group ("pilgrims", "secouristes") is the measure only when its clause names nothing that happened to it ("died", "tués").
  const fits = (c: Concept) => (isDate(claim.quantity) ? c.event === true : claim.quantity.kind === 'duration' ? (c.event === true && !c.instant) || c.family === 'time' : !c.event && (fam === null ? c.family !== 'time' && !c.unitOnly : c.family === fam)) && !(c.group && happened(c.family))
  // A time since an event counts from the event named right after "after" or "since" ("two weeks
  // after Macron announced the withdrawal", "trois jours après l'annonce du retrait", "بعد أسبوعين
  // من إعلان الانسحاب"), an announcement too: the first event word there, before any break.
  if (claim.quantity.kind === 'duration' && isElapsed(claim, text)) {
    const rest = { start: claim.span.end, end: Math.min(claim.sentence.end, claim.span.end + 40) }
    const from = conceptsIn(text, rest, lang).find((x) => x.concept.event && !x.generic)
    if (from && SINCE_WORD.test(text.slice(claim.span.end, from.start)) && !/[,،;؛.:]/u.test(text.slice(claim.span.end, from.start))) return { concept: from.concept, strength: 2, family: 'time' }
  }
  // A dual noun names what it counts ("سدّان", two dams).
  // A dual is one word; a longer figure's words are its qualifier ("ما لا يقل عن" is no "يقل").
  // So does a share said in words ("نصف المدينة", "près de la moitié de la ville").
  // (Not the word of a percentage's own unit, "48 per cent", "48 بالمائة": it says the figure is a
  // share, not of what; its clause says that, "a turnout of 48 per cent".)
  // And a length of time whose words hold what it measures, or begin it: "8,200 flying hours",
  // "12 years in prison", "5300 ساعة طيران".
  const timeOwn = claim.quantity.kind === 'duration' ? conceptsIn(text, { start: claim.span.start, end: Math.min(claim.sentence.end, claim.span.end + 30) }, lang).find((x) => x.start < claim.span.end && !x.generic && fits(x.concept)) : undefined
  if (timeOwn) return { concept: timeOwn.concept, strength: 3, family: 'time' }
  const own = (claim.quantity.kind === 'count' && !/\s/.test(claim.text.trim())) || claim.quantity.kind === 'percent' ? conceptsIn(claim.text, { start: 0, end: claim.text.length }, lang).find((x) => fits(x.concept) && !(claim.quantity.kind === 'percent' && PERCENT_UNIT.test(foldKey(claim.text.slice(x.start, x.end))))) : undefined
  if (own) return { concept: own.concept, strength: 3, family: fam ?? own.concept.family }
  // A distance said of a thing is its length: "the 20- to 30-metre boat", "a 25-metre (82-foot)
  // trawler", "un chalutier de 25 mètres", "قارب صيد من 25 متراً"; one said from a place is not.
  if (familyOfQuantity(claim.quantity) === 'distance' && claim.quantity.kind === 'count' && lengthOfThing(claim, text, lang)) return { concept: LENGTH, strength: 3, family: 'distance' }
  // A figure in a unit of land ("2,100 acres", "500 هكتار", "11 000 hectares") is an area, whatever
  // follows its unit ("of forest", "de pinède").
  if (familyOfQuantity(claim.quantity) === 'area' && claim.quantity.kind === 'count') return { concept: AREA, strength: 3, family: 'area' }
  // Litres per square metre are rain that fell, whatever the sentence calls it ("il est tombé 491
  // litres d'eau par m2", "300 litres per square metre", "300 لتر في المتر المربع").
  if (claim.quantity.unit === 'L' && PER_AREA.test(text.slice(claim.span.end, Math.min(claim.sentence.end, claim.span.end + 40)))) return { concept: RAIN, strength: 3, family: 'other' }
  // An amount right after a verb of receiving or paying is a payment, whoever its subject names
  // ("owners of destroyed houses will receive 140,000 dirhams", "les sinistrés percevront 20 000
  // euros", "يحصل أصحاب المنازل المنهارة على ١٤٠ ألف درهم").
  if (claim.quantity.kind === 'money' && PAID.test(foldKey(text.slice(Math.max(clause.start, claim.span.start - 60), claim.span.start)))) return { concept: AID, strength: 2, family: 'money' }
  const governed = ordinalTranche(claim, text, claim.sentence, lang, CONCEPT_BY_ID) ?? moneyVerb(claim, text, clause, lang) ?? worthOf(claim, text, lang, conceptsIn) ?? ofNounAfter(claim, text, lang, conceptsIn)
  if (governed) return { concept: governed, strength: 2, family: 'money' }
  // A narrower word of the clause says which of the counted noun's kind these are ("2,884 dead
  // were buried", "2884 défunts ont été inhumés": the buried among the dead).
  // (So does a part of it, "20 injured remain in hospital", "the remains of four were identified",
  // when the clause says it of them, not that it is yet to be: "bodies still to be identified".)
  // (A part joined to a word of the whole by "and" adds to it: "3 958 corps retrouvés et identifiés" are bodies found.)
  // (The narrowest the clause names: "les corps de 84 victimes ont été identifiés" are remains identified.)
  const narrowed = (c: Concept): Concept => {
    const words = conceptsIn(text, clause, lang).filter((x) => x.end <= claim.span.start || x.start >= claim.span.end)
    const alongside = (x: ConceptMention) => words.some((y) => (y.concept === c || y.concept.broader === c.id) && y.end <= x.start && /^\s*,?\s*(?:and|et|و)\s*$/iu.test(text.slice(y.end, x.start)))
    const n = words.find((x) => (x.concept.broader === c.id || x.concept.partOf === c.id) && !(x.concept.partOf && (unsaid(text, x) || alongside(x))))?.concept
    return n ? (n.id === c.id ? n : narrowed(n)) : c
  }
  if (counted) {
    const m = conceptsIn(counted, { start: 0, end: counted.length }, lang).find((x) => fits(x.concept))
    // (What befalls the things counted is their measure: "4,500 homes were left without power".)
    const befell = m && conceptsIn(text, clause, lang).find((x) => x.concept.befalls?.includes(m.concept.id) && (x.end <= claim.span.start || x.start >= claim.span.end) && !unsaid(text, x))
    if (befell) return { concept: befell.concept, strength: 3, family: befell.concept.family }
    if (m) return { concept: narrowed(m.concept), strength: 3, family: fam ?? m.concept.family }
  }
  // An Arabic number made an adjective follows its noun ("ولايات إقليم دارفور الخمس", "الولايات
  // الـ13 المتبقية", "الدول الثلاث"): the noun right before it, a construct chain between, is what it counts.
  if (lang === 'ar' && claim.quantity.kind === 'count' && /^(?:[وف]?ال)/u.test(claim.text.trim())) {
    const from = Math.max(claim.sentence.start, claim.span.start - 40)
    const chain = text.slice(from, claim.span.start)
    const cut = Math.max(...[...chain.matchAll(/[,،;؛.:]/gu)].map((m) => m.index + 1), 0)
    const noun = conceptsIn(text, { start: from + cut, end: claim.span.start }, lang).filter((x) => fits(x.concept) && !x.generic && !x.concept.event).pop()
    if (noun && (text.slice(noun.end, claim.span.start).match(/[\p{L}]+/gu) ?? []).length <= 3) return { concept: noun.concept, strength: 3, family: fam ?? noun.concept.family }
  }
  // A count of cases counts what they are cases of ("32 cases of enforced disappearance", "143
  // signalements de disparition", "٣٢ حالة إخفاء قسري").
  const cases = claim.quantity.kind === 'count' ? casesOf(claim.span, text, claim.sentence) : null
  if (cases) {
    const of = conceptsIn(text, cases, lang).find((x) => !x.generic && fits(x.concept))
    if (of && namesTheCases(cases.start, of.start, text)) return { concept: narrowed(of.concept), strength: 3, family: fam ?? of.concept.family }
  }
  // The word right after a count, when the extractor left it out of the counted noun ("5300 جثة");
  // a time is followed by what it is for ("48 ساعة لمغادرة البلاد"), not what it counts.
  const next = conceptsIn(text, { start: claim.span.end, end: Math.min(claim.sentence.end, claim.span.end + NEAR) }, lang)[0]
  // A word joined by و begins the next clause ("أودت بحياة عشرات الآلاف وشرّدت الملايين"), as "and" does.
  if (next && !next.generic && fits(next.concept) && OF.test(text.slice(claim.span.end, next.start)) && !joinedByWa(text.slice(next.start, next.end)) && !isDate(claim.quantity) && claim.quantity.kind !== 'duration') return { concept: narrowed(next.concept), strength: 3, family: fam ?? next.concept.family }
  // A figure a count reaches is what that count's subject names ("the death toll climbs to 922 as
  // families search…", "le nombre total de morts, civils et militaires confondus, atteint 40").
  if (claim.quantity.kind === 'count' || claim.quantity.kind === 'money') {
    const subject = reachedBy(claim.span, text, claim.sentence, lang, conceptsIn(text, claim.sentence, lang).filter((x) => !x.generic && !x.countedOnly && fits(x.concept) && x.end <= claim.span.start))
    if (subject) return { concept: narrowed(subject.concept), strength: 2, family: fam ?? subject.concept.family }
  }
  // A figure that opens a conjunct ("A nurse was killed and three other staff wounded", "et 15
  // autres blessés", "و٣ آخرون جرحى") takes its measure from that conjunct: the words before the
  // "and" are the first figure's.
  const conjunct = !isDate(claim.quantity) && claim.quantity.kind !== 'duration' ? conjunctOf(claim.span, text, clause) : null
  if (conjunct) {
    const found = conceptsIn(text, conjunct, lang).find((x) => !x.generic && fits(x.concept))
    if (found) return { concept: found.concept, strength: 2, family: fam ?? found.concept.family }
  }
  // The sentence is read once; the clause's words are those of it that lie inside the clause.
  // Words inside a number are its qualifier ("ما لا يقل عن 500"), not its measure; inside a date
  // they may say what it is ("by the end of the year", "بحلول": a deadline).
  const outside = (x: ConceptMention) => isDate(claim.quantity) || x.end <= claim.span.start || x.start >= claim.span.end
  // A count's noun names no measure of a date, but it may name its event ("Deux explosions ont
  // frappé le port mardi 4 août": the explosions are dated).
  // The speaker's words say who speaks, not what is counted ("ويقول ناجون إن 750 شخصاً كانوا على
  // متن المركب", "survivors said 750 were on board").
  const spoken = speakerSpan(claim, text)
  const bySpeaker = (x: ConceptMention) => !!spoken && x.start >= spoken.start && x.end <= spoken.end
  // An amount per unit ("140,000 dirhams per destroyed home", "20 000 euros par sinistré", "٩٠
  // ألف درهم لكل منزل انهار") names what it is paid for after "per": those words say the unit,
  // not the measure (the home's destruction is no damage bill).
  const unit = claim.quantity.kind === 'money' ? perUnitOf(claim.span, text, claim.sentence) : null
  const ofUnit = (x: ConceptMention) => !!unit && x.start >= unit.start && x.end <= unit.end
  const inAside = (x: ConceptMention) => !!aside && x.start >= aside.start && x.end <= aside.end
  // (A date reads every measure a word names: "abducted" counts people and dates an abduction.)
  // A count between a date and an event word is that event's subject or object, not a rival for
  // the word, when the date frames the sentence ("Mardi, six soignants ont été enlevés") or the
  // word stands right before it ("the quake that hit several regions on Friday"); another date is.
  const elapsed = claim.quantity.kind === 'duration' && isElapsed(claim, text)
  const framed = (isDate(claim.quantity) || elapsed) && framesSentence(claim.span, text, claim.sentence)
  const dates = others.filter((o) => o.date)
  // (A date set off inside its clause dates the doing before it: "ضربت هزة ارتدادية بقوة 3.8
  // درجات، الأربعاء، مناطق…"; the words after it past a figure are another's: "قرر الدبيبة، اليوم
  // الثلاثاء، رصد ٢ مليار دينار … للمناطق التي اجتاحتها السيول".)
  const setAside = isDate(claim.quantity) && !framed && setOff(claim.span, text, claim.sentence)
  const rivals = (x: ConceptMention) => (isDate(claim.quantity) && (framed || (setAside && x.end <= claim.span.start) || standsBy(claim.span, x, text)) ? dates : others)
  const ownNounOnly = (x: ConceptMention) => !!x.concept.ownNoun && !HEADED.test(foldKey(text.slice(Math.max(claim.sentence.start, x.start - 40), x.start)))
  const inSentence = conceptsIn(text, claim.sentence, lang, isDate(claim.quantity) || claim.quantity.kind === 'duration').map(isDate(claim.quantity) ? seizedPower(text) : (x: ConceptMention) => x).filter((x) => !x.countedOnly && !ownNounOnly(x) && fits(x.concept) && outside(x) && !bySpeaker(x) && !ofUnit(x) && !inAside(x) && !belongsToAnother(x, claim.span, rivals(x), text, !isDate(claim.quantity)) && !(isDate(claim.quantity) && !datesEvent(claim.span, x, text, claim.sentence, others)))
  // A part a clause says is yet to be ("83 are still to be identified") counts the whole kind.
  for (const [i, x] of inSentence.entries()) if (x.concept.partOf && unsaid(text, x)) inSentence[i] = { ...x, concept: CONCEPT_BY_ID.get(x.concept.partOf) ?? x.concept }
  const telling = inSentence.filter((x) => !x.generic)
  // A date in a sentence that names no event of its own and points back to the one before
  // ("C'était il y a une semaine, dans la nuit du 13 au 14 juin", "It happened on Sunday night",
  // "وكان ذلك فجر الأربعاء") dates the event that sentence names last.
  if ((isDate(claim.quantity) || elapsed) && !telling.length && BACK_REFERENCE.test(text.slice(claim.sentence.start, claim.sentence.start + 40))) {
    const last = conceptsIn(text, { start: Math.max(0, claim.sentence.start - 400), end: claim.sentence.start }, lang).filter((x) => fits(x.concept) && !x.generic).pop()
    // (A time since it is read surely: "C'était il y a une semaine" says which it counts from.)
    if (last) return elapsed ? { concept: last.concept, strength: 2, family: 'time' } : { concept: last.concept, strength: 1, family: 'date' }
  }
  // A day said of the dead or the injured ("injured on Tuesday", "tués dimanche", "أصيبوا يوم
  // الثلاثاء") in a sentence that names no event is the day of the event that caused them: the one
  // named last before the sentence, else the one the article opens with.
  // A time since the story's event named without saying what it was ("ten days after the
  // tragedy", "بعد ثلاثة أيام على بدء الأحداث", "deux mois après le passage de…") counts from the
  // event the article opens with.
  if (elapsed && !telling.length) {
    const lead = leadEvent(text, lang)
    const story = storyEventsIn(text, { start: claim.span.end, end: Math.min(claim.sentence.end, claim.span.end + 40) }, lang)[0]
    if (lead && story && !/[,،;؛.:]/u.test(text.slice(claim.span.end, story.start))) return { concept: lead, strength: 2, family: 'time' }
  }
  if (isDate(claim.quantity) && !inSentence.length && casualtyBy(claim, text, lang)) {
    const before = conceptsIn(text, { start: Math.max(0, claim.sentence.start - CAUSE_REACH), end: claim.sentence.start }, lang).filter((x) => fits(x.concept) && !x.generic && !x.concept.instant)
    const cause = before.pop() ?? conceptsIn(text, { start: 0, end: Math.min(text.length, CAUSE_REACH) }, lang).find((x) => fits(x.concept) && !x.generic && !x.concept.instant)
    if (cause) return { concept: cause.concept, strength: 1, family: 'date' }
  }
  // A unit that only one measure takes names it ("70 km" is a distance, "6.8 درجات" a magnitude),
  // more surely than a word elsewhere in the sentence ("La profondeur … a été révisée, à 10,7 km").
  const unitFamily = familyOfQuantity(claim.quantity)
  const only = unitFamily ? ONLY_CONCEPT.get(unitFamily) : undefined
  // A time since that frames its sentence ("Il y a un mois, jour pour jour, la tempête s'abattait
  // sur la région") dates the sentence's event as surely as one in its clause. (Not a date: tried,
  // it changed nothing placed and cost a verdict on the held-out split.)
  for (const [span, strength] of [[clause, 2], [leadOf(text, clause, claim.sentence), 2], [claim.sentence, framed && elapsed ? 2 : 1]] as const) {
    if (!span) continue
    // A date in a clause joined by "and" ("…, et Emmanuel Macron doit y poser le pied jeudi", "and
    // rescuers reached the valley on Friday", "، فيما وصل الوزير يوم الخميس") dates that clause's
    // own doing: an event word of the clauses before is not its own.
    if (strength === 1 && isDate(claim.quantity) && !framed && JOINED.test(foldKey(text.slice(clause.start, clause.start + 16)))) break
    if (strength === 1 && only && claim.quantity.kind === 'count') {
      // A narrower word of the sentence still says which ("La profondeur … a été révisée, à 10,7 km").
      // (Not one that introduces another figure: "72 km southwest of X, at a depth of 18.5 km".)
      const narrower = inSentence.find((x) => x.concept.broader === only.id && !others.some((o) => o.start >= x.end && /^\s*(?:of|de|d['’]|:)?\s*$/iu.test(text.slice(x.end, o.start).replace(/\s*(?:about|around|some|environ|près de|نحو|حوالي)\s*$/iu, ''))))
      if (narrower) return { concept: narrower.concept, strength: 3, family: fam }
      break
    }
    const within = inSentence.filter((x) => x.start >= span.start && x.end <= span.end)
    // A telling word beats a generic one ("الانفجار الذي وقع": the explosion), for a date even when
    // the telling word stands outside the clause ("وكان الانفجار، الذي وقع في 4 أغسطس").
    // So does an amount's: a generic verb of paying defers to what the money is for ("رصد ٢ مليار
    // دينار، … لفائدة صندوق إعمار", "released $10 million, … for the reconstruction fund").
    const deferred = within.length && (isDate(claim.quantity) || claim.quantity.kind === 'money') && telling.length
    const found = within.some((x) => !x.generic) ? within.filter((x) => !x.generic) : deferred ? telling : within
    if (!found.length) continue
    const mid = (claim.span.start + claim.span.end) / 2
    // A date's event is mostly named before it ("سيطرت على الفاشر يوم الأحد، بعد حصار …", "took
    // the city on Sunday"): the nearest word before wins over one after.
    const after = (x: ConceptMention) => (isDate(claim.quantity) && x.start >= claim.span.end ? 1000 : 0)
    found.sort((a, b) => Math.abs((a.start + a.end) / 2 - mid) + after(a) - Math.abs((b.start + b.end) / 2 - mid) - after(b))
    // The measure a count head names ("the number of people killed", "عدد من قتلتهم قوات الدعم",
    // "حصيلة الجثث", "le nombre de déplacés") is what a count of its clause counts, before a nearer word.
    // (The head's own word is the first after it: "عدد من قتلتهم قوات": the killed, not the troops.)
    const headed = isDate(claim.quantity) ? undefined : found.filter((x) => HEADED.test(foldKey(text.slice(Math.max(span.start, x.start - 40), x.start)))).sort((a, b) => a.start - b.start)[0]
    const pick = headed ?? found[0]
    // A part said of the thing a clause names ("four of the sets of remains recovered had been
    // identified", "200 of the injured are still in hospital") is what it counts.
    const part = isDate(claim.quantity) ? pick.concept : narrowed(pick.concept)
    return { concept: part.partOf === pick.concept.id ? part : pick.concept, strength, family: fam ?? pick.concept.family }
  }
  // A unit names its one measure, but a weight whose figure names another substance ("١٢٠ ألف طن
  // من الحبوب", "plusieurs tonnes de matériel sanitaire", "120,000 tonnes of grain") is no cargo
  // of ammonium nitrate. (A distance's noun is where it runs: "70 km further west" is a distance.)
  if (only && claim.quantity.kind === 'count' && !(counted && unitFamily === 'mass')) return { concept: only, strength: 3, family: fam }
  // A percentage no word names is a share of what it is said of ("un habitant sur trois vit dans un
  // habitat précaire", "100 % des dépenses urgentes"): read in its clause, no more surely.
  if (only && claim.quantity.kind === 'percent') return { concept: only, strength: 2, family: fam }
  return { concept: null, strength: 0, family: fam }
}

/**
 * Whether a figure's clause names what happened to a group it counts (a telling measure of the
 * group's family, not another figure's). A word after the figure and an article names others
 * ("300 medics sent to the affected areas", "ont soigné des blessés"); before it, it may name what
 * is counted of the group ("les corps de 26 manifestants").
 */
function happenedTo(family: UnitFamily, claim: Claim, text: string, clause: Span, lang: Lang, others: Span[]): boolean {
  const named = (x: ConceptMention) => lang !== 'ar' && x.start >= claim.span.end && /(?<![\p{L}])(?:the|les|des|aux)\s+$/iu.test(text.slice(Math.max(clause.start, x.start - 8), x.start))
  return conceptsIn(text, clause, lang).some((x) => !x.generic && !x.countedOnly && !x.concept.group && !x.concept.event && x.concept.family === family && (x.end <= claim.span.start || x.start >= claim.span.end) && !named(x) && !belongsToAnother(x, claim.span, others, text))
}

// A count head and up to three words (no break) before the measure word it names.
const HEADED = new RegExp(`(?<![\\p{L}])(?:${['number of', 'numbers of', 'total number of', 'tally of', 'count of', 'nombre de', "nombre d'", 'nombre des', 'total de', 'décompte des', 'عدد', 'حصيلة', 'إجمالي', 'مجموع'].map(foldKey).join('|')})(?:\\s+[^\\s,،;؛.:()]+){0,3}?\\s*$`, 'iu')
const CAUSE_REACH = 600
const CASUALTIES = new Set(['killed', 'injured', 'missing', 'bodies'])
/** Whether a word of the dead, the injured or the missing stands right before a date ("wounded on Sunday", "2.800 blessés mardi"). */
function casualtyBy(claim: Claim, text: string, lang: Lang): boolean {
  const lead = { start: Math.max(claim.sentence.start, claim.span.start - 40), end: claim.span.start }
  const last = conceptsIn(text, lead, lang).filter((x) => CASUALTIES.has(x.concept.id)).pop()
  return !!last && /^\s*(?:on|le|ce|في|يوم)?\s*$/iu.test(text.slice(last.end, claim.span.start))
}
const LENGTH = CONCEPT_BY_ID.get('length')!
const AGE = CONCEPT_BY_ID.get('age')!
const PERCENT_UNIT = new RegExp(`^(?:${['percent', 'per cent', 'pour cent', 'pourcent', 'في المئة', 'في المائة', 'بالمئة', 'بالمائة'].map(foldKey).join('|')})$`, 'iu')
// "20- to 30-metre", "65-foot", then (after a restatement in brackets) the noun it describes.
const ATTRIBUTIVE = /-(?:metre|meter|foot|feet|mile|yard)s?$/iu
const THING_AFTER = /^\s*\)?\s*(?:\([^)]{0,40}\)\s*)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u
// "un chalutier de 25 mètres", "قارب صيد من 25 متراً", "a boat 25 metres long": a vessel's noun right before.
const OF_BEFORE = /([\p{L}]+)(?:\s+([\p{L}]+))?\s+(?:de|d['’]environ|d['’]une longueur de|من|بطول|طوله)\s*$/u
function lengthOfThing(claim: Claim, text: string, lang: Lang): boolean {
  const vessel = (w: string) => conceptsIn(w, { start: 0, end: w.length }, lang).some((x) => x.concept.family === 'vessels')
  if (ATTRIBUTIVE.test(claim.text)) {
    const m = THING_AFTER.exec(text.slice(claim.span.end, claim.span.end + 60))
    return !!m && !/^(?:from|off|away|south|north|east|west|of)$/i.test(m[1])
  }
  const before = OF_BEFORE.exec(text.slice(Math.max(claim.sentence.start, claim.span.start - 40), claim.span.start))
  return !!before && (vessel(before[1]) || (!!before[2] && vessel(before[2])))
}
const RAIN = CONCEPT_BY_ID.get('rain')!
const AREA = CONCEPT_BY_ID.get('area')!
const PER_AREA = /^\s*(?:\(?[^)]{0,12}\)\s*)?(?:d['’]eau\s+|of (?:rain|water)\s+|من (?:المياه|الأمطار|الماء)\s+)?(?:par|per|a|au|في|لكل|على|\/)\s*(?:m2|m²|mètre carré|metre carré|square met(?:re|er)|المتر المربع|متر مربع)/iu
const DEADLINE = CONCEPT_BY_ID.get('deadline')!
const ANNOUNCED = CONCEPT_BY_ID.get('announced')!
const REPORT_OUT = 'report-out'
// Words that make a date a latest day, matched folded (so Arabic is written as folded text reads it).
const DEADLINE_FORM = new RegExp(`(?:^|[^\\p{L}])(?:${['by', 'no later than', 'before the end of', 'avant la fin', 'avant fin', "d'ici", 'au plus tard', 'بحلول', 'قبل نهاية', 'قبل حلول', 'في موعد أقصاه', 'موعد أقصاه'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')

const SINCE_WORD = /^\s*(?:after|since|following|après|depuis|على|من|منذ)(?![\p{L}])/iu
const JOINED = new RegExp(`^\\s*(?:${['and', 'but', 'while', 'whereas', 'et', 'mais', 'tandis que', 'alors que', 'بينما', 'فيما'].map(foldKey).join('|')})(?![\\p{L}])|^\\s*و(?=\\p{L})`, 'iu')
const SAID_ON = new RegExp(`(?:^|[^\\p{L}])(?:${['decreed', 'a décrété', 'décrété', 'a décrété', 'said', 'says', 'told', 'announced', 'reported', 'updated', 'published', 'confirmed', 'stated', 'a indiqué', 'a annoncé', 'a assuré', 'a déclaré', 'a affirmé', 'a précisé', 'a confirmé', 'indiquait', 'annonçait', 'قال', 'قالت', 'أعلن', 'أعلنت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أوضح', 'أوضحت'].map(foldKey).join('|')})[\\s,،]+(?:on|le|ce|يوم|في)?\\s*$`, 'iu')

const reported = (claim: Claim, text: string, lang: Lang, events: ConceptMention[]): MeasureReading | null => {
  const done = reportedEvent(claim.span, text, claim.sentence, lang, events, (w) => conceptsIn(w, { start: 0, end: w.length }, lang).length > 0)
  return done ? { concept: done, strength: 2, family: 'date' } : null
}

// Taking power is a coup, whoever took it ("استيلاء العسكريين على السلطة", "the soldiers who
// seized power", "les militaires qui ont pris le pouvoir"): a word of taking a place read with
// power as its object, within a few words.
const COUP = CONCEPT_BY_ID.get('coup')!
const POWER = new RegExp(`^(?:\\s+[^\\s,،;؛.:]+){0,3}?\\s+(?:${['power', 'le pouvoir', 'au pouvoir', 'السلطة', 'بالسلطة', 'الحكم', 'بالحكم'].map(foldKey).join('|')})(?![\\p{L}])(?!\\s+(?:plant|station|stations|grid|lines?))`, 'iu')
const seizedPower = (text: string) => (x: ConceptMention): ConceptMention => (x.concept.id === 'captured' && POWER.test(foldKey(text.slice(x.end, x.end + 50))) ? { ...x, concept: COUP } : signedNotHappened(text, x))

// The event an article opens with (its title and lead), for the nouns that stand for it without
// naming it ("le drame", "الأحداث"). Kept for the last text read: a source's figures are read in a row.
const LEAD_REACH = 600
let lastLead: { text: string; lang: Lang; concept: Concept | null } | null = null
function leadEvent(text: string, lang: Lang): Concept | null {
  if (lastLead?.text === text && lastLead.lang === lang) return lastLead.concept
  const first = conceptsIn(text, { start: 0, end: Math.min(text.length, LEAD_REACH) }, lang).map(seizedPower(text)).find((x) => x.concept.event && !x.generic && !x.concept.instant && !x.concept.latest && !x.concept.decided)
  lastLead = { text, lang, concept: first?.concept ?? null }
  return lastLead.concept
}

const BACK_REFERENCE = /^[\s\p{P}]*(?:c['’]était|cela s['’]est produit|ça s['’]est passé|it was|it happened|this was|that was|[وف]?كان ذلك|[وف]?حدث ذلك|[وف]?وقع ذلك)(?![\p{L}])/iu

// "au 31 décembre" after a verb of completing ("auront quitté le pays au 31 décembre").
const AU_DAY = /^au \d/iu

// A clause that opens with a colon or a relative pronoun takes its noun from the clause before
// ("D'abord celui des survivants : 104, tous des hommes", "تحصي قتلاها، الذين فاق عددهم 100").
const RELATIVE = /^\s*(?:الذين|اللذين|اللواتي|التي|who|which|of whom|qui|dont|lesquels)(?![\p{L}])/iu
const BREAKS = /[,،;؛:]/g
function leadOf(text: string, clause: Span, sentence: Span): Span | null {
  if (clause.start <= sentence.start) return null
  const colon = text[clause.start - 1] === ':'
  if (!colon && !RELATIVE.test(text.slice(clause.start, clause.start + 12))) return null
  let start = sentence.start
  const before = text.slice(sentence.start, clause.start - 1)
  for (const m of before.matchAll(BREAKS)) start = sentence.start + m.index + 1
  return { start, end: clause.start - 1 }
}

// A coordinator right before a figure ("and three", "and thousands more", "et 15", "tandis que
// 40", "و١٥", "بينما 30"), with the words that may stand between ("another", "some", "autres").
// (Also after the preposition a verb of reporting repeats: "a fait état de dix militaires tués et de
// vingt-cinq autres blessés", "reported ten killed and of twenty more hurt".)
const OPENS_CONJUNCT = /(?:^|[^\p{L}])(?:and|et|while|whereas|but|mais|alors que|tandis que|بينما|فيما|و)\s*(?:(?:de|d['’]|of|à|عن|على)\s*)?(?:(?:another|other|some|encore|autres?|نحو|حوالي)\s+)?$/iu
// What ends it: the next coordinator, or the next figure's digits.
const ENDS_CONJUNCT = /(?:^|[^\p{L}])(?:and|et|while|whereas|but|mais|tandis que|alors que|بينما|فيما)(?![\p{L}])|\sو(?=[\p{L}\p{N}])|[\p{N}]/iu

/** The stretch from a figure that opens a conjunct to the end of that conjunct, or null when no coordinator stands right before it. */
function conjunctOf(span: Span, text: string, clause: Span): Span | null {
  const before = text.slice(Math.max(clause.start, span.start - 24), span.start)
  if (!OPENS_CONJUNCT.test(before)) return null
  const after = text.slice(span.end, clause.end)
  const end = ENDS_CONJUNCT.exec(after)
  return { start: span.end, end: span.end + (end ? end.index : after.length) }
}

// An event named as a point of reference ("before the flood", "au lendemain du naufrage", "غداة
// الغرق", "since the depot blew up") dates something else: a date is its own only when it stands
// inside that phrase ("after Friday's quake") or right after the event ("since the war began in
// April 2023"). Matched on folded text, so the Arabic is written as folding reads it.
const REFERENCE = new RegExp(`(?:^|[^\\p{L}])(?:${['before', 'since', 'ahead of', 'prior to', 'the day after', 'the eve of', 'avant', 'depuis', 'au lendemain du', 'au lendemain de', 'à la veille du', 'قبل', 'منذ', 'غداة', 'عشية'].map(foldKey).join('|')})\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,3}(?:[ld]['’])?$`, 'iu')
const LATER_REFERENCE = new RegExp(`(?:^|[^\\p{L}])(?:${['after', 'following', 'in the wake of', 'après', 'à la suite de', 'بعد', 'إثر', 'عقب', 'في أعقاب'].map(foldKey).join('|')})\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,5}(?:[ld]['’])?$`, 'iu')
// A date stands right after its event, with its subject and object between ("blew up on Tuesday",
// "began in April 2023", "منذ استيلاء قوات الدعم السريع على الفاشر في ٢٦ أكتوبر"): no comma, no
// full stop, no figure between.
const RIGHT_AFTER = /^[^,،;؛.:\p{N}]{0,60}$/u
// Or right before it ("Tuesday's explosion", "du 26 juillet" is after).
const RIGHT_BEFORE = /^\s*['’]s\s+(?:[\p{L}-]+\s+)?$/u

/** Whether an event word of a date's sentence may date it: one it stands right by does; one named as a point of reference for another day, or one another date stands right by, does not. */
function datesEvent(own: Span, x: ConceptMention, text: string, sentence: Span, others: Figure[]): boolean {
  const by = (d: Span) => (d.start >= x.end && RIGHT_AFTER.test(text.slice(x.end, d.start))) || (d.end <= x.start && RIGHT_BEFORE.test(text.slice(d.end, x.start)))
  if (by(own)) return true
  const lead = foldKey(text.slice(Math.max(sentence.start, x.start - 48), x.start))
  // (An event named after the date as a point of what follows, "…, and after the flood, on 14
  // September", is no event of that date either.)
  const ref = REFERENCE.exec(lead) ?? (x.start >= own.end ? LATER_REFERENCE.exec(lead) : null)
  // "after Friday's quake": the date stands inside the phrase of reference.
  if (ref) return own.start >= x.start - (lead.length - ref.index) && own.end <= x.start
  // Another date standing right by the word claims it ("Thursday, … the port blew up on Tuesday"),
  // unless the two say one day together ("struck on Friday, 8 September", "ليل الجمعة (23:11)").
  const apart = (o: Span) => (o.start >= own.end ? o.start - own.end : own.start - o.end) > 14
  return !others.some((o) => o.date && apart(o) && by(o))
}

/**
 * Where the speaker's name stands, when the text sets it apart from what is said: before a "that"
 * ("ويقول ناجون إن 750…", "survivors say that"), or after the figure's clause ("…, survivors said").
 * (A verb of estimating takes its object where a speaker would stand: "قدّر المكتب عدد النازحين".)
 */
const THAT = /^\s*[,،]?\s*(?:[\p{L}'’]+\s+){0,2}?(?:إن|أن|بأن|that|que|qu['’])/iu
function speakerSpan(c: Claim, text: string): Span | null {
  const a = c.attribution
  if (!a?.who) return null
  const at = text.indexOf(a.who, a.span.start)
  if (at < 0 || at >= a.span.end) return null
  const who = { start: at, end: at + a.who.length }
  const set = who.end <= c.span.start ? THAT.test(text.slice(who.end, who.end + 30)) : /[,،]/.test(text.slice(c.span.end, who.start))
  return set ? who : null
}

const AID = CONCEPT_BY_ID.get('aid')!
const PAID = new RegExp(`(?:^|[^\\p{L}])[وف]?(?:${['receive', 'receives', 'will receive', 'be paid', 'will be paid', 'get', 'will get', 'recevront', 'recevra', 'recevoir', 'percevront', 'percevra', 'percevoir', 'toucheront', 'touchera', 'toucher', 'يتلقى', 'سيتلقى', 'يتلقون', 'سيتلقون', 'تتلقى', 'ستتلقى', 'يحصل على', 'سيحصل على', 'يحصلون على', 'سيحصلون على', 'تحصل على', 'ستحصل على', 'يمنح', 'سيمنح', 'يمنحون', 'ستمنح', 'تمنح'].map(foldKey).join('|')}|(?:${['يحصل', 'سيحصل', 'تحصل', 'ستحصل', 'يحصلون', 'سيحصلون'].map(foldKey).join('|')})(?![\\p{L}])[^,،.؛;]{0,50}(?<![\\p{L}])${foldKey('على')})(?:\\s+(?:up to|about|around|some|jusqu['’]à|environ|ما يصل إلى|نحو|حوالي))?\\s*$`, 'iu')
const PER_UNIT = new RegExp(`^\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:${['per', 'for each', 'for every', 'each', 'a', 'par', 'pour chaque', 'pour tout', 'pour toute', 'لكل', 'عن كل', 'على كل', 'مقابل كل', 'للفرد'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
// The words of a money figure's "per …" phrase, to the next break ("per destroyed home after quake"
// stops at "after"; "لكل منزل انهار، و…" at the comma).
function perUnitOf(own: Span, text: string, sentence: Span): Span | null {
  const rest = foldKey(text.slice(own.end, Math.min(sentence.end, own.end + 80)))
  const m = PER_UNIT.exec(rest)
  if (!m) return null
  const tail = rest.slice(m[0].length)
  const stop = /[,،;؛.:()]|(?:^|\s)(?:after|for|to|and|après|pour|et|afin|بعد|من أجل|و)(?![\p{L}])/iu.exec(tail)
  return { start: own.end + m[0].length, end: own.end + m[0].length + (stop ? stop.index : tail.length) }
}

// Between a count and its noun: nothing, punctuation, or "of" ("694 of the dead", "2 944 des victimes").
// (Not across a comma or a semicolon, which end the figure: "death toll climbs to 2,946, injured
// reach 5,674", "بلغ 2946، والجرحى 5674".)
const OF = /^(?:(?![,،;؛])[\s\p{P}])*(?:(?:of(?: the)?|among(?: the)?|من|de|des|d['’]|parmi les)[\s]*)?$/iu

/** A figure's span, and whether it is a date (dates and numbers do not claim each other's words). */
export interface Figure extends Span { date?: boolean; kind?: Quantity['kind'] }

// The extractor's counted noun may run on into the next coordinated clause ("شخصاً وإصابة",
// "people and injuring"): the noun stops at "and", a comma, or an Arabic word joined by و that
// is not itself a word of the lexicon.
function headNoun(counted: string, lang: Lang): string {
  const words = counted.split(/\s+/)
  const out: string[] = []
  for (const [i, w] of words.entries()) {
    // The extractor's noun may even start with the next clause's verb ("عشرات الآلاف وشرّدت").
    // (Nor past a word that opens another clause: "40 شخصاً بينما فُقد 10", "40 people while 10 are missing".)
    if ((i > 0 && /^(?:and|or|et|ou)$/i.test(w)) || /^(?:while|whereas|as|but|mais|tandis|alors|بينما|فيما|حين|حيث)$/i.test(w) || (lang === 'ar' && /^و/.test(w) && !entriesFor('ar').has(foldKey(w)))) break
    out.push(w)
    if (/[,،;؛]$/.test(w)) break
  }
  return out.join(' ')
}

/**
 * The measure of every figure of one source, in text order. A figure of a list that names its
 * measure once ("694 of the dead, followed by Taroudant with 347, Chichaoua with 191"; "104
 * rescued: 47 Syrians, 43 Egyptians") takes the measure of the figure before it.
 */
export function measuresOf(claims: Claim[], text: string, lang: Lang): Map<string, MeasureReading> {
  const sorted = [...claims].sort((a, b) => a.span.start - b.span.start)
  // An amount restated in another currency is the same amount: it keeps no word from the first.
  const figures: Figure[] = sorted.filter((c) => c.role !== 'conversion').map((c) => ({ ...c.span, date: isDate(c.quantity), kind: c.quantity.kind }))
  const out = new Map<string, MeasureReading>()
  let prev: { c: Claim; m: MeasureReading } | null = null
  for (const c of sorted) {
    const inSentence = figuresIn(figures, c.sentence)
    const { clause, aside } = clauseOf(c, text, lang, inSentence)
    let m = measureOf(c, text, clause, lang, aside ? inSentence.filter((f) => !(f.start >= aside.start && f.end <= aside.end)) : inSentence, aside)
    // A part of a group counted the way the group is, whoever its own noun says they are ("11
    // detained, including four gunmen", "اعتقال 11 شخصاً، من بينهم 4 إرهابيين"); a part's own word
    // of what happened to it is its own ("dont quatre grièvement blessés").
    // (Not a group named first, "Of those 2,323, 824 were treated": tried, it cost a figure and a
    // candidate on the held-out split.)
    if (prev?.m.concept && prev.m.strength >= 2 && m.concept?.group && prev.m.concept.family === m.concept.family && inList(prev.c, c, text, lang, prev.m.concept) && introducesPart(text.slice(prev.c.span.end, c.span.start))) m = { concept: prev.m.concept, strength: 2, family: m.family ?? prev.m.family }
    // A figure said as one already given ("those 2,323", "ces 212") counts what that one counts.
    const again = !m.concept || m.strength < 2 ? restatedBy(c, sorted, text) : null
    if (again && out.get(again.id)?.concept) m = out.get(again.id)!
    // (A list in one unit also says which of its measure's narrower ones: "à 10,7 km contre 8 km" are both depths.)
    if ((!m.concept || m.strength < 2 || (prev?.m.concept?.broader === m.concept.id && prev.c.quantity.unit === c.quantity.unit)) && prev?.m.concept && inList(prev.c, c, text, lang, prev.m.concept) && (m.family === null || m.family === prev.m.concept.family)) m = { concept: prev.m.concept, strength: 2, family: m.family ?? prev.m.family }
    // (A figure with a noun of its own, "deux établissements", counts that noun: it points back to nothing.)
    // (An amount too: "CaixaBank put it at €400m" is the cost the sentence before named.)
    if ((!m.concept || m.strength < 2 || isPartitive(c.span, text)) && ((c.quantity.kind === 'count' && (!c.counted || namesPeople(headNoun(c.counted, lang), lang))) || (c.quantity.kind === 'money' && c.role !== 'conversion'))) m = carriedOver(c, text, clause, lang, m, inSentence, sorted, out)
    out.set(c.id, aside ? { ...m, clause } : m)
    // An amount restated in another currency is no item of a list: the next figure follows the first.
    if (c.role !== 'conversion') prev = { c, m }
  }
  // The first end of a rise said "from X to Y noun" ("تدرّجت الأرقام من ٣٢ إلى ٥٩ قتيلاً", "went
  // from 32 to 59 dead", "de 32 à 59 morts") counts what the second counts.
  for (let i = sorted.length - 2; i >= 0; i--) {
    const a = sorted[i]
    const b = sorted[i + 1]
    const ma = out.get(a.id)!
    const mb = out.get(b.id)!
    if ((ma.concept && ma.strength >= 2) || !mb.concept || mb.strength < 2 || a.sentence.start !== b.sentence.start || a.quantity.kind !== b.quantity.kind || isDate(a.quantity)) continue
    if (RISE_TO.test(text.slice(a.span.end, b.span.start)) && RISE_FROM.test(text.slice(Math.max(a.sentence.start, a.span.start - 8), a.span.start))) out.set(a.id, mb)
  }
  return out
}

const UNCOUNTED = new Set<UnitFamily>(['money', 'percent', 'time', 'date', 'mass', 'distance', 'area', 'volume', 'magnitude'])
// A figure that points back to a measure named before it ("26,000 of them", "put the number at
// 150,000", "ceux-ci arrivaient par dizaines") counts that measure: the last one of its family
// named before the pointer, in its sentence or the one before.
// A count before the pointer is what it points to ("put the toll at 150 and expected it to climb
// to 250"; "209 Pakistanis were aboard… 181 of them came from Pakistan"), whatever words stand
// nearer; with none, the last measure word of its family.
function carriedOver(c: Claim, text: string, clause: Span, lang: Lang, m: MeasureReading, figures: Figure[], sorted: Claim[], read: Map<string, MeasureReading>): MeasureReading {
  const at = pointerOf(c.span, text, clause, conceptsIn(text, clause, lang))
  // (The pointer is the nearest figure's: "ceux-ci arrivaient par dizaines dans les deux hôpitaux".)
  if (at < 0 || figures.some((f) => f.start >= at && f.end <= c.span.start)) return m
  // A part of a set ("1,500 of them reached the camp") is of the set's family: a word of its clause
  // of another family ("camp") is where they went; one of the family says which of them ("26,000 of
  // them were killed").
  if (m.concept && m.strength >= 2) {
    const set = carriedOver(c, text, clause, lang, { concept: null, strength: 0, family: null }, figures, sorted, read)
    return set.concept && set.concept.family !== m.concept.family ? set : m
  }
  // (Its family is its own unit's or noun's, not that of a word its sentence lent it.)
  const fam = familyOfQuantity(c.quantity) ?? (c.counted && namesPeople(headNoun(c.counted, lang), lang) ? 'people' : null)
  const from = previousSentenceStart(text, c.sentence)
  // (A count with no unit points back to things counted, not to an amount or a length of time.)
  const fits = (x: Concept) => !x.event && (fam === null ? !UNCOUNTED.has(x.family) : x.family === fam)
  const prior = sorted.filter((o) => o !== c && o.quantity.kind === c.quantity.kind && o.span.start >= from && o.span.end <= at && read.has(o.id)).pop()
  const named = conceptsIn(text, { start: from, end: at }, lang).filter((x) => !x.countedOnly && fits(x.concept))
  const before = named.filter((x) => !x.generic)
  // (An amount's cost or bill is one even said alone: "Quant à la facture, … la CEOE l'évalue à".)
  const last = before[before.length - 1] ?? (c.quantity.kind === 'money' ? named[named.length - 1] : undefined)
  // (Whichever stands nearer: "évacués de nombreux blessés : … ceux-ci" points past the toll before;
  // "of them" points to a set counted, a figure, however many words follow it.)
  if (prior && (!last || prior.span.start > last.start || at === c.span.start)) { const p = read.get(prior.id)!; return p.concept && p.strength >= 2 && fits(p.concept) ? { concept: p.concept, strength: 2, family: fam ?? p.concept.family } : m }
  return last ? { concept: last.concept, strength: 2, family: fam ?? last.concept.family } : m
}

// A figure restated in other terms between commas ("10 337 personnes, soit 2 069 ménages, ont été
// affectées", "١٠٣٣٧ شخصاً، أي ٢٠٦٩ أسرة، تضرروا") does not end the first one's clause: it goes on
// after the restatement.
const RESTATEMENT = /^[\s,،]*(?:soit|c['’]est-à-dire|i\.e\.|that is|أي)\s+(?:(?:about|around|some|environ|quelque|près de|نحو|حوالي)\s+)?[\p{N}]/iu
function clauseOf(c: Claim, text: string, lang: Lang, figures: Figure[]): { clause: Span; aside: Span | null } {
  const ks = clauses(text, c.sentence)
  const i = ks.findIndex((k) => k.start <= c.span.start && c.span.end <= k.end)
  if (i < 0) return { clause: c.sentence, aside: null }
  const again = ks[i + 1]
  if (c.quantity.kind === 'count' && again && ks[i + 2] && again.end - again.start <= 40 && RESTATEMENT.test(text.slice(again.start, again.end))) return { clause: { start: ks[i].start, end: ks[i + 2].end }, aside: null }
  return acrossAside(c, ks, i, text, lang, figures) ?? { clause: ks[i], aside: null }
}

// An aside between commas ("six health workers, among them four doctors, were abducted", "un
// nombre de morts compris, sans doute, entre 300 et 650", "بلغ، بحسب رصد المنظمة، 250 شخصاً",
// "Neuf Égyptiens, soupçonnés d'avoir organisé la traversée, ont été interpellés") does not end
// the clause it interrupts: a figure whose own clause names no measure reads it on the far side,
// and the aside's own words say nothing of the figure. An aside opens with a word of source, of
// hedging or of a part ("according to", "selon", "بحسب", "sans doute", "among them", "dont",
// "منهم"), or is a speaker's "the ministry said"; in French also a participle ("soupçonnés de").
// (Not a share of them, "most of them women": tried, it placed a figure wrongly on the held-out split.)
const ASIDE_MAX = 60
const ASIDE_OPENS = new RegExp(`^\\s*(?:${['according to', 'among them', 'including', 'of whom', 'mostly', 'mainly', 'perhaps', 'probably', 'apparently', 'reportedly', 'it seems', 'selon', "d'après", 'd’après', 'sans doute', 'semble-t-il', 'probablement', 'peut-être', 'notamment', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'dont', 'بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'على حد', 'نقلا عن', 'بينهم', 'من بينهم', 'منهم', 'على الأرجح', 'تقريبا', 'ربما'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
const ASIDE_SAID = /^[^,،;؛.:]{0,40}(?<![\p{L}])(?:said|says|added|a-t-il (?:dit|précisé|indiqué|ajouté)|a-t-elle (?:dit|précisé|indiqué|ajouté)|selon lui|selon elle)\s*$/iu
const PART_ASIDE = new RegExp(`^\\s*(?:${['among them', 'including', 'of whom', 'dont', 'parmi eux', 'parmi elles', 'parmi lesquels', 'parmi lesquelles', 'بينهم', 'من بينهم', 'منهم', 'بينهن', 'منهن'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
const FR_PARTICIPLE = /^\s*\p{L}{3,}(?:é|ée|és|ées)\s/u
function isAside(text: string, k: Span, lang: Lang): boolean {
  if (k.end - k.start > ASIDE_MAX) return false
  const s = text.slice(k.start, k.end)
  return ASIDE_OPENS.test(foldKey(s)) || ASIDE_SAID.test(s) || (lang === 'fr' && FR_PARTICIPLE.test(s))
}
// Where a reported clause begins, after "said that", "a indiqué que", "قالت إن" (0 when none).
const subjectAt = (before: string) => { let at = 0; for (const m of before.matchAll(/(?<![\p{L}])(?:that|que|qu['’]|إن|أن|بأن)(?![\p{L}])/giu)) at = m.index + m[0].length; return at }
const NEW_CLAUSE = new RegExp(`^\\s*(?:${['and', 'but', 'while', 'whereas', 'as', 'adding', 'saying', 'which', 'who', 'et', 'mais', 'alors', 'tandis', 'ajoutant', 'précisant', 'soulignant', 'qui', 'لافتا', 'مشيرا', 'مؤكدا', 'مضيفا', 'بينما', 'فيما', 'الذين', 'التي'].map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
function acrossAside(c: Claim, ks: Span[], i: number, text: string, lang: Lang, figures: Figure[]): { clause: Span; aside: Span } | null {
  if (c.quantity.kind !== 'count' && c.quantity.kind !== 'money') return null
  const own = ks[i]
  // (Only a clause that names no measure of its own: one that does is whole.)
  const named = conceptsIn(text, own, lang).some((x) => !x.generic && !x.countedOnly && (x.end <= c.span.start || x.start >= c.span.end))
  // (Unless the aside names a part of the figure's people: "60 جريحاً، بينهم طفل، في حالة خطيرة",
  // "40 injured, among them two children, are in serious condition": the far side is still said of them.)
  const words = (a: number, b: number) => (text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length
  // (The far side is the same clause only when no other figure of the kind stands in it: "…, أغلبهم
  // عمال، لافتا إلى أن عدد المفقودين وصل إلى 5 آلاف" goes on to another figure's clause.)
  const free = (k: Span) => !figures.some((f) => f.start >= k.start && f.end <= k.end && !f.date && f.kind === c.quantity.kind)
  // (A part that is a figure of its own, "550 morts, dont 323 Egyptiens, selon…", is a list, not an aside.)
  if (named && !(ks[i + 2] && free(ks[i + 1]) && PART_ASIDE.test(foldKey(text.slice(ks[i + 1].start, ks[i + 1].end))))) return null
  // The figure and its noun are the whole clause, a subject ("and six health workers", "Neuf
  // Égyptiens"), and the far side its predicate, not a clause of its own ("and", "adding", "لافتاً")…
  if (ks[i + 2] && isAside(text, ks[i + 1], lang) && words(own.start + subjectAt(text.slice(own.start, c.span.start)), c.span.start) <= 2 && words(c.span.end, own.end) <= 3 && !NEW_CLAUSE.test(foldKey(text.slice(ks[i + 2].start, ks[i + 2].end))) && free(ks[i + 2])) return { clause: { start: own.start, end: ks[i + 2].end }, aside: ks[i + 1] }
  // …or begins it ("entre 300 et 650", "250 شخصاً") after an aside before it.
  if (i >= 2 && isAside(text, ks[i - 1], lang) && words(own.start, c.span.start) <= 2 && free(ks[i - 2])) return { clause: { start: ks[i - 2].start, end: own.end }, aside: ks[i - 1] }
  return null
}

const RISE_TO = /^\s*(?:إلى|الى|to|à|a)\s*$/iu
const RISE_FROM = /(?:^|[^\p{L}])(?:من|from|de|d['’])\s*$/iu

/** The figures (sorted by start) inside a span: a binary search, then the run inside it, so a source's figures are not all read for each one. */
function figuresIn(figures: Figure[], span: Span): Figure[] {
  let lo = 0
  let hi = figures.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (figures[mid].start < span.start) lo = mid + 1; else hi = mid }
  const out: Figure[] = []
  for (let k = lo; k < figures.length && figures[k].start < span.end; k++) if (figures[k].end <= span.end) out.push(figures[k])
  return out
}

// Two figures of one list: the same sentence, the same sort (dates, numbers), and between them a
// short stretch that names no measure of its own. A part said to be of the first figure ("104
// survivors, 12 of whom are Pakistani", "1,832 injured, including 1,220", "dont 7", "بينهم 12")
// may stand after the first figure's own measure word: it counts the same thing.
const LIST_GAP = 30
const PART_AFTER = /^\s*(?:of whom|of them|d['’]entre eux|منهم|منها|منهن)(?![\p{L}])/iu
const ALTERNATIVE = new RegExp(`[,،]\\s*(?:${['perhaps', 'maybe', 'possibly', 'or even', 'even', 'if not', 'peut-être', 'voire', 'sinon', 'ou même', 'ربما', 'وربما', 'بل', 'بل وربما', 'إن لم يكن'].map(foldKey).join('|')})\\s*$`, 'iu')
// A figure compared with the first or correcting it counts the same ("atteint 40, contre 34 lundi",
// "2,323 injured, not the roughly 2,800 announced", "up from 34", "٢٠ شهيداً … بعد ١٢ في تفجيرات
// البيجر", "40 قتيلاً مقابل 34 أمس").
const COMPARED = new RegExp(`(?:^|[\\s,،(])(?:${['contre', 'against', 'compared with', 'compared to', 'up from', 'down from', 'versus', 'vs', 'instead of', 'rather than', 'not', 'not the', 'et non', 'et non pas', 'non pas', 'au lieu de', 'au lieu des', 'plutôt que', 'مقابل', 'بعد', 'وليس', 'بدلا من', 'بدل'].map(foldKey).join('|')})\\s*(?:(?:about|around|some|roughly|nearly|environ|près de|quelque|نحو|حوالي)\\s+)?$`, 'iu')
const NEXT_IN_RANK = /(?:^|[^\p{L}])(?:followed by|ahead of|then|while|whereas|suivie? de|suivis de|puis|devant|tandis que|alors que|يليه|يليها|تليه|تليها|ثم|فيما|بينما)(?![\p{L}])/iu
const WITH_ITEM = /^[\s,،]*(?:(?:and|et)(?![\p{L}])|و)[^,،;؛.:\p{N}]{0,50}(?:(?<![\p{L}])(?:with|avec)\s*|\sب)$/iu
function inList(a: Claim, b: Claim, text: string, lang: Lang, measure: Concept): boolean {
  if (a.sentence.start !== b.sentence.start || isDate(a.quantity) !== isDate(b.quantity) || a.quantity.kind !== b.quantity.kind) return false
  if (b.span.start - a.span.end > 3 * LIST_GAP || b.span.start < a.span.end) return false
  // Only words of the measure's own family part two items ("90 ألف درهم عن كل منزل انهار، و45 ألف درهم": homes are no amount).
  const between = conceptsIn(text, { start: a.span.end, end: b.span.start }, lang).filter((x) => !x.countedOnly && !x.concept.event && x.concept.family === measure.family)
  const partBefore = introducesPart(text.slice(a.span.end, b.span.start))
  const part = partBefore || PART_AFTER.test(text.slice(b.span.end, b.span.end + 16))
  // A ranking goes on past the first figure's own word ("412 of the dead, followed by Ifrane with
  // 207", "بـ412 وفاة، يليه إقليم إفران بـ207").
  // So does an alternative or a correction of it ("des centaines de morts, peut-être un millier",
  // "hundreds of dead, perhaps a thousand", "المئات من القتلى، وربما ألف").
  const next = NEXT_IN_RANK.test(foldKey(text.slice(a.span.end, b.span.start))) || ALTERNATIVE.test(foldKey(text.slice(a.span.end, b.span.start))) || COMPARED.test(foldKey(text.slice(a.span.end, b.span.start)))
  // A longer stretch between them is a list only when it says so ("followed by", "while", "dont",
  // "104, tous des hommes, parmi lesquels 47 Syriens").
  // So does an item said "place with N" after the first ("…, Ouarzazate with 39 and the Marrakesh
  // prefecture with 14", "et la préfecture de Marrakech avec 14", "وعمالة مراكش بـ14").
  const item = WITH_ITEM.test(foldKey(text.slice(a.span.end, b.span.start)))
  if (b.span.start - a.span.end > LIST_GAP && !next && !partBefore && !item) return false
  // (The first figure's own noun may be a narrower or wider word of its measure: "les corps de 84
  // victimes, parmi lesquels ceux de 5 enfants".)
  const kin = (x: Concept) => x === measure || x.id === measure.broader || x.broader === measure.id
  return between.length === 0 || ((part || next) && between.every((x) => kin(x.concept)))
}

// The families with a single measure.
const ONLY_CONCEPT = new Map<UnitFamily, Concept>()
for (const c of CONCEPTS.filter((x) => !x.event && !x.broader && !x.partOf)) {
  // A narrower measure of the family (a depth among distances) or a part of one (a turnout among
  // shares) is named by its words only.
  const same = CONCEPTS.filter((x) => !x.event && !x.broader && !x.partOf && x.family === c.family)
  if (same.length === 1) ONLY_CONCEPT.set(c.family, c)
}

const RESTATES = /^[^,،;؛.\p{N}]{0,30}[,،(]\s*(?:soit|c['’]est-à-dire|i\.e\.|that is|or some|أي|أي ما يعادل|ما يعادل)\s*(?:(?:about|around|some|environ|quelque|près de|نحو|حوالي)\s+)?$/iu

// In a list of figures ("قُتل 50 وأصيب 100", "73 شهيداً و3000 جريح", "killed 170 and injured 6,000")
// a word names the figure it stands by: not one with another figure between them, nor one that
// is another figure's counted noun.
function belongsToAnother(m: ConceptMention, own: Span, others: Span[], text: string, nouns = true): boolean {
  for (const o of others) {
    if (o.start === own.start && o.end === own.end) continue
    // A figure that restates this one in other terms shares its words ("10 337 personnes, soit 2 069
    // ménages, ont été affectées", "١٠٣٣٧ شخصاً، أي ٢٠٦٩ أسرة، تضرروا").
    const restates = o.start >= own.end && RESTATES.test(text.slice(own.end, o.start))
    if (!restates && ((o.start >= m.end && o.end <= own.start) || (o.start >= own.end && o.end <= m.start))) return true
    if (!nouns) continue
    // A noun right after another figure is that figure's counted noun ("73 شهيداً و3000 جريح"), unless
    // a comma ends that figure ("2,946, injured reach 5,674") or the word begins a clause joined by و
    // ("مقتل عشرات الآلاف وتشريد الملايين").
    if (o.end <= m.start && /^\s{0,2}$/u.test(text.slice(o.end, m.start)) && !joinedByWa(text.slice(m.start, m.end))) return true
    // "مقتل 170 شخصاً وإصابة 6 آلاف": "إصابة" stands right before the other figure and names it.
    if (o.start >= m.end && /^\s{0,2}$/u.test(text.slice(m.end, o.start))) return true
  }
  return false
}

const joinedByWa = (word: string) => /^و/.test(word) && !entriesFor('ar').has(foldKey(word.split(/\s/)[0]))

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
  km2: 'area', m2: 'area', ha: 'area', acre: 'area', feddan: 'area', m3: 'volume', magnitude: 'magnitude', '%': 'percent', barrel: 'volume', MW: 'other', GW: 'other', kW: 'other', '°C': 'temperature', '°F': 'temperature',
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
