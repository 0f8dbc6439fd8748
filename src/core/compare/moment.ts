import type { Claim, Span } from '../model'
import { addDays, parseIso } from '../extract/common/dates'
import { marksIn, WEEKDAYS } from '../align/marks'
import { foldKey } from '../text/normalize'
import { sinceOf, type AsOf } from './asof'

// The moment a figure describes. A count that only adds up (the dead, the injured) is as of its
// report: the day its sentence names dates the event counted, not the count (asof.ts). Any other
// measure describes the moment its text sets it at, whenever it is reported: the officers on duty
// "on Saturday night", the ships waiting "by Sunday night", the people in a hall "when the fire
// broke out", the officers sent elsewhere "at the same moment". The report's day is only the
// fallback for a figure whose text sets no moment. Two figures form a series only when both
// moments are known and different; two figures told for one moment that cannot both hold conflict.

/** What a figure's own sentence says of its moment: days (ISO, inclusive; one day or a closed period), or the occasion itself (the event, a day not given). */
export type Told = { from: string; to: string } | { occasion: true }

// Words that tie a figure to the occasion it measures, not to its report's day: "when the fire
// broke out", "at the time of the crush", "at the same moment", "au moment du drame", "ce
// soir-là", "لحظة اندلاع الحريق", "في الوقت نفسه". (A press conference or a statement "during"
// which a figure was given times the saying, not the thing said: "lors de", "pendant", "خلال"
// are left out.)
const OCCASION = new RegExp(`(?<![\\p{L}])(?:${[
  // English
  'when (?:the |a |an )?(?:[\\p{L}’\'-]+ ){0,3}(?:started|broke out|began|erupted|struck|hit|happened|occurred|collapsed|exploded|caught fire)',
  // (The time of a report or a statement is the report's moment, not the occasion's.)
  'at the (?:time|moment|height) of(?! (?:the |this |its |their )?(?:report|statement|writing|publication|update|count|briefing)s?(?![\\p{L}]))', 'at the same (?:time|moment)', 'at that (?:time|moment)', 'that (?:night|evening|day)',
  'on the (?:night|evening|day) of the',
  // French
  'au moment (?:du|de la|de l[’\']|des|où|de)', 'au même moment', 'à ce moment', 'quand (?:le|la|l[’\']|les) (?:[\\p{L}’\'-]+ ){0,3}(?:a éclaté|s[’\']est déclaré|s[’\']est déclarée|a commencé|a débuté|s[’\']est produit|s[’\']est produite|a frappé)',
  '(?:ce|cette) (?:soir|nuit|jour)-là', '(?:la nuit|le soir|le jour) (?:du|de la|de l[’\'])(?! ?[\\p{N}])',
  // Arabic
  '(?:لحظة|وقت|عند|اثناء|حين|ليلة|يوم|مساء) (?:وقوع|اندلاع|حدوث|نشوب|بدء)', 'في (?:الوقت|اللحظة) (?:نفسه|نفسها|ذاته|ذاتها)', 'في نفس (?:الوقت|اللحظة)', 'في تلك (?:الليلة|اللحظة)', 'في ذلك (?:اليوم|الوقت)',
  // (An Arabic phrase takes its conjunction or preposition glued on: "وفي تلك الليلة", "وعند اندلاع".)
].map((p) => (/\p{Script=Arabic}/u.test(p) ? `(?:[وفبلك])?${foldKey(p)}` : p)).join('|')})(?![\\p{L}])`, 'iu')

/**
 * The moment a figure's own sentence sets it at: the one day a time word beside it names ("on
 * Saturday", resolved by the extraction), else the one weekday its sentence names, taken as the
 * last such day up to its report ("Samedi soir déjà…" written on a Wednesday), else the occasion
 * its sentence ties it to; null when the sentence sets none.
 */
export function toldMoment(c: Pick<Claim, 'scopes' | 'sentence'> & Partial<Pick<Claim, 'span'>>, text: string | undefined, published: string | null | undefined, said: Span[] = []): Told | null {
  // (A day a count runs "since" is its start, not its moment.)
  if (sinceOf(c) !== null) return null
  // (A period still running on the report's day, "this year", holds a count so far: no moment of its own.)
  const times = c.scopes.filter((s) => s.kind === 'time' && (s.from ?? s.to) && !(published && s.from && s.to && s.from < s.to && s.from <= published && published <= s.to))
  if (times.length === 1) return { from: (times[0].from ?? times[0].to)!, to: (times[0].to ?? times[0].from)! }
  if (times.length > 1 || !text) return null
  // (A weekday that dates the statement, "a indiqué dimanche que…", is blanked: saying.ts.)
  let sentence = text.slice(c.sentence.start, c.sentence.end)
  for (const d of said) if (d.start >= c.sentence.start && d.end <= c.sentence.end) sentence = sentence.slice(0, d.start - c.sentence.start) + ' '.repeat(d.end - d.start) + sentence.slice(d.end - c.sentence.start)
  const named = [...marksIn(sentence, ['day'])]
  if (named.length === 1 && published) { const day = lastWeekday(WEEKDAYS.indexOf(named[0] as (typeof WEEKDAYS)[number]), published); return { from: day, to: day } }
  if (named.length === 0 && published) {
    // (Only the figure the phrase stands beside, no other number between: "up from 120 last month"
    // dates the 120, not the 300 the sentence gives first.)
    const own = c.span ? { start: c.span.start - c.sentence.start, end: c.span.end - c.sentence.start } : null
    const last = lastPeriod(sentence, published, own)
    if (last) return last
  }
  return named.length === 0 && namesOccasion(sentence) ? { occasion: true } : null
}

