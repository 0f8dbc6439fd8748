import type { Claim, Span, Topic } from '../model'
import { WORD_END, WORD_START } from '../text/words'
import { fold, foldKey } from '../text/normalize'
import { countryAliases, seatOf } from '../entities/countries'
import { holderOf, sideOf, sidesIn } from './candidateSides'
import { marksIn } from './marks'
import { elsewhereIn } from './facets'
import { wholePlaceIn } from './narrowPlaces'
import { addedByFigure, addedInLabel } from './narrowAdded'
import { alternation } from '../text/alternation'
import { roundIn, type Round } from './narrowRound'

// A reader names topics that share a measure and differ by one narrowing word: "Turnout" beside
// "Turnout at 5 pm" and "Turnout in 2019", "Flood deaths in Russian-held areas" beside "Flood
// deaths on the Ukrainian-held side", "Turnout" beside "Turnout abroad". The narrowing is read
// from the topic's label and measure phrase: a side of a divided land, another time than the
// story's (a year, "the previous" one), an hour of the day, a place beyond the country, the whole
// of a place beside its parts ("Injured nationwide", narrowPlaces.ts), what was added to a count
// ("Deaths added on 10 August", narrowAdded.ts). Placement
// reads the same narrowing by each figure (its own words, else its sentence's head) and sends a
// figure that names it to the narrowed topic; the broad sibling keeps the rest.

/** What a topic's words narrow its measure to, beside its entity. */
export interface Narrowing {
  /** The side of a divided land (candidateSides.ts's key: a country's English name, "government", "rebels"). */
  side?: string
  /** A year other than the story's own ("Turnout in 2019", "the Sewol ferry sank in 2014"). */
  year?: number
  /** "The previous election", "l'élection précédente", "الانتخابات السابقة". */
  previous?: boolean
  /** An hour of the day, 0 to 23 ("Turnout at 5 pm": 17). */
  hour?: number
  /** Beyond the country ("Turnout abroad", "à l'étranger", "بالخارج"). */
  abroad?: boolean
  /** The whole of a place beside its parts ("People injured nationwide", "Death toll across eastern Libya"). */
  whole?: boolean
  /** What was added to the measure ("Deaths added on 10 August", "Rise in people affected"). */
  added?: boolean
  /** An election's round ("Runoff turnout": 2, "First-round date": 1; narrowRound.ts). */
  round?: Round
}

/** What a figure's words say of the same: `sure` is a side said by a construction ("Russian-held"), `near` one only named as who counts ("the Russian administration said"). */
export interface FigureNarrowing {
  sure?: string; near?: string; year?: number; previous?: boolean; hour?: number; abroad?: boolean
  /** Said of the whole of a place ("across the country"), or of the rest of one ("elsewhere", "خارج درنة"). */
  whole?: boolean; outside?: boolean
  /** Said as what was added (an increment, "146 de plus"; a date "added on"). */
  added?: boolean
  /** The round its sentence names; failing that, the round its report gives results of. */
  round?: Round; reportRound?: Round
}

const L = WORD_START
const R = WORD_END
const words = (list: string[]) => alternation(list, { fold: foldKey, spaces: 'spaces' })

// "Ukrainian-side deaths": candidateSides reads "Ukrainian side"; one unit for one, so offsets hold.
const sideWords = (text: string) => text.replace(/(\p{L})-(side|bank)(?![\p{L}])/gu, '$1 $2')

