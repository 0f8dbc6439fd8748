import type { Assignment, Claim, Source, Topic } from '../model'
import type { MeasureReading } from './measureOf'
import { isBound } from './dateSiblings'

// A report says the day of the story's event by a weekday or "today" ("137 officers were sent to
// Itaewon on Saturday", "Samedi soir, des milliers de jeunes se sont retrouvés à Itaewon",
// "تحوّلت بيروت بعد ظهر اليوم إلى مدينة منكوبة") in a sentence that names no event of its own:
// when that day is the one the other reports give for a date topic, in full ("29 October"), the
// weekday is that topic's date too; so is a day said with its number in a sentence of prose ("the
// night of October 1", "ليلة ١ أكتوبر"). Only a sentence whose date reads no event and says no saying,
// and only a topic whose figures from other reports all fall on that one day.

const SCORE = 2
const REASON = 'it falls on the day other reports give for it'

const isDay = (c: Claim) => c.quantity.kind === 'date' && typeof c.quantity.lo === 'string' && c.quantity.lo === c.quantity.hi

/** The day a date topic's figures give, when every dated day among them is one. */
function dayOf(figures: Claim[]): string | null {
  const days = new Set(figures.filter(isDay).map((c) => c.quantity.lo as string))
  return days.size === 1 ? [...days][0] : null
}

// A day said of a saying is the saying's ("lundi, le patron de l'Autorité a affirmé", "Mercredi,
// l'OIM évoquait", "officials said on Saturday", "قالت الوزارة الأحد"); "according to" names a
// source, not a saying.
const SAYING = /(?<![\p{L}])(?:said|says|told|announced|stated|affirmed|confirmed|warned|reported|a affirmé|affirmait|affirmaient|a déclaré|déclarait|a annoncé|annonçait|a indiqué|indiquait|évoquait|a évoqué|a assuré|a précisé|a confirmé|[وف]?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|أفاد|أفادت|ذكر|ذكرت|أوضح|أوضحت|صرح|صرحت))(?![\p{L}])/iu
const says = (c: Claim, text: string | undefined) => !!text && SAYING.test(text.slice(c.sentence.start, c.sentence.end))
// A day among others listed ("après avoir comparu dimanche, lundi et mardi") is one of several.
const JOINED = /^\s*(?:,|،|et|and|ou|or|و)?\s*$/iu
const listed = (c: Claim, claims: Claim[], text: string | undefined) => !!text && claims.some((o) => o !== c && o.source === c.source && o.quantity.kind === 'date' && JOINED.test(o.span.start >= c.span.end ? text.slice(c.span.end, o.span.start) : o.span.end <= c.span.start ? text.slice(o.span.end, c.span.start) : 'x'))

// A date in the page's furniture (a byline, "Publié le 17/09/2024", "NAIROBI, July 2 —", "عاصفة نيوز |
// السبت ١٥ يونيو") is the report's day, not the event's: a day said with its number is read only in
// a sentence of prose, six words or more besides it and no bar of a byline.
const PROSE_WORDS = 6
function prose(c: Claim, text: string | undefined): boolean {
  if (!text) return false
  const sentence = text.slice(c.sentence.start, c.span.start) + ' ' + text.slice(c.span.end, c.sentence.end)
  return !/[|]/u.test(sentence) && (sentence.match(/[\p{L}]{2,}/gu) ?? []).length >= PROSE_WORDS
}

/** The assignments with the unread days that fall on a date topic's one day added to it. */
export function withStoryDay(out: Assignment[], claims: Claim[], topics: Topic[], reading: (c: Claim) => MeasureReading, sources: Source[]): Assignment[] {
  const dated = topics.filter((t) => t.kind === 'date' && t.concept)
  if (!dated.length) return out
  const texts = new Map(sources.map((s) => [s.id, s.text]))
  const byId = new Map(claims.map((c) => [c.id, c]))
  const placed = new Set(out.map((a) => a.claimId))
  const members = new Map<string, Claim[]>()
  for (const a of out) { const c = byId.get(a.claimId); if (c) { const l = members.get(a.topicId); if (l) l.push(c); else members.set(a.topicId, [c]) } }
  const added: Assignment[] = []
  for (const c of claims) {
    const text = texts.get(c.source)
    if (placed.has(c.id) || !isDay(c) || (/\p{N}/u.test(c.text) && !prose(c, text)) || c.role === 'statement-time' || isBound(c) || listed(c, claims, text) || says(c, text) || reading(c).concept) continue
    // (Another report's day: a report's own figures say nothing new of it.)
    const fits = dated.filter((t) => { const others = (members.get(t.id) ?? []).filter((o) => o.source !== c.source); return others.length > 0 && dayOf(others) === c.quantity.lo })
    if (fits.length === 1) added.push({ claimId: c.id, topicId: fits[0].id, score: SCORE, reasons: [REASON] })
  }
  return added.length ? [...out, ...added] : out
}