// The period before the report's own that a sentence sets its figure in ("Last month, the
// government put the cost at $30 billion", "le mois dernier", "الشهر الماضي"): an estimate given
// then is that month's, not the report's day's.
const LAST_MONTH = new RegExp(`(?<![\\p{L}])(?:last month|(?:le|du|au) mois (?:dernier|passé)|(?:[وفبل])?(?:ال|لل)شهر الماضي)(?![\\p{L}])`, 'iu')
const LAST_WEEK = new RegExp(`(?<![\\p{L}])(?:last week|(?:la|de la) semaine (?:dernière|passée)|(?:[وفبل])?(?:ال|لل)[اأ]سبوع الماضي)(?![\\p{L}])`, 'iu')
/** The month or week before a report's day that a sentence names, or null. */
function lastPeriod(sentence: string, published: string, own: Span | null): Told | null {
  // (Read on the sentence as written, so that the phrase's place is the figure's coordinates.)
  const month = LAST_MONTH.exec(sentence)
  const week = LAST_WEEK.exec(sentence)
  const hasMonth = !!month
  const hasWeek = !!week
  if (hasMonth === hasWeek) return null
  const at = (month ?? week)!
  if (own) {
    const between = at.index >= own.end ? sentence.slice(own.end, at.index) : sentence.slice(at.index + at[0].length, own.start)
    if (/\p{N}/u.test(between)) return null
  }
  if (hasWeek) return { from: addDays(published, -13), to: addDays(published, -1) }
  const { y, m } = parseIso(published)
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1]
  const first = `${py}-${String(pm).padStart(2, '0')}-01`
  return { from: first, to: addDays(`${y}-${String(m).padStart(2, '0')}-01`, -1) }
}

/** Whether words tie what they describe to the occasion itself ("people inside the hall when the fire broke out", "les policiers déployés la nuit du drame", "لحظة اندلاع الحريق"). */
export const namesOccasion = (words: string): boolean => OCCASION.test(foldKey(words))

/** The last day of a weekday (0 for Sunday) on or before a day. */
function lastWeekday(weekday: number, day: string): string {
  const { y, m, d } = parseIso(day)
  const back = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() - weekday + 7) % 7
  return addDays(day, -back)
}

/** A moment the text itself set (`told`; `occasion` when it is the occasion, no day given): the figure is that moment's, whatever day it was reported. */
export interface Moment extends AsOf { told?: true; occasion?: true }

/**
 * The moments of some figures of one topic: for a measure that neither only adds up nor is a
 * present state, the moment its text tells (a day, or the occasion: from the first moment any
 * figure of the topic is known at, to its own report's day, since its report cannot be about a
 * later one), else its as-of time.
 */
export function moments(cs: Claim[], asOf: (c: Claim) => AsOf | null, told: (c: Claim) => Told | null, running: (c: Claim) => boolean, state: (c: Claim) => boolean = () => false): (c: Claim) => Moment | null {
  // (By id: the figures may be copies, converted to their report's currency.)
  const of = new Map<string, Moment | null>()
  const occasions: Claim[] = []
  for (const c of cs) {
    // A count that only adds up is its report's; a present state (in serious condition "on
    // Sunday") still moves within the day its text names, so its report's day stands too.
    const t = running(c) || state(c) ? null : told(c)
    const at = asOf(c)
    if (!t) of.set(c.id, at)
    else if ('from' in t) of.set(c.id, { from: t.from, to: t.to, told: true })
    else occasions.push(c)
  }
  const known = [...of.values(), ...occasions.map(asOf)].filter((m): m is Moment => !!m)
  const first = known.reduce<string | null>((x, m) => (x === null || m.from < x ? m.from : x), null)
  for (const c of occasions) {
    const at = asOf(c)
    of.set(c.id, at ? { told: true, occasion: true, from: first !== null && first < at.from ? first : at.from, to: at.to } : null)
  }
  return (c) => (of.has(c.id) ? of.get(c.id)! : asOf(c))
}

/** The moment two figures that clash are told at, to name it: a day one of them is told at, else the occasion one measures; undefined when neither tells one. */
export function namedMoment(a: Moment | null, b: Moment | null): { day: string } | { occasion: true } | undefined {
  const day = [a, b].find((m) => m?.told && !m.occasion && m.from === m.to)
  if (day) return { day: day.from }
  return a?.occasion || b?.occasion ? { occasion: true } : undefined
}
