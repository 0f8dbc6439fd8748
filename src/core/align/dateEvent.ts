import type { Lang, Span } from '../model'
import { compact, foldKey } from '../text/normalize'
import { CONCEPT_BY_ID, type Concept } from './measures'
import { isBound } from './dateSiblings'
import { CRUSH } from './eventWords'
import { alternation } from '../text/alternation'

// Which event a date dates, read from how the date stands in its clause. Reports date an event in
// a few ways, in every language:
// - as the frame of the whole sentence ("Mardi, six soignants ont été enlevés", "Dans la nuit de
//   dimanche à lundi, les deux barrages ont cédé", "On Tuesday, gunmen abducted…", "وفي 10
//   أكتوبر، عبرت…"): the sentence's event is dated, whatever figures stand between;
// - as the complement of the event's noun ("the coup of 26 July", "le coup d'État du 26 juillet",
//   "انقلاب الصيف الماضي", "Tuesday's attack", "le drame survenu dans la nuit de dimanche à
//   lundi");
// - by a verb of saying whose words report an accomplished event ("The militia announced on
//   Sunday that it had taken the city", "أعلنت، يوم الأحد، سيطرتها على المدينة", "a annoncé
//   lundi avoir pris la ville"): the day it was announced is the one the event is known by. A
//   decision announced ("announced on Sunday that troops would leave") keeps the announcement's
//   day apart from what was announced;
// - by the time elapsed since it ("two days after the storm", "بعد ثلاثة أيام على بدء الأحداث"):
//   see elapsed.ts;
// A noun that stands for the story's own event without naming it ("the tragedy", "le drame", "les
// événements", "الأحداث", "المأساة") is the event the article opens with.

/** A concept named in a text, with where (as conceptsIn gives it). */
export interface Named { concept: Concept; start: number; end: number; generic?: boolean }

