import type { Span } from '../model'
import { compact, foldKey } from '../text/normalize'
import { WORD_END, WORD_START } from '../text/words'
import { alternation } from '../text/alternation'

// An election in two rounds gives every measure twice: the turnout, each candidate's votes and
// share, the day of the vote ("Runoff turnout" beside "First-round turnout", "Jalili's runoff
// votes"). A topic names its round in its words; a figure by the round its sentence names before
// it ("the turnout in the second round reached 49.8%", "over 60 percent stayed away in the June 28
// first round"), failing that by the round its report gives results of: the round it says was held
// ("wins run-off", "au second tour", "في الجولة الثانية"), not one it says is to come ("heads to a
// runoff", "qualifiés pour le second tour", "ستمتد إلى جولة ثانية") nor one of another year ("the
// only runoff before, in 2005").

export type Round = 1 | 2

const words = (list: string[]) => alternation(list, { fold: foldKey, spaces: 'spaces' })
const FIRST = ['first round', 'first-round', 'premier tour', '1er tour', 'الجولة الأولى', 'الجولة الاولى', 'جولة أولى', 'الدورة الأولى', 'الدور الأول', 'الدور الاول']
const SECOND = ['second round', 'second-round', 'runoff', 'run-off', 'runoffs', 'run-offs', 'second tour', '2e tour', 'ballottage', 'الجولة الثانية', 'جولة ثانية', 'جولة الإعادة', 'جولة إعادة', 'جولة الاعادة', 'جولة اعادة', 'الدورة الثانية', 'الدور الثاني', 'دورة ثانية']
// (Arabic joins "في" and "و" to the article: "وفي الجولة", "بالجولة".)
const MENTION = new RegExp(`${WORD_START}(?:[وفبل]|وب|وفي\\s+|في\\s+)?(?:(${words(FIRST)})|(${words(SECOND)}))${WORD_END}`, 'giu')

// A round to come: the words just before it lead to it ("heads to a runoff", "going to a second
// round", "qualifiés pour le second tour", "ستمتد إلى جولة ثانية", "تنتقل إلى"), or those just after
// say when it will be ("scheduled for", "prévu", "sera", "المقبل", "القادمة", "ستجرى").
const TO_COME_BEFORE = new RegExp(`${WORD_START}(?:${words(['to a', 'to the', 'into a', 'heads to', 'head to', 'headed to', 'going to', 'force a', 'forced a', 'pour le', 'pour un', 'vers un', 'vers le', 'qualifiés pour le', 'qualifié pour le', 'الى', 'إلى', 'ستمتد الى', 'تنتقل الى'])})\\s*$`, 'iu')
const TO_COME_AFTER = new RegExp(`^\\s*(?:\\(?[\\p{L}\\s]{0,12}\\)?\\s*)?(?:${words(['scheduled', 'will', 'set for', 'due', 'prévu', 'prévue', 'sera', 'aura lieu', 'se tiendra', 'المقبل', 'المقبله', 'القادم', 'القادمه', 'ستجري', 'ستجرى', 'تجري', 'تجرى', 'سيجري'])})${WORD_END}`, 'iu')

const YEAR = /(?<![\p{N}])(19\d\d|20\d\d)(?![\p{N}])/gu
const yearsIn = (text: string) => [...foldKey(text).matchAll(YEAR)].map((m) => Number(m[1]))

// Or the rest of its sentence says when ("a runoff between the two on Friday next week", "جولة إعادة
// ... الجمعة القادمة"), or its sentence speaks of the future before naming it ("will face each
// other in a runoff", "se départageront lors du second tour").
const NEXT_LATER = new RegExp(`${WORD_START}(?:${words(['next', 'scheduled', 'prochain', 'prochaine', 'prévu', 'prévue', 'المقبل', 'المقبله', 'القادم', 'القادمه'])})${WORD_END}`, 'iu')
const FUTURE_BEFORE = new RegExp(`${WORD_START}(?:will|shall|would)${WORD_END}|\\p{L}{4,}ront${WORD_END}`, 'iu')

interface Mention { round: Round; start: number; end: number }

// (Read on the compact view, whose offsets lead back to the text: vowel marks and tatweel, dropped
// for matching, would otherwise shift every mention after them.)
function mentions(text: string, from = 0, to = text.length): Mention[] {
  const folded = compact(text.slice(from, to))
  return [...folded.text.matchAll(MENTION)].map((m) => ({ round: (m[1] ? 1 : 2) as Round, start: from + folded.offsets[m.index], end: from + folded.offsets[m.index + m[0].length] }))
}

/** The round a text names first (a topic's words: "Runoff turnout", "First-round date"), if one. */
export function roundIn(text: string): Round | undefined {
  return mentions(text)[0]?.round
}

/** The round a figure's sentence names: the last mention before the figure, else the first after it. */
export function roundNear(text: string, sentence: Span, at: Span): Round | undefined {
  const all = mentions(text, sentence.start, sentence.end)
  return all.filter((m) => m.end <= at.start).pop()?.round ?? all.find((m) => m.start >= at.end)?.round
}

/**
 * The round a report gives results of: the second when it names one as held, else the first when
 * it names any round (results before a runoff it announces). `sentences` are the report's;
 * `published` its day, when known (a sentence naming an earlier year recalls another election).
 */
export function reportRound(text: string, sentences: Span[], published: string | null | undefined): Round | undefined {
  const year = published ? Number(published.slice(0, 4)) : undefined
  let any: Round | undefined
  for (const s of sentences) {
    const found = mentions(text, s.start, s.end)
    if (!found.length) continue
    if (year !== undefined && yearsIn(text.slice(s.start, s.end)).some((y) => y < year)) continue
    for (const m of found) {
      any = 1
      const before = foldKey(text.slice(Math.max(s.start, m.start - 24), m.start))
      const after = foldKey(text.slice(m.end, Math.min(s.end, m.end + 30)))
      const toCome = TO_COME_BEFORE.test(before) || TO_COME_AFTER.test(after) || NEXT_LATER.test(foldKey(text.slice(m.end, s.end))) || FUTURE_BEFORE.test(foldKey(text.slice(s.start, m.start)))
      if (m.round === 2 && !toCome) return 2
    }
  }
  return any
}
