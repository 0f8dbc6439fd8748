import type { Claim, Lang, Span } from '../model'
import { compact } from '../text/normalize'
import type { Concept } from './measures'
import type { ConceptMention } from './measureOf'
import { isRecordSince } from './recordSince'

// A date said as where something lasting starts ("have killed 341 people since July", "les pluies
// tombées sans relâche depuis juin", "أودت الأمطار التي تهطل منذ يوليو بحياة 341 شخصاً", "2 900
// corps sortis des ruines depuis vendredi") dates the start of the event its sentence tallies: the
// event named before it in its sentence, else, when the sentence counts the dead, the hurt or the
// affected, the event the article opens with. The counts between are the tally since that day,
// not rivals for the event's word. (Not a record's "since": "the worst since 1934" dates an
// earlier event, recordSince.ts.)

// (Not "dès": as often "as early as", "dès dimanche le préfet parlait de…".)
const SINCE = /^(?:since|depuis|منذ)(?![\p{L}])/iu
// (Not the comma inside a number: "800,000".)
const BREAK = /(?<!\p{N})[,،]|[,،](?!\p{N})|[;؛:()«»"]/gu
// The measures a toll since a day counts: its dead, its hurt, those it struck.
const TALLIES = new Set(['killed', 'injured', 'missing', 'bodies', 'affected', 'displaced', 'homeless'])

/**
 * The event a start bound dates ("since July", "depuis vendredi", "منذ يوليو"), or null when it
 * bounds no event its sentence names or tallies. `lead`: the event the article opens with. `read`:
 * measureOf.ts's reading of the measures named in a stretch (passed in: measureOf calls this file).
 */
export function sinceEvent(c: Pick<Claim, 'span' | 'text' | 'quantity' | 'sentence'>, text: string, lang: Lang, lead: () => Concept | null, read: (text: string, span: Span, lang: Lang, every: boolean) => ConceptMention[]): Concept | null {
  if ((c.quantity.kind !== 'date' && c.quantity.kind !== 'daterange') || !SINCE.test(compact(c.text).text) || isRecordSince(c, text)) return null
  // (Its own clause: "the summit hosted by Nigeria, whose president has chaired the bloc since 9
  // July" dates no summit.)
  const lead0 = text.slice(c.sentence.start, c.span.start)
  const from = c.sentence.start + Math.max(0, ...[...lead0.matchAll(BREAK)].map((m) => m.index + 1))
  const rest = text.slice(c.span.end, c.sentence.end)
  const to = c.span.end + (rest.search(BREAK) < 0 ? rest.length : rest.search(BREAK))
  const before = read(text, { start: from, end: c.span.start }, lang, true)
  const event = before.filter((x) => x.concept.event && !x.generic && !x.countedOnly && !x.concept.instant && !x.concept.latest && !x.concept.decided).pop()
  if (event) return event.concept
  const after = read(text, { start: c.span.end, end: to }, lang, true)
  return [...before, ...after].some((x) => TALLIES.has(x.concept.id)) ? lead() : null
}