const words = (s: string) => (s.match(/[\p{L}\p{N}'’]+/gu) ?? []).length

/**
 * Whether a date opens its sentence as its frame: at most three words before it (no figure, no
 * break) and a comma right after ("Mardi, …", "Fin août, …", "On Tuesday, …", "وفي مساء الأحد، …").
 */
export function framesSentence(own: Span, text: string, sentence: Span): boolean {
  const before = text.slice(sentence.start, own.start)
  if (/[\p{N},،;؛.:]/u.test(before) || words(before) > 3) return false
  return /^\s*[,،]/u.test(text.slice(own.end, own.end + 3))
}

/**
 * Whether a date stands set off between commas inside its sentence ("ضربت هزة ارتدادية بقوة 3.8
 * درجات، الأربعاء، مناطق قريبة", "struck, on Wednesday, the villages"): an adverb of the whole
 * clause it interrupts, like a date that frames its sentence.
 */
export function setOff(own: Span, text: string, sentence: Span): boolean {
  const before = text.slice(sentence.start, own.start)
  const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf('،'))
  if (comma < 0 || words(before.slice(comma + 1)) > 2 || /[\p{N}]/u.test(before.slice(comma + 1))) return false
  return /^\s*[,،]/u.test(text.slice(own.end, own.end + 3))
}

// An event word and a date with only the event's own words between ("the quake struck several
// regions on Friday", "الزلزال الذي هزّ عدة مناطق مساء الجمعة"): no break, not far.
const BY_AFTER = /^[^,،;؛.:()\p{N}]{0,60}$/u
/** Whether an event word stands right before a date, with only its subject or object between (a figure there counts them, it does not claim the word). */
export const standsBy = (own: Span, x: Span, text: string) => x.end <= own.start && BY_AFTER.test(text.slice(x.end, own.start))

// An accident ("the June 2 accident", "l'accident ferroviaire", "حادث القطار"): when the
// article's lead names no event, it is a disaster that struck.
// So is a crowd crush ("Saturday's crowd crush", "la bousculade de samedi", "التدافع الذي شهدته
// المنطقة مساء السبت").
const ACCIDENT: Record<Lang, string[]> = {
  en: ['accident', 'crash', 'collision', 'derailment', 'crush', ...CRUSH.en],
  fr: ['accident', 'collision', 'déraillement', ...CRUSH.fr],
  ar: ['حادث', 'الحادث', 'تصادم', 'التصادم', 'الاصطدام', ...CRUSH.ar],
}
// Nouns that stand for the story's own event without naming what it was, an accident among them.
const STORY_EVENT: Record<Lang, string[]> = {
  en: ['the tragedy', 'the events', 'the drama', 'the catastrophe', 'the episode', 'the ordeal', 'the wave', ...ACCIDENT.en],
  fr: ['le drame', 'la tragédie', 'les événements', 'les évènements', "l'épisode", 'l’épisode', 'la catastrophe', 'le passage', 'la vague', ...ACCIDENT.fr],
  ar: ['الأحداث', 'المأساة', 'الحادثة', 'الواقعة', 'المحنة', 'موجة', 'الموجة', ...ACCIDENT.ar],
}
const ACCIDENT_RE = new RegExp(`(?<![\\p{L}])[وب]?(?:${Object.values(ACCIDENT).flat().map(foldKey).join('|')})(?![\\p{L}])`, 'iu')
const STRUCK = CONCEPT_BY_ID.get('struck')!
// So do the story's dead said to have died on a day ("most of the deaths occurred last Tuesday",
// "la plupart des décès sont survenus mardi", "وقعت معظم الوفيات يوم الثلاثاء"): their day is the
// day of the event that killed them.
const AR_HAPPENED = `(?:${['وقعت', 'حدثت', 'سقطت', 'سجلت', 'سقط', 'وقع'].map(foldKey).join('|')})`
const AR_DEATHS = `(?:(?:${['معظم', 'أغلب', 'غالبية', 'أكثر'].map(foldKey).join('|')})\\s+)?(?:${['الوفيات', 'الضحايا', 'القتلى', 'الإصابات'].map(foldKey).join('|')})`
const DEATHS_HAPPENED: Record<Lang, string> = {
  en: '(?:(?:most|many|all|some|half)\\s+(?:of\\s+)?)?(?:the\\s+)?(?:deaths|killings|casualties|fatalities)\\s+(?:(?:had|have)\\s+)?(?:occurred|happened|took place|were recorded)',
  fr: "(?:(?:la plupart|la majorité|une partie)\\s+des\\s+|les\\s+)?(?:décès|morts|victimes)\\s+(?:(?:sont|étaient)\\s+survenu(?:e)?s|ont eu lieu|se sont produits|ont été (?:enregistrés|recensés|enregistrées|recensées))",
  // (Verb first or noun first: "وقعت معظم الوفيات", "إن معظم الوفيات وقعت".)
  ar: `[وف]?${AR_HAPPENED}\\s+${AR_DEATHS}|${AR_DEATHS}\\s+${AR_HAPPENED}`,
}
const STORY_EVENT_RE = Object.fromEntries((Object.keys(STORY_EVENT) as Lang[]).map((l) => [l, new RegExp(`(?<![\\p{L}])(?:${[...STORY_EVENT[l].map((w) => (l === 'ar' ? `[وب]?${foldKey(w)}` : foldKey(w))), DEATHS_HAPPENED[l]].join('|')})(?![\\p{L}])`, 'giu')])) as Record<Lang, RegExp>

/** Where the story's own event is named by a noun that does not say what it was ("le drame"), in text[span]. */
export function storyEventsIn(text: string, span: Span, lang: Lang): Span[] {
  const folded = compact(text.slice(span.start, span.end))
  return [...folded.text.matchAll(STORY_EVENT_RE[lang])].map((m) => ({ start: span.start + folded.offsets[m.index], end: span.start + folded.offsets[m.index + m[0].length] }))
}

// What may stand between an event's noun and its date: a generic verb of happening, a part of
// the day, and a preposition ("survenu dans la nuit de", "that happened on", "الذي وقع مساء").
const HAPPENED = ['survenu', 'survenue', 'survenus', 'survenues', 'qui a eu lieu', "qui s'est produit", "qui s'est produite", 'that happened', 'that occurred', 'which happened', 'which occurred', 'that struck', 'الذي وقع', 'التي وقعت', 'الذي حدث', 'التي حدثت',
  // (Or broke out: "the fires that broke out on Tuesday", "les feux qui se sont déclarés mardi", "الحرائق التي اندلعت الثلاثاء".)
  'that broke out', 'which broke out', 'that erupted', 'which erupted', 'that began', 'which began', 'that started', 'which started',
  "qui s'est déclaré", "qui s'est déclarée", 'qui se sont déclarés', 'qui se sont déclarées', 'qui a éclaté', 'qui ont éclaté', 'qui a commencé', 'qui ont commencé', 'qui a débuté', 'qui ont débuté',
  'الذي اندلع', 'التي اندلعت', 'الذي بدأ', 'التي بدأت', 'الذي انطلق', 'التي انطلقت',
  // (Or the verb alone: "the crush took place on Saturday", "la bousculade a eu lieu samedi", "وقع التدافع مساء السبت".)
  'took place', 'happened', 'occurred', 'a eu lieu', "s'est produit", "s'est produite", 'est survenu', 'est survenue']
const DAYPART = ['dans la nuit', 'la nuit', 'in the night', 'the night', 'overnight', 'early', 'late', 'ليل', 'ليلة', 'مساء', 'فجر', 'صباح', 'ظهر', 'عصر']
const PREP = ['of', 'on', 'in', 'from', 'du', 'de', 'des', "d'", 'd’', 'le', 'la', 'en', 'في', 'يوم']
const alt = (xs: string[]) => alternation(xs, { fold: foldKey })
const ATTACHED = new RegExp(`^\\s*(?:(?:${alt(HAPPENED)})\\s+)?(?:(?:${alt(DAYPART)})\\s+)?(?:(?:${alt(PREP)})\\s*)?(?:(?:the|la|le|les)\\s+)?$`, 'iu')
// "Tuesday's attack", "last summer's coup", "the July 26 coup"; a day named as the event's day
// ("declared Sunday a national day of mourning", "a décrété dimanche journée de deuil", "أعلن
// الأحد يوم حداد").
// ("Saturday's Halloween crowd crush", "Tuesday's deadly blasts": a word or two between.)
const OWNER = /^(?:['’]s(?:\s+[\p{L}-]+){0,2})?\s+$/u
const DAY_OF = /^\s*(?:(?:as|comme)\s+)?(?:(?:an?|the|une?|la|le)\s+)?(?:[\p{L}-]+\s+)?(?:day|journée|jour|يوم|يوما|يوماً)\s+(?:(?:of|de|d['’]|du|des)\s*)?(?:[\p{L}-]+\s+)?$/u

/**
 * The event a date is the complement of: the event word right before it ("the coup of 26 July",
 * "انقلاب الصيف الماضي", "le drame survenu dans la nuit de dimanche à lundi") or right after it
 * ("Tuesday's attack"). `named`: the telling event words around it; `story`: the nouns standing
 * for the story's event, which give `lead()` (read only then).
 */
export function attachedEvent(own: Span, text: string, named: Named[], story: Span[], lead: () => Concept | null): Concept | null {
  type Cand = { concept: Concept | null; start: number; end: number; story?: boolean }
  const cands: Cand[] = [...named, ...story.map((s) => ({ ...s, concept: null, story: true }))]
  const before = cands.filter((x) => x.end <= own.start && own.start - x.end <= 50 && ATTACHED.test(foldKey(text.slice(x.end, own.start)))).sort((a, b) => b.end - a.end)[0]
  // (Or its subject after a verb of happening and the date: "la ligne où s'est produit vendredi
  // l'accident", "where the crush took place on Saturday night", "حيث وقع مساء الجمعة الحادث".)
  const inverted = INVERTED_BEFORE.test(foldKey(text.slice(Math.max(0, own.start - 30), own.start)))
  const after = before ? undefined : cands.filter((x) => x.start >= own.end && (OWNER.test(text.slice(own.end, x.start)) || DAY_OF.test(text.slice(own.end, x.start)) || (inverted && SUBJECT_AFTER.test(text.slice(own.end, x.start))))).sort((a, b) => a.start - b.start)[0]
  // A pronoun standing for an event named before ("stronger than those of the day before", "plus
  // violentes que celles de la veille"): the last event word before it.
  const pointed = before || after ? undefined : POINTS_BACK.test(text.slice(Math.max(0, own.start - 30), own.start)) ? cands.filter((x) => x.end <= own.start && !x.story).sort((a, b) => b.end - a.end)[0] : undefined
  // An event named, then what it did in a relative clause up to the date ("the fires that
  // devastated the west of the island early this month", "l'explosion qui a soufflé le port mardi",
  // "التدافع الذي شهدته المنطقة مساء السبت"): the date is that event's, whatever the verb.
  const related = before || after || pointed ? undefined : cands.filter((x) => x.end <= own.start && RELATIVE.test(text.slice(x.end, own.start))).sort((a, b) => b.end - a.end)[0]
  // Its start said with a pronoun for it ("since their outbreak on 8 August", "depuis leur
  // déclenchement le 8 août", "منذ اندلاعها في 8 أغسطس", "since they broke out on Tuesday"): the
  // event named last before it, else the story's own.
  if (!before && !after && !pointed && !related && ITS_START.test(foldKey(text.slice(Math.max(0, own.start - 40), own.start)))) {
    const last = cands.filter((x) => x.end <= own.start && !x.story).sort((a, b) => b.end - a.end)[0]
    return last?.concept ?? lead()
  }
  // A bound of something lasting set off after its clause ("a été décrété, jusqu'au 1er novembre",
  // "أيام، حتى الأول من نوفمبر", "declared, until November 1") bounds the lasting event named last
  // before it in its sentence, whatever verb of deciding or saying stands between: never an instant.
  // (A count between says how many as of that day: "135 killed in the blast, until Wednesday evening".)
  const bounded = before || after || pointed || related || !/[,،]\s*$/u.test(text.slice(Math.max(0, own.start - 3), own.start)) || !isBound({ text: text.slice(own.start, own.end) }) ? undefined : cands.filter((x) => x.end <= own.start && !x.concept?.instant && !/[.;؛!?]/u.test(text.slice(x.end, own.start)) && !/\p{N}/u.test(text.slice(x.end, own.start).replace(LENGTH_OF_TIME, ''))).sort((a, b) => b.end - a.end)[0]
  const found = before ?? after ?? pointed ?? related ?? bounded
  // A day's toll ("Tuesday's death toll", "Wednesday's casualties") is the toll of the story's event
  // that day. (Not "le bilan de mardi", "حصيلة الثلاثاء": as often the toll given that day.)
  if (!found && TOLL_OWNED.test(text.slice(own.end, own.end + 40))) return lead()
  if (!found?.story) return found?.concept ?? null
  return lead() ?? (ACCIDENT_RE.test(foldKey(text.slice(found.start, found.end))) ? STRUCK : null)
}
const INVERTED_BEFORE = new RegExp(`(?:${["s'est produite?", 's’est produite?', 'a eu lieu', 'est survenue?', 'took place', 'happened', 'occurred', 'وقع', 'وقعت', 'حدث', 'حدثت'].map(foldKey).join('|')})\\s*$`, 'iu')
const SUBJECT_AFTER = /^\s*(?:(?:l['’]|le\s+|la\s+|les\s+|the\s+))?$/iu
const LENGTH_OF_TIME = /\p{N}+\s*(?:days?|weeks?|months?|years?|hours?|jours?|semaines?|mois|ans|années|heures?|يوما|يوماً|أيام|أسابيع|أسبوعا|أشهر|شهرا|شهراً|سنوات|ساعة|ساعات)(?![\p{L}])/gu
const RELATIVE = /^\s*,?\s*(?:that|which|qui|(?:ا?ل)?(?:التي|الذي|اللذين|اللتين))\s+[^,،;؛.:()\p{N}«»"]{0,70}$/iu
// (Matched on folded text: lower case, Arabic letters folded.)
const ITS_START = new RegExp(`(?:${[
  '(?:their|its)\\s+(?:outbreak|start|beginning|onset)\\s+(?:on|in)?',
  '(?:since|after|when)\\s+(?:it|they)\\s+(?:broke out|began|started|erupted|struck|hit)\\s+(?:on|in)?',
  '(?:leur|son|sa)\\s+(?:déclenchement|début|départ|éclatement)\\s+(?:le|en|du)?',
  "(?:depuis|après|lorsqu|quand)\\s*(?:qu['’]|que\\s+)?(?:ils?|elles?)\\s+(?:se sont déclarée?s|s['’]est déclarée?|ont éclaté|a éclaté|ont commencé|a commencé|ont débuté|a débuté)\\s+(?:le|en)?",
  `(?:${['اندلاع', 'بدء', 'بداية', 'انطلاق', 'وقوع'].map(foldKey).join('|')})(?:ها|ه|هم)\\s+(?:${['في', 'يوم'].map(foldKey).join('|')})?`,
].map(foldKey).join('|')})\\s*$`, 'iu')
const TOLL_OWNED = /^['’]s\s+(?:(?:overall|final|official|provisional)\s+)?(?:death toll|toll|casualties|casualty count|dead|victims)(?![\p{L}])/iu
const POINTS_BACK = /(?<![\p{L}])(?:those|that|the ones|celles|ceux|celle|celui)\s+(?:of|from|de|du|d['’])\s*(?:(?:the|la|le|l['’])\s*)?$/iu

// What a verb of saying reports, right after the date ("announced on Sunday that it had taken",
// "a annoncé lundi avoir pris", "أعلنت، يوم الأحد، سيطرتها على", "أعلن يوم الأحد أن قواته
// سيطرت"): an event done (a perfect, an infinitive of the past, a noun of the event with its
// doer's pronoun), not one to come ("would leave", "partiront", "ستغادر").
const THAT = /^[\s,،]*(?:(?:that|que|qu['’]|أن|إن|بأن|أنه|أنها|أنهم|إنه|إنها)(?![\p{L}])\s*)?/iu
const DONE = /^(?:[\p{L}'’-]+\s+){0,4}?(?:had|has|have|avait|avaient|a|ont|avoir|était|étaient|être)\s+(?:(?:been|now|fully|finally|été|déjà|enfin|bien)\s+)?$/iu
// Idioms whose verb is no event ("a assuré avoir pris en charge 2 000 malades", "took part").
const NOT_DONE = /^\S+\s+(?:en charge|part|care|in charge)(?![\p{L}])/iu
const TO_COME = /(?<![\p{L}])(?:would|will|shall|could|might|should|going to|allait|allaient|va|vont|devrait|devraient|pourrait)(?![\p{L}])/iu

/**
 * The accomplished event a date's statement reports, when the date stands by a verb of saying:
 * the first event word of the reported words, read as done. `named`: the telling event words of
 * its sentence; `isWord`: whether a word names a measure (to tell a verb's future "س" from a root's).
 */
export function reportedEvent(own: Span, text: string, sentence: Span, lang: Lang, named: Named[], isWord: (w: string) => boolean): Concept | null {
  const rest = text.slice(own.end, Math.min(sentence.end, own.end + 120))
  const that = THAT.exec(rest)
  const from = own.end + (that ? that[0].length : 0)
  const first = named.filter((x) => x.start >= from && x.start - from <= 60).sort((a, b) => a.start - b.start)[0]
  if (!first || first.concept.instant || first.concept.latest || first.concept.decided || NOT_DONE.test(text.slice(first.start, first.end + 12))) return null
  const lead = text.slice(from, first.start)
  if (/[,،;؛.:]/u.test(lead) || TO_COME.test(`${lead} ${text.slice(first.start, first.end)}`.replace(/^\s+/u, ''))) return null
  if (lang === 'ar') {
    // A noun of the event with its doer's pronoun ("سيطرتها", "استيلاءه"), or a past verb after "أن".
    const word = text.slice(first.start, first.end)
    // (A verb in the future carries "س" before its person: "ستغادر" is "تغادر" to come; "سيطرت" is no "يطرت".)
    const future = /^[وف]?سوف/u.test(word) || (/^[وف]?س[يتنأ]/u.test(word) && isWord(word.replace(/^[وف]?س[يتنأ]/u, '')))
    const noun = words(lead) === 0 && /(?:ها|ه|هم)$/u.test(word)
    // (A verb: no article. "إن ضحايا الفيضانات" reports the victims, not the floods.)
    const verb = !!that && /(?:أن|إن|بأن|أنه|أنها|أنهم|إنه|إنها)\s*$/u.test(that[0]) && words(lead) <= 3 && !/^[وفب]?ال/u.test(word) && !future
    return noun || verb ? first.concept : null
  }
  return DONE.test(lead) ? first.concept : null
}

// Arabic writes "signed" and "happened" alike but for a shadda: "وقّعت الحكومة اتفاقاً" (signed)
// beside "وقعت الكارثة" (happened). Folded text loses the shadda; when the report wrote it, the
// verb is a signing, never a generic verb of happening.
const SIGNED_SHADDA = /^[وف]?[يتن]?وق\u0651/u
const SIGNED = CONCEPT_BY_ID.get('signed')

/** An Arabic verb of happening the report wrote with the shadda of signing ("وقّع", "وقّعت") read as a signing, else the mention as it was. */
export function signedNotHappened<T extends { concept: Concept; start: number; end: number; generic?: boolean }>(text: string, x: T): T {
  return SIGNED && x.concept.id === 'struck' && SIGNED_SHADDA.test(text.slice(x.start, x.end).replace(/[\u064B-\u0650\u0652\u0640]/gu, '')) ? { ...x, concept: SIGNED, generic: false } : x
}