// A year, not one counted from ("since 2014", "منذ 2014") nor one of a record's ("the worst since 1934").
const YEAR = /(?<![\p{N}])(19\d\d|20\d\d)(?![\p{N}])/gu
const COUNTED_FROM = new RegExp(`${L}(?:${words(['since', 'depuis', 'منذ', 'from', 'à partir de', 'اعتبارا من', 'until', "jusqu'en", 'حتى'])})\\s+(?:[\\p{L}\\p{N}]+\\s+){0,2}$`, 'iu')
// "Five years ago", "il y a cinq ans", "قبل خمس سنوات".
const SMALL: Record<string, number> = Object.fromEntries([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['un', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
  ['سنه', 1], ['عام', 1], ['سنتين', 2], ['عامين', 2], ['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثماني', 8], ['تسع', 9], ['عشر', 10],
].map(([w, n]) => [foldKey(w as string), n as number]))
const AGO = new RegExp(`${L}(?:(\\d{1,2}|[\\p{L}]+)\\s+years?\\s+(?:ago|earlier|before)|il\\s+y\\s+a\\s+(\\d{1,2}|[\\p{L}]+)\\s+ans|(\\d{1,2}|[\\p{L}]+)\\s+ans\\s+plus\\s+t[oô]t|قبل\\s+(\\d{1,2}|[\\p{L}]+)\\s+(?:سنوات|اعوام|عاما|سنين)|قبل\\s+(عامين|سنتين|عام|سنه))${R}`, 'giu')
const PREVIOUS = new RegExp(`${L}(?:${words(['previous', 'former', 'preceding', 'the earlier', 'an earlier', 'précédent', 'précédente', 'précédentes', 'précédents', 'السابق', 'السابقة', 'السابقه'])})${R}`, 'iu')
// An hour: "5 pm", "5 PM", "5:00 pm", "17:00", "17H00", "17h", "الخامسة مساء" (not a time of another zone, "1600 GMT"; not "17 heures",
// which is as often a length of time, "5 heures plus tard").
const CLOCK = /(?<![\p{L}\p{N}])(\d{1,2})(?:\s*[:h.]\s*(\d{2})|\s*h(?![\p{L}]))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\p{L}\p{N}])/giu
const ZONE = /^\s*\(?\s*(?:gmt|utc|ت\s*غ|بتوقيت\s+غرينتش)/iu
const AR_HOURS = ['الواحده', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه', 'العاشره', 'الحاديه عشره', 'الثانيه عشره']
const AR_CLOCK = new RegExp(`(?:الساعه\\s+|عند\\s+(?:الساعه\\s+)?)(${AR_HOURS.slice().reverse().join('|')})(?:\\s+(?:من\\s+)?(مساء|مساءا|ليلا|صباحا|ظهرا|بعد\\s+الظهر))?`, 'u')
const ABROAD = new RegExp(`${L}[وفب]?(?:${words(['abroad', 'overseas', 'diaspora', "à l'étranger", 'à l’étranger', 'hors du pays', 'hors de nos frontières', 'بالخارج', 'في الخارج', 'خارج الوطن', 'خارج البلاد', 'خارجها', 'المهجر', 'الجاليه'])})${R}`, 'iu')

const RECORD = new RegExp(`${L}(?:${words(['last', 'since', 'depuis', 'dernier', 'dernière', 'منذ', 'اخر'])})${R}`, 'iu')
const IN_YEAR = new RegExp(`${L}(?:in|en|عام|في|سنه)\\s+(?:[\\p{L}]+\\s+)?(19\\d\\d|20\\d\\d)(?![\\p{N}])`, 'iu')

/** The hour a text names first (0 to 23), if any. */
export function hourIn(text: string): number | undefined {
  for (const m of text.matchAll(CLOCK)) {
    const h = Number(m[1])
    const minutes = m[2]
    const half = m[3]?.replace(/[\s.]/g, '').toLowerCase()
    // (A bare number is no hour: it needs minutes, an "h" or am/pm.)
    if (!minutes && !half && !/[hH]/.test(m[0])) continue
    if (h > 23 || (half && h > 12) || ZONE.test(text.slice(m.index + m[0].length))) continue
    if (minutes && /[.]/.test(m[0]) && !half) continue
    return half === 'pm' && h < 12 ? h + 12 : half === 'am' && h === 12 ? 0 : h
  }
  const ar = AR_CLOCK.exec(fold(text))
  if (ar) {
    const h = AR_HOURS.indexOf(ar[1]) + 1
    return ar[2] && !/صباحا/.test(ar[2]) && h < 12 ? h + 12 : h
  }
  return undefined
}

/** The year a text names that is not counted from, or the year "N years ago" names from `current`. */
export function yearIn(text: string, current?: number): number | undefined {
  const folded = foldKey(text)
  for (const m of folded.matchAll(YEAR)) if (!COUNTED_FROM.test(folded.slice(Math.max(0, m.index - 40), m.index))) return Number(m[1])
  if (current === undefined) return undefined
  for (const m of folded.matchAll(AGO)) {
    const w = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]
    const n = /^\d+$/.test(w) ? Number(w) : SMALL[w]
    if (n && n >= 1 && n <= 30) return current - n
  }
  return undefined
}

// A record's year is counted from ("the deadliest since 1948"), but what its "when" tells happened
// that year: "the deadliest since 1948, when 176 people died", "depuis 1948, lorsque 176 personnes
// ont péri", "منذ عام 1948، حين قضى 176 شخصاً". A figure after such a "when" is of that year.
const SINCE_WHEN = new RegExp(`${L}(?:since|depuis|منذ)\\s+(?:(?:the\\s+)?year\\s+|l['’]an(?:née)?\\s+|(?:ال)?عام\\s+)?(19\\d\\d|20\\d\\d)\\s*[,،]?\\s*(?:when|lorsque|quand|où|حين|عندما|حيث)${R}`, 'iu')
function sinceWhen(before: string): number | undefined {
  const m = SINCE_WHEN.exec(foldKey(before))
  return m ? Number(m[1]) : undefined
}

/** Whether a text says "the previous" one. */
export const previousIn = (text: string): boolean => PREVIOUS.test(foldKey(text))
/** Whether a text puts its figure beyond the country. */
export const abroadIn = (text: string): boolean => ABROAD.test(foldKey(text))

/**
 * The narrowing a topic's label and measure phrase name. `storyYear`: the year of the story's
 * reports, when known (a year equal to it narrows nothing: "Election day (7 September 2024)").
 */
export function narrowingOf(label: string, measure: string, storyYear?: number): Narrowing {
  const text = `${label}. ${measure}`
  const out: Narrowing = {}
  // One side only: a topic naming both sides ("government-held and rebel-held areas together") is their whole.
  const sides = new Set(sidesIn(sideWords(text), { start: 0, end: text.length }).map((s) => s.key))
  if (sides.size === 1) out.side = [...sides][0]
  // A year of the label, or one the measure phrase sets its event in ("when the ferry sank in 2014",
  // not "relatives of 1971 independence fighters"); none in a record's label ("Last cyclone as
  // strong (1934)": its figures are the time since).
  const year = RECORD.test(foldKey(label)) ? undefined : yearIn(label) ?? (IN_YEAR.exec(foldKey(measure)) ? Number(IN_YEAR.exec(foldKey(measure))![1]) : undefined)
  if (year !== undefined && year !== storyYear) out.year = year
  if (previousIn(text)) out.previous = true
  const hour = hourIn(label)
  if (hour !== undefined) out.hour = hour
  if (abroadIn(label)) out.abroad = true
  if (wholePlaceIn(label)) out.whole = true
  if (addedInLabel(label)) out.added = true
  const round = roundIn(label) ?? roundIn(measure)
  if (round) out.round = round
  return out
}

/** A narrowing as a topic keeps it in `time` ("year:2019", "previous", "hour:17", joined by spaces). */
export function timeOf(n: Narrowing): string | null {
  const parts = [n.year !== undefined ? `year:${n.year}` : '', n.previous ? 'previous' : '', n.hour !== undefined ? `hour:${n.hour}` : ''].filter(Boolean)
  return parts.length ? parts.join(' ') : null
}

/**
 * A topic built from a reader's words, with the narrowing they name kept on it (`time`, `side`,
 * `abroad`); a name that only says the side ("Russian-held") is no entity a figure must stand by.
 */
export function withNarrowing(t: Topic): Topic {
  const n = narrowingOf(t.label.en, t.measure)
  if (!n.side && !timeOf(n) && !n.abroad) return t
  const sideNames = n.side ? sidesIn(sideWords(t.label.en), { start: 0, end: t.label.en.length }).map((s) => fold(t.label.en).slice(s.start, s.end)) : []
  const isSide = (a: string) => sideNames.some((s) => s.includes(fold(sideWords(a))))
  const aliases = t.entity.aliases.filter((a) => !isSide(a))
  const entity = isSide(t.entity.name) ? { name: aliases[0] ?? '', aliases } : { ...t.entity, aliases }
  return { ...t, entity, time: timeOf(n) ?? t.time ?? null, side: n.side ?? null, abroad: n.abroad || undefined }
}

/** The country a word names as a holder (its name, its adjective, its seat of government), if any. */
function countryNamed(word: string): string | null {
  const seat = seatOf(word)
  if (seat) return countryAliases(seat)[0]
  const key = holderOf(word)
  return key && key !== 'government' && key !== 'rebels' ? key : null
}

/**
 * What a figure's words say of the narrowings: `own` is its own stretch, `head` its sentence's
 * words before the first figure of its kind (read for what its own words leave unsaid), `prev`
 * the reading of the figure before it in the sentence (a figure "against" it is of the same hour:
 * "26% at 5 pm, against 33% in 2019"). `sides`: the sides its topic's siblings name (read only then).
 */
export function figureNarrowing(text: string, c: Pick<Claim, 'span' | 'sentence' | 'text'> & Partial<Pick<Claim, 'quantity' | 'role'>>, own: Span, head: Span, opts: { storyYear?: number; prev?: FigureNarrowing; sides?: Set<string>; before?: Span } = {}): FigureNarrowing {
  // (The figure's own digits are no year or hour of it: "2000 people died", "1987 قتيلا".)
  const without = (s: Span) => [...text.slice(s.start, s.end)].map((ch, i) => (s.start + i >= c.span.start && s.start + i < c.span.end ? ' ' : ch)).join('')
  const ownText = without(own)
  const headText = without(head)
  const out: FigureNarrowing = {}
  const year = sinceWhen(text.slice(c.sentence.start, c.span.start)) ?? yearIn(ownText, opts.storyYear) ?? yearIn(headText, opts.storyYear)
  if (year !== undefined) out.year = year
  if (previousIn(ownText) || previousIn(headText)) out.previous = true
  const hour = hourIn(ownText) ?? hourIn(headText) ?? (COMPARED.test(foldKey(text.slice(own.start, c.span.start))) ? opts.prev?.hour : undefined)
  if (hour !== undefined) out.hour = hour
  // Inside the country ("داخل البلاد", "in the country") is said against abroad: no abroad then.
  if (abroadIn(ownText)) out.abroad = true
  // The whole of a place, said by the figure or its sentence's head ("Across the country, 300 died");
  // the rest of one only by its own words ("17 in the capital and 22 elsewhere").
  if (wholePlaceIn(ownText) || wholePlaceIn(headText)) out.whole = true
  if (elsewhereIn(text, own)) out.outside = true
  if (addedByFigure(text, c, own)) out.added = true
  // (A figure said of both sides together is no side's: "ensemble", "together", "combined".)
  const lead = text.slice(Math.max(c.sentence.start, c.span.start - 60), c.span.end)
  if (opts.sides?.size && !marksIn(`${lead} ${ownText}`, ['whole']).size && !TOGETHER.test(foldKey(lead))) {
    const fixed = sideWords(text)
    out.sure = sideOf(fixed, c, sidesIn(fixed, c.sentence)) ?? undefined
    if (!out.sure) out.near = firstCountry(text, c.sentence, opts.sides) ?? (opts.before ? sideOf(fixed, { span: { start: opts.before.end, end: opts.before.end }, sentence: opts.before }, sidesIn(fixed, opts.before)) ?? undefined : undefined)
  }
  return out
}
const TOGETHER = new RegExp(`${L}(?:${words(['ensemble', 'conjointement', 'معا', 'مجتمعين'])})${R}`, 'iu')
const COMPARED = new RegExp(`${L}(?:${words(['against', 'compared with', 'compared to', 'versus', 'contre', 'comparé à', 'مقابل', 'مقارنة ب'])})${R}`, 'iu')

// The first country of the sides at stake named in a sentence: who counts ("La Russie a porté à 29
// morts", "وكانت السلطات الأوكرانية قد أعلنت") is named before where ("le sud de l'Ukraine").
function firstCountry(text: string, sentence: Span, sides: Set<string>): string | null {
  for (const m of fold(text.slice(sentence.start, sentence.end)).matchAll(/[\p{L}'’-]+/gu)) {
    const w = m[0].replace(/^(?:l|d)['’]/u, '')
    const k = countryNamed(w) ?? countryNamed(w.split('-')[0])
    if (k && sides.has(k)) return k
  }
  return null
}

/** Whether a topic is narrowed to another time than the story's (a year, "the previous" one). */
export const otherTime = (n: Narrowing): boolean => n.year !== undefined || !!n.previous

/** The side a figure's words say, by a construction or by who counts. */
export const sideSaid = (f: FigureNarrowing): string | undefined => f.sure ?? f.near

/** What a topic's siblings (topics of its measure and kind) narrow theirs to. */
export interface SiblingNarrowings {
  /** The sides at stake: the siblings' and the topic's own (a figure's words are read for these). */
  atStake: Set<string>
  sides: Set<string>; unsided: boolean; other: boolean; thisTime: boolean; hours: Set<number>; unhoured: boolean; abroad: boolean; home: boolean
  /** A sibling is the whole of a place; a sibling is what was added. */
  whole: boolean; added: boolean
  /** The rounds siblings name, and whether one names none. */
  rounds: Set<Round>; unrounded: boolean }

export function siblingNarrowings(siblings: Narrowing[], own: Narrowing = {}): SiblingNarrowings {
  return {
    atStake: new Set([...siblings, own].flatMap((n) => (n.side ? [n.side] : []))),
    sides: new Set(siblings.flatMap((n) => (n.side ? [n.side] : []))),
    unsided: siblings.some((n) => !n.side),
    other: siblings.some((n) => n.year !== undefined || !!n.previous),
    thisTime: siblings.some((n) => n.year === undefined && !n.previous),
    hours: new Set(siblings.flatMap((n) => (n.hour !== undefined ? [n.hour] : []))),
    unhoured: siblings.some((n) => n.hour === undefined),
    abroad: siblings.some((n) => !!n.abroad),
    home: siblings.some((n) => !n.abroad),
    whole: siblings.some((n) => !!n.whole),
    added: siblings.some((n) => !!n.added),
    rounds: new Set(siblings.flatMap((n) => (n.round ? [n.round] : []))),
    unrounded: siblings.some((n) => !n.round),
  }
}

/** Whether any sibling narrows its measure otherwise than the topic (placement reads the figure then). */
export function narrowedApart(n: Narrowing, s: SiblingNarrowings): boolean {
  const other = n.year !== undefined || !!n.previous
  return (s.sides.size > 0 && (s.sides.size > 1 || !n.side || !s.sides.has(n.side) || s.unsided)) || (other ? s.thisTime : s.other) || (n.hour !== undefined ? s.unhoured || s.hours.size > 0 : s.hours.size > 0) || (n.abroad ? s.home : s.abroad) || !!n.whole || s.whole || !!n.added || s.added || (n.round ? s.unrounded || s.rounds.size > 0 : s.rounds.size > 0)
}

/**
 * Whether a figure may join a topic narrowed so, among siblings narrowed so: a figure that names
 * a narrowing joins the topic naming it, and the broad sibling keeps the figures that name none.
 * `storyYear`: the year of the story's reports, when known; `bySpeaker`: the topic is one body's count.
 */
export function fitsNarrowing(n: Narrowing, s: SiblingNarrowings, f: FigureNarrowing, storyYear?: number, bySpeaker = false): boolean {
  // A side: a figure said on another side never joins; one silent joins a sided topic only when
  // no sibling counts otherwise (a broad sibling keeps it, or two sides leave it unsure).
  const side = sideSaid(f)
  if (n.side) {
    if (side && side !== n.side) return false
    // (A topic of one body's count keeps what that body says: its speaker tells it from its siblings.)
    if (!side && !bySpeaker && (s.unsided || [...s.sides].some((x) => x !== n.side))) return false
  } else if (f.sure && s.sides.has(f.sure)) return false
  // Another time: a figure of another year (or of "the previous" one) is never this time's.
  const figureOther = f.previous || (f.year !== undefined && (storyYear !== undefined ? f.year !== storyYear : s.other))
  if (n.year !== undefined || n.previous) {
    if (!figureOther) return false
    if (n.year !== undefined && f.year !== undefined && f.year !== n.year) return false
  } else if (s.other && figureOther) return false
  // An hour: a figure said at 17:00 is the 5 pm count, not the final one.
  if (n.hour !== undefined ? f.hour !== n.hour : s.hours.size > 0 && f.hour !== undefined) return false
  if (n.abroad ? !f.abroad : s.abroad && !!f.abroad) return false
  // The whole of a place takes no figure of the rest of one; a part's topic none said of the whole.
  if (n.whole ? !!f.outside : s.whole && !!f.whole) return false
  // What was added: only a figure said as added, and the count's own topic none such.
  if (n.added ? !f.added : s.added && !!f.added) return false
  // A round: a figure of its sentence's round, or of its report's when its sentence names none; a
  // topic of no round among siblings of one takes no figure whose sentence names a round.
  if (n.round ? (f.round ?? f.reportRound) !== n.round : s.rounds.size > 0 && f.round !== undefined) return false
  return true
}

/** The year most of the story's reports were published in, when any says. */
export function storyYearOf(sources: { published?: string | null }[]): number | undefined {
  const counts = new Map<number, number>()
  for (const s of sources) { const y = Number(s.published?.slice(0, 4)); if (y >= 1900 && y < 2100) counts.set(y, (counts.get(y) ?? 0) + 1) }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0]
}

// Words of a label that say its measure, not its narrowing (or nothing): topics of one kind without
// a concept are siblings when their labels share one ("Turnout" and "Turnout abroad").
const NOT_MEASURE = new Set(['the', 'and', 'for', 'from', 'with', 'that', 'this', 'when', 'what', 'which', 'date', 'number', 'total', 'overall', 'people', 'share', 'count', 'figure', 'abroad', 'nationwide', 'across', 'added', 'additional', 'side', 'held', 'areas', 'previous', 'election', 'day', 'first', 'last', 'nombre', 'date', 'عدد', 'نسبة', 'تاريخ'])
function measureWords(label: string): Set<string> {
  return new Set((foldKey(label).match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !NOT_MEASURE.has(w) && !/^\d/.test(w)))
}

/**
 * Each topic's narrowing (read from its words, or kept on it: `side`, `abroad`), with what its
 * siblings narrow theirs to: the other topics of its kind and measure (its concept; without one, a
 * word of the label they share). `siblings` is null when it has none.
 */
export function narrowingSiblings(topics: Topic[], storyYear?: number): { narrowing: Narrowing; siblings: SiblingNarrowings | null }[] {
  const read = topics.map((t) => {
    const n = narrowingOf(t.label.en, t.measure, storyYear)
    if (t.side && !n.side) n.side = t.side
    if (t.abroad) n.abroad = true
    return n
  })
  const words = topics.map((t) => measureWords(t.label.en))
  // (Siblings of siblings are siblings: "Turnout at 5 pm" shares a word with "Turnout", which shares
  // its concept with "Tebboune's share of the vote"; a figure said at 17:00 is neither's.)
  const group = topics.map((_, i) => i)
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])))
  topics.forEach((t, i) => topics.forEach((o, j) => {
    if (j > i && o.kind === t.kind && (t.concept && o.concept ? o.concept === t.concept : [...words[i]].some((w) => words[j].has(w)))) group[root(j)] = root(i)
  }))
  return topics.map((_, i) => {
    const sib = read.filter((_, j) => j !== i && root(j) === root(i))
    return { narrowing: read[i], siblings: sib.length ? siblingNarrowings(sib, read[i]) : null }
  })
}
