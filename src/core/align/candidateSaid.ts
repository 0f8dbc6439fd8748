import type { Claim } from '../model'
import { foldKey } from '../text/normalize'

// A day said right by a verb of saying dates what was said, not what the count in its sentence
// counts: "on Thursday gave a toll of more than 104", "said on Wednesday that Tuesday's blasts had
// killed 12", "avant d'évoquer jeudi plus de 104 victimes", "ثم عادت اليوم الخميس لتتحدث عن". Such
// a day says nothing of which wave of an event a count belongs to (candidateWaves.ts).

const SAY = [
  'said', 'says', 'say', 'told', 'gave', 'give', 'gives', 'reported', 'reports', 'announced', 'stated', 'confirmed', 'added', 'put', 'updated', 'revised',
  'dit', 'déclaré', 'déclare', 'annoncé', 'annonce', 'indiqué', 'indique', 'évoquer', 'évoqué', 'évoque', 'parlait', 'parlé', 'affirmé', 'précisé', 'rapporté', 'confirmé',
  'قال', 'قالت', 'اعلن', 'اعلنت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'تحدث', 'تحدثت', 'تتحدث', 'يتحدث', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'صرح', 'صرحت',
].map((w) => foldKey(w))
const WORDS = new Set(SAY)
// An Arabic verb's attached conjunction or particle ("وقالت", "لتتحدث", "فأعلنت").
const PREFIX = /^(?:[وف]?ل|[وف])(?=\p{L}{3})/u
const WORD = /[\p{L}\p{M}'’]+/gu
// How many words either side of the day the verb may stand ("said on Wednesday", "on Thursday gave").
const REACH = 2

const isSay = (w: string) => { const k = foldKey(w.toLowerCase()).replace(/^(?:d|l|qu)['’]/u, ''); return WORDS.has(k) || WORDS.has(k.replace(PREFIX, '')) }

/** Whether a date stands right by a verb of saying, in its sentence (`text`: its report). */
export function saidOn(date: Pick<Claim, 'span' | 'sentence'>, text: string): boolean {
  const before = text.slice(Math.max(date.sentence.start, date.span.start - 60), date.span.start).match(WORD) ?? []
  const after = text.slice(date.span.end, Math.min(date.sentence.end, date.span.end + 60)).match(WORD) ?? []
  return [...before.slice(-REACH), ...after.slice(0, REACH)].some(isSay)
}
