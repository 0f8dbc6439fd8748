import { type Word, TextWords } from '../words'
import { memoWords } from '../../text/memo'
import type { Lang } from '../../model'
import { type CueWords, CUES } from '../cues'
import { foldKey } from '../../text/normalize'
import { withoutConjunction } from './vocabulary'

// One reading of a text for its speakers: the cue words of its language compiled once, the cues
// found, the speakers named so far; and whether a word names a kind of speaker.

export interface Cue {
  start: number; end: number; speaker: Word[] | null; contentFrom: number; verb: boolean; closes: boolean
  /** A preposition that closes a clause ("…, وفق الوزارة، بعدما …"): it speaks for what came before it only. */
  trailing?: boolean
  /** Where the figures a closing cue speaks for may start ("…, contre 34 dans le bilan du ministère": its own clause only). */
  reach?: number
  /** Where what the cue's speaker said ends, when a relative clause holds it. */
  until?: number
  /** An act's cue (launching an appeal): where what the appeal is for starts; it speaks for the sum asked throughout, for other figures only before it, and never for the act's date. */
  purpose?: number
}
const bareArabic = memoWords((w: string) => w.replace(/^[وف](?=.{3})/, '').replace(/^(ال|لل)(?=.{2})/, ''), 50_000)

export interface Compiled {
  preps: string[][]; verbs: Set<string>; thatVerbs: Set<string>; verbPhrases: string[][]; complements: Set<string>; stops: Set<string>; particles: Set<string>; particlePhrases: string[][]; documents: string[][]; relays: Set<string>; heads: Set<string>; nonSpeakers: Set<string>; records: Set<string>; objects: Set<string>; verbStarts: Set<string>; prepStarts: Set<string>
  /** Whether a word can open a cue (a preposition's phrase or a verb of saying); most words cannot. */
  mayOpen: (w: string) => boolean
  /** The bits of Spelling.flags saying this language's mayOpen was answered, and that it was yes. */
  answered: number; opens: number
}
const compiled = new Map<Lang, Compiled>()
const LANGS: readonly Lang[] = ['ar', 'en', 'fr']

export function compile(lang: Lang): Compiled {
  let c = compiled.get(lang)
  if (c) return c
  const cw: CueWords = CUES[lang]
  const split = (s: string) => foldKey(s).trim().split(/\s+/)
  const all = [...cw.verbs, ...cw.thatVerbs]
  const multi = all.filter((v) => v.includes(' ')).map(split)
  const verbs = new Set([...all.filter((v) => !v.includes(' ')), ...cw.participles].map(foldKey))
  const verbStarts = new Set(multi.map((p) => p[0]))
  const prepStarts = new Set(cw.preps.map((p) => split(p)[0]))
  const bit = 1 << (2 * LANGS.indexOf(lang))
  c = {
    answered: bit,
    opens: bit << 1,
    preps: cw.preps.map(split).sort((a, b) => b.length - a.length),
    verbs,
    thatVerbs: new Set(cw.thatVerbs.map((v) => foldKey(v).trim())),
    verbPhrases: multi.sort((a, b) => b.length - a.length),
    complements: new Set(cw.complements.map(foldKey)),
    stops: new Set(cw.stops.map(foldKey)),
    particles: new Set(cw.particles.map(foldKey)),
    particlePhrases: cw.particles.filter((p) => p.includes(' ')).map(split),
    documents: cw.documents.map(split).sort((a, b) => b.length - a.length),
    relays: new Set(cw.relays.map(foldKey)),
    heads: new Set(cw.heads.map((h) => foldKey(h).replace(/^ال/, ''))),
    nonSpeakers: new Set(cw.nonSpeakers.map(foldKey)),
    records: new Set(cw.records.map(foldKey)),
    objects: new Set(cw.objects.map(foldKey)),
    verbStarts,
    prepStarts,
    // What findCues tests first at every word (as a preposition, then as a verb), answered once per spelling.
    mayOpen: memoWords((w: string) => prepStarts.has(w) || lang === 'ar' && prepStarts.has(w.slice(1)) || verbStarts.has(w) || verbs.has(w) || lang === 'ar' && w.length > 3 && /^[وف]/.test(w) && verbs.has(w.slice(1)), 50_000),
  }
  compiled.set(lang, c)
  return c
}

// One reading of a text: its language's words, the speakers named so far (for "وأضاف", "he said",
// "المنظمة" after "المنظمة الدولية للهجرة") and the text's words before the current sentence.
export interface Reading {
  c: Compiled; lang: Lang; text: string; words: TextWords; history: Word[][]; sentenceStart: number
  /** How a sentence's cues are read (findCues, given here as reading a gap's sentences needs it and findCues needs this reading). */
  cuesOf: (ctx: Reading, sentence: Word[]) => Cue[]
  /** Text between sentences with figures not read yet, and where its speakers go in `history`: read only when a speaker is looked back for. */
  gaps: { start: number; end: number; at: number }[]
  /** The words a look back last read ([from, to) of the text), extended as the reading moves on. */
  back?: { from: number; to: number; words: Word[] }
}

// Whether a word names a kind of speaker: with or without its conjunction and article (French
// elides it: "l'agence"); a head that starts with "و" ("وزير", "وزارة", "وكالة") is not stripped of it.
export function isHead(c: Compiled, lang: Lang, w: string): boolean {
  return c.heads.has(bareWord(lang, w)) || lang === 'fr' && /^[ld]'/.test(w) && c.heads.has(w.slice(2)) || lang === 'ar' && (c.heads.has(w.replace(/^ال/, '')) || c.heads.has(withoutConjunction(w).replace(/^ال/, '')))
}

// An Arabic word without its conjunction and article ("والمنظمة" → "منظمه"); Latin words as they are.
export function bareWord(lang: Lang, w: string): string {
  return lang === 'ar' ? bareArabic(w) : w
}

// Whether a word may open a cue, kept on its spelling (two bits per language: answered, and the
// answer), as findCues asks it of every word read and a lookup by the word cost more than the rest
// of the test. A word whose folded form was rewritten after reading is asked afresh.
export function mayOpen(c: Compiled, word: Word): boolean {
  const sp = word.sp
  if (sp.w !== word.w) return c.mayOpen(word.w)
  if (sp.flags & c.answered) return (sp.flags & c.opens) !== 0
  const yes = c.mayOpen(word.w)
  sp.flags |= c.answered | (yes ? c.opens : 0)
  return yes
}
