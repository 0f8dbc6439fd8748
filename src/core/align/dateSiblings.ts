import type { Claim, Topic } from '../model'
import { extractClaims } from '../extract'
import { compact } from '../text/normalize'
import { isOnlyElapsed } from './elapsed'
import { isRecordSince, namesRecord } from './recordSince'
import { CONCEPT_BY_ID } from './measures'
import { WEEKDAYS } from './marks'
import { guessedBeside } from './dateGuessed'
import { alternation } from '../text/alternation'

export { isRecordSince } from './recordSince'

// Several date topics of one event's kind in a story are told apart by what their names say of it:
// - the phase of the event they date: its start ("Start of the protest wave", "Début du retrait",
//   "بدء الانسحاب") or its end ("End of the mourning", "Fin de la détention", "انتهاء الحداد"),
//   beside one that dates the event itself ("Day of the deadliest protests");
// - a day their name gives ("New protests of Tuesday 2 July", "Marche du jeudi 27 juin"), beside
//   one that names none.
// A date joins the topic of its phase: said with a word of beginning ("the protests began two
// weeks ago", "le retrait a débuté début octobre", "انطلقت الموجة الجديدة من الاحتجاجات في منتصف
// الشهر", "since 18 June", "منذ ١٨ يونيو") or of ending ("until 1 November", "jusqu'au 22 mai",
// "حتى الأول من يوليو"); a range of days states both. A date that falls on a day a topic names
// joins that topic, and no other date does. Alone of its kind, a topic takes every date of its event.

export type Phase = 'start' | 'end'

/** What tells a date topic from the other date topics of its event. */
export interface DateSplit {
  /** The phase its name gives, or null when it dates the event itself. */
  phase: Phase | null
  /** The phases its siblings' names give (null among them for a sibling that gives none). */
  phases: Set<Phase | null>
  /** The day (month and day, "07-02") its name gives, or null. */
  day: string | null
  /** The days its siblings' names give. */
  days: Set<string>
  /** Its name speaks of the last time something as strong happened ("Last cyclone as strong", "Strongest since"). */
  record: boolean
  /** It measures how long an event lasted (a duration topic of an event): a time since something is none of its figures. */
  length: boolean
  /** Its event is only guessed from its kind (its words name none the product reads) while a sibling names it: it takes no date of it (dateGuessed.ts). */
  guessed?: boolean
}

const START = ['start', 'started', 'starts', 'begin', 'began', 'begun', 'begins', 'beginning', 'onset', 'outbreak', 'broke out', 'erupted', 'kicked off', 'launched', 'got under way', 'got underway', 'since', 'first day',
  'début', 'débuté', 'débutent', 'débute', 'commencé', 'commencement', 'commence', 'commencent', 'déclenché', 'déclenchement', 'lancement', 'éclaté', 'depuis', 'premier jour',
  'بدء', 'بداية', 'بدأ', 'بدأت', 'بدؤوا', 'يبدأ', 'تبدأ', 'انطلق', 'انطلقت', 'انطلاق', 'انطلاقة', 'اندلع', 'اندلعت', 'اندلاع', 'منذ', 'شرع', 'شرعت', 'أول يوم']
const END = ['end', 'ended', 'ends', 'ending', 'until', 'till', 'expired', 'expires', 'expiry', 'over by', 'last day',
  'fin', 'jusqu', 'jusqu’', "jusqu'", 'achevé', 'achève', 'terminé', 'termine', 'prend fin', 'pris fin', 'expire', 'expiré', 'achèvement', 'dernier jour',
  'نهاية', 'انتهاء', 'انتهى', 'انتهت', 'ينتهي', 'تنتهي', 'حتى', 'لغاية', 'غاية', 'ختام', 'آخر يوم']

// Matched on folded text (lower case, Arabic letters folded), as words (Arabic with و ف ب ل before).
const compacted = (xs: string[]) => alternation(xs, { fold: (x) => compact(x).text })
const wordsRe = (xs: string[]) => new RegExp(`(?<![\\p{L}])(?:[وفبل])?(?:${compacted(xs)})(?![\\p{L}])`, 'giu')
const START_RE = wordsRe(START)
const END_RE = wordsRe(END)
// ("jusqu'au": the elided form stands glued to its article.)
const JUSQU = /(?<![\p{L}])jusqu['’]/iu
const JUSQU_ALL = new RegExp(JUSQU.source, 'giu')

/** The phase a topic's name gives (the first word of one), or null; compare/dates reads a range at that end. */
export function phaseOfName(name: string): Phase | null {
  return firstPhase(compact(name).text, START_RE, END_RE)
}

function firstPhase(s: string, start: RegExp, end: RegExp): Phase | null {
  const a = s.search(start)
  const b = Math.min(...[s.search(end), s.search(JUSQU)].map((x) => (x < 0 ? Infinity : x)))
  if (a < 0 && b === Infinity) return null
  return a >= 0 && a < b ? 'start' : 'end'
}

// A date's own words say its phase only by a preposition ("since 18 June", "jusqu'au 22 mai",
// "منذ ١٨ يونيو", "حتى الأول من يوليو"): "fin août", "the end of the year", "بداية الشهر" are parts
// of a period, not a phase of the event.
const SINCE_RE = wordsRe(['since', 'depuis', 'dès', 'منذ'])
const UNTIL_RE = wordsRe(['until', 'till', 'حتى', 'لغاية', 'إلى غاية'])

/**
 * Whether a date's own words make it a bound of something lasting ("until 1 November", "jusqu'au
 * 22 mai", "حتى الأول من يوليو", "since May", "depuis avril", "منذ مايو"): never the day a verb of
 * saying before it was said ("a été décrété, jusqu'au 1er novembre" dates the mourning's end).
 */
export function isBound(c: Pick<Claim, 'text'>): boolean {
  return firstPhase(compact(c.text).text, SINCE_RE, UNTIL_RE) !== null
}

// How far before a date a verb or noun of its phase may stand ("انطلقت الموجة الجديدة من
// الاحتجاجات في منتصف الشهر"): a few words, no break.
const PHASE_REACH = 60
const BREAK = /[,،;؛.:!?()«»"]/u

/** The phase a date is said with: by its own words ("since 18 June", "حتى الأول من يوليو") or the words right before it in its clause; 'both' for a range of days. */
export function phaseOfDate(c: Pick<Claim, 'span' | 'text' | 'quantity' | 'sentence'>, text: string): Phase | 'both' | null {
  if (c.quantity.kind === 'daterange') return 'both'
  // A length of time something has lasted up to now ("Voilà un mois que le pays subit les crues",
  // "cela fait trois semaines que", "it has been a month since the rains began") dates its start.
  if (c.quantity.kind === 'duration' && LASTED_SO_FAR.test(compact(text.slice(Math.max(c.sentence.start, c.span.start - 30), c.span.start)).text)) return 'start'
  const own = firstPhase(compact(c.text).text, SINCE_RE, UNTIL_RE)
  if (own) return own
  let from = Math.max(c.sentence.start, c.span.start - PHASE_REACH)
  const before = text.slice(from, c.span.start)
  for (let i = before.length - 1; i >= 0; i--) if (BREAK.test(before[i])) { from += i + 1; break }
  const lead = compact(text.slice(from, c.span.start)).text
  // The last word of a phase before the date is the one that says it.
  const last = (re: RegExp) => { let at = -1; for (const m of lead.matchAll(re)) at = m.index; return at }
  const start = last(START_RE)
  const end = Math.max(last(END_RE), last(JUSQU_ALL))
  if (start < 0 && end < 0) return null
  return start > end ? 'start' : 'end'
}

// ("Voilà près d'un mois que", "cela fait", "ça fait", "voici"; "it has been", "for … now" are read by "since".)
const LASTED_SO_FAR = /(?<![\p{L}])(?:voilà|voici|cela fait|ça fait|il y a maintenant)(?:\s+(?:près de|plus de|environ|presque|déjà))?\s*$/iu

// A day a topic's name gives, read by the extractor of the name's language (a reference day lets
// a yearless day resolve; only its month and day are kept).
const NAME_REF = '2001-06-30'
// (Read once per name while it is in use: placement reads a story's topics again for every report
// added. The oldest names are let go, so a long session's renamed and deleted topics do not pile up.)
const NAME_CACHE = 512
const daysOfNames = new Map<string, string | null>()
function dayOfName(name: string): string | null {
  let d = daysOfNames.get(name)
  if (d === undefined) d = readDayOfName(name)
  else daysOfNames.delete(name)
  daysOfNames.set(name, d)
  if (daysOfNames.size > NAME_CACHE) daysOfNames.delete(daysOfNames.keys().next().value!)
  return d
}
function readDayOfName(name: string): string | null {
  if (!name.trim()) return null
  const lang = /\p{Script=Arabic}/u.test(name) ? 'ar' : /[àâçéèêëîïôûùüÿœ]|(?<![\p{L}])(?:du|de|le|la|des)(?![\p{L}])/iu.test(name) ? 'fr' : 'en'
  // (A weekday alone names no day of the calendar: "Tuesday's explosions" is told by its day mark.)
  const d = extractClaims({ id: 'name', text: name, lang, published: NAME_REF, window: null }).find((x) => x.quantity.kind === 'date' && x.quantity.precision === 'day' && typeof x.quantity.lo === 'string' && x.quantity.lo === x.quantity.hi && /\p{N}/u.test(x.text))
  return d ? (d.quantity.lo as string).slice(5) : null
}

const isDateTopic = (t: Topic) => t.kind === 'date' || t.kind === 'daterange'

/**
 * What tells each date or duration topic from the others of its event (its concept), by topic id:
 * its phase and day among date topics of one event, and whether it is about a past record.
 */
export function dateSplits(topics: Topic[]): Map<string, DateSplit> {
  const out = new Map<string, DateSplit>()
  const none = () => ({ phase: null, phases: new Set<Phase | null>(), day: null, days: new Set<string>() })
  for (const t of topics) if (t.concept && (isDateTopic(t) || t.kind === 'duration')) out.set(t.id, { ...none(), record: [t.label.en, t.label.ar].some(namesRecord), length: t.kind === 'duration' && !!CONCEPT_BY_ID.get(t.concept)?.event })
  for (const id of guessedBeside(topics)) out.set(id, { ...out.get(id)!, guessed: true })
  const byEvent = new Map<string, Topic[]>()
  for (const t of topics) if (t.concept && isDateTopic(t)) { const l = byEvent.get(t.concept); if (l) l.push(t); else byEvent.set(t.concept, [t]) }
  for (const group of byEvent.values()) {
    if (group.length < 2) continue
    const read = group.map((t) => {
      const names = [...new Set([t.label.en, t.label.ar])]
      return { t, phase: names.map(phaseOfName).find((p) => p) ?? null, day: names.map(dayOfName).find((d) => d) ?? null }
    })
    const phases = new Set(read.map((r) => r.phase))
    const days = new Set(read.flatMap((r) => (r.day ? [r.day] : [])))
    if (phases.size < 2 && !days.size) continue
    for (const r of read) out.set(r.t.id, { ...out.get(r.t.id)!, phase: r.phase, phases: phases.size >= 2 ? phases : new Set(), day: r.day, days })
  }
  return out
}

/**
 * How many days apart reports may date one day (a night across midnight, a time zone, "the day
 * before" counted from a report's own day): a date within it of a day a topic names is that day,
 * and discovery counts dates within it as one day.
 */
export const DAY_SLACK = 1
const FEW_DAYS = 10

/** Whether a date's days come within a day of month-day `md`, in any year they cover. */
function onDay(c: Pick<Claim, 'quantity'>, md: string): boolean {
  const { lo, hi } = c.quantity
  if (typeof lo !== 'string' || typeof hi !== 'string') return false
  const a = Date.parse(`${lo}T00:00:00Z`)
  const b = Date.parse(`${hi}T00:00:00Z`)
  const slack = DAY_SLACK * 86_400_000
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
    const d = Date.parse(`${y}-${md}T00:00:00Z`)
    if (d >= a - slack && d <= b + slack) return true
  }
  return false
}

/** Whether a date (or a time since an event) may join a topic, given what tells the topic from its siblings. */
export function fitsDateSplit(split: DateSplit | undefined, c: Pick<Claim, 'span' | 'text' | 'quantity' | 'sentence'>, text: string): boolean {
  if (!split) return true
  if (split.guessed) return false
  if (isRecordSince(c, text) !== split.record) return false
  // (Not in a record's topic: "deadliest in a century after…" is the time since the last one as deadly.)
  if (split.length && !split.record && c.quantity.kind === 'duration' && isOnlyElapsed(c, text)) return false
  if (split.phases.size) {
    const p = phaseOfDate(c, text)
    if (split.phase) { if (p !== split.phase && p !== 'both') return false } else if (p === 'both' ? split.phases.has('start') || split.phases.has('end') : p && split.phases.has(p)) return false
  }
  // (A length of time since the event has no day of its own to compare.)
  if (split.days.size && (c.quantity.kind === 'date' || c.quantity.kind === 'daterange') && typeof c.quantity.lo === 'string') {
    // (A topic named for a day takes the dates that say a day or a few: a year or a month says nothing of which day.)
    if (split.day) return onDay(c, split.day) && Date.parse(`${c.quantity.hi}T00:00:00Z`) - Date.parse(`${c.quantity.lo}T00:00:00Z`) <= FEW_DAYS * 86_400_000
    if ([...split.days].some((d) => onDay(c, d)) && (c.quantity.lo === c.quantity.hi)) return false
  }
  return true
}

/**
 * The weekday a date falls on, as a day mark (align/marks.ts): a date's own day says which of two
 * days' topics it dates ("the day before", "la veille", "17 septembre" is Tuesday's wave), whatever
 * weekday its sentence names for another figure.
 */
export function ownWeekday(c: Pick<Claim, 'quantity'>): string | null {
  const { kind, lo, hi } = c.quantity
  if ((kind !== 'date' && kind !== 'daterange') || typeof lo !== 'string' || lo !== hi) return null
  return WEEKDAYS[new Date(`${lo}T00:00:00Z`).getUTCDay()]
}
