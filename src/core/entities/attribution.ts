import type { Attribution, Lang, QuantityKind, Span } from '../model'
import { foldKey } from '../text/normalize'
import { CUES, type CueWords } from './cues'
import { conceptsIn } from '../align/measureOf'

// Who the text says stated a figure. A sentence is read as words; cues are found in it: a
// preposition before the speaker ("بحسب الهلال الأحمر", "according to the UN", "selon l'OIM"), a
// verb of saying with its subject after it ("قالت الوزارة", "a indiqué le maire") or before it
// ("محافظ بيروت قدّر", "the ministry said"), a headline's "X:". A figure takes the cue before it
// whose reported words it stands in, else a cue after it ("…، وفق أوتشا", "…, officials said").
// A verb with no subject ("وأضاف أن") speaks for the last speaker named. A date that times the
// statement itself ("قالت الوزارة اليوم السبت إن") is the outlet's, not the speaker's.

/** A figure to attribute: where it stands, in which sentence, and what it measures. */
export interface FigureRef { span: Span; sentence: Span; kind: QuantityKind }

interface Word { w: string; start: number; end: number; raw: string }
interface Cue { start: number; end: number; speaker: Word[] | null; contentFrom: number; verb: boolean }

// The date of a statement stands right after its speaker: "أعلن الوزير، مساء الثلاثاء، سقوط", "said on Monday".
const STATEMENT_TIME_GAP = /^[\s،,]*(في|on|le|ce)?[\s،,]*$/iu

// Words that open the time of a statement after an inverted subject ("…, said the coast guard on Thursday").
const SPEECH_TIME = /^(on|this|last|late|early|earlier|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|le|ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/

const MAX_WORDS = 8
const NUMBER_WORD = /^(اثنان|اثنين|ثلاثه|اربعه|خمسه|عدد|one|two|three|four|five|several|un|deux|trois|plusieurs)$/
const DETERMINERS = new Set(['an', 'a', 'the', 'some', 'un', 'une', 'le', 'la', 'les', 'des'])
// "told the council": what follows is who listened, never who spoke.
const LISTENER_VERBS = new Set(['told', 'tells'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'il', 'elle', 'ils', 'elles', 'هو', 'هي', 'هم'])
const SUBJECT_FIRST = new Set(['قد', 'لقد', 'وقد', 'فقد'])
const ARTICLES = new Set(['the', 'le', 'la', 'les', "l'"])
const NAME_JOIN = new Set(['of', 'for', 'on', 'de', 'du', 'des', "d'", 'pour', 'sur'])
// A name's first word starts with a capital, after an elided article ("l'Organisation").
const capitalised = (w: Word) => /^(?:[ld]')?[A-ZÀ-Ý]/.test(w.raw) || (w.w === 'the' || w.w === 'le' || w.w === 'la' || w.w === 'les')
// Adjectives that name no origin: "حصيلة رسمية مؤقتة", "the latest official toll".
const GENERIC = new Set(['رسميه', 'مؤقته', 'اوليه', 'جديده', 'نهائيه', 'محدثه', 'الرسميه', 'المؤقته', 'الاوليه', 'الجديده', 'official', 'provisional', 'latest', 'new', 'updated', 'officiel', 'provisoire', 'nouveau', 'dernier'])
// Arabic words ending in a possessive pronoun: "تقديره", "بيانها".
const PRONOUN_SUFFIX = /(ه|ها|هم|هما)$/
const PUNCT = /^[،,؛;:."“”«»()!?؟]$/

interface Compiled { preps: string[][]; verbs: Set<string>; verbPhrases: string[][]; complements: Set<string>; stops: Set<string>; particles: Set<string>; documents: string[][]; relays: Set<string> }
const compiled = new Map<Lang, Compiled>()

function compile(lang: Lang): Compiled {
  let c = compiled.get(lang)
  if (c) return c
  const cw: CueWords = CUES[lang]
  const split = (s: string) => foldKey(s).trim().split(/\s+/)
  const multi = cw.verbs.filter((v) => v.includes(' ')).map(split)
  c = {
    preps: cw.preps.map(split).sort((a, b) => b.length - a.length),
    verbs: new Set(cw.verbs.filter((v) => !v.includes(' ')).map(foldKey)),
    verbPhrases: multi.sort((a, b) => b.length - a.length),
    complements: new Set(cw.complements.map(foldKey)),
    stops: new Set(cw.stops.map(foldKey)),
    particles: new Set(cw.particles.map(foldKey)),
    documents: cw.documents.map(split).sort((a, b) => b.length - a.length),
    relays: new Set(cw.relays.map(foldKey)),
  }
  compiled.set(lang, c)
  return c
}

function wordsOf(text: string, span: Span): Word[] {
  const out: Word[] = []
  const re = /[\p{L}\p{N}\p{M}ـ'’-]+|[،,؛;:."“”«»()!?؟]/gu
  re.lastIndex = span.start
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const raw = m[0]
    out.push({ w: foldKey(raw).replace(/’/g, "'"), start: m.index, end: m.index + raw.length, raw })
  }
  return out
}

/**
 * The attribution of every figure, in text order; figures of one sentence share its reading, and a
 * verb with no subject speaks for the speaker last named before it.
 */
/** A figure's attribution, and whether it is the date a statement was made ("said on Monday"). */
export interface Attributed { attribution: Attribution | null; statementTime: boolean }

export function attributeFigures(text: string, lang: Lang, figures: FigureRef[]): Attributed[] {
  const c = compile(lang)
  const out: Attributed[] = []
  let last: Word[] | null = null
  const read = new Map<number, { words: Word[]; cues: Cue[]; headline: Word[] | null }>()
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]
    let r = read.get(f.sentence.start)
    if (!r) {
      const words = wordsOf(text, f.sentence)
      const cues = findCues(c, lang, words, () => last)
      for (const cue of cues) if (cue.speaker) last = cue.speaker
      r = { words, cues, headline: headlineSpeaker(text, words, lang) }
      read.set(f.sentence.start, r)
    }
    const statementTime = isStatementTime(text, r.cues, f)
    const speaker = statementTime ? null : speakerFor(r.cues, f) ?? (r.headline && f.span.start > r.headline[r.headline.length - 1].end ? r.headline : null)
    out.push({ attribution: speaker && speaker.length ? toAttribution(text, speaker, r.cues) : null, statementTime })
  }
  return out
}

// A date between the verb and what was said, or right after the speaker, times the statement:
// "قالت الوزارة، اليوم الأحد، إن", "the UN said on Saturday that".
function isStatementTime(text: string, cues: Cue[], f: FigureRef): boolean {
  if (f.kind !== 'date' && f.kind !== 'daterange') return false
  let before: Cue | null = null
  for (const cue of cues) if (cue.start < f.span.start) before = cue
  if (!before || !before.verb) return false
  // "said on Monday that …": the preposition before the date is no start of what was said.
  if (f.span.start < before.contentFrom || STATEMENT_TIME_GAP.test(text.slice(before.end, f.span.start))) return true
  return !!before.speaker && before.speaker[0].start > before.start && STATEMENT_TIME_GAP.test(text.slice(before.speaker[before.speaker.length - 1].end, f.span.start))
}

function speakerFor(cues: Cue[], f: FigureRef): Word[] | null {
  const at = f.span.start
  let before: Cue | null = null
  for (const cue of cues) if (cue.start < at) before = cue
  if (before && at >= before.contentFrom) return before.speaker
  const after = cues.find((cue) => cue.start >= f.span.end && cue.speaker)
  return after ? after.speaker : before?.speaker ?? null
}

function toAttribution(text: string, speaker: Word[], cues: Cue[]): Attribution {
  const start = speaker[0].start
  const end = speaker[speaker.length - 1].end
  const cue = cues.find((c) => c.speaker === speaker)
  const label = text.slice(start, end).replace(/["“”«»]/g, '').replace(/^ـ\s*/, '').replace(/\s+/g, ' ').trim()
  return { who: label, cue: cue ? text.slice(cue.start, cue.end) : '', span: { start: Math.min(start, cue?.start ?? start), end: Math.max(end, cue?.end ?? end) } }
}

// A headline that names its source before a colon: "البنك الدولي: أضرار …", "UN: 11,300 dead".
function headlineSpeaker(text: string, words: Word[], lang: Lang): Word[] | null {
  const colon = words.findIndex((w) => w.w === ':')
  if (colon < 1 || colon > 6) return null
  const head = words.slice(0, colon)
  if (head.some((w) => /\d/.test(w.w) || PUNCT.test(w.w))) return null
  // "Beirut blast: 154 dead", "Séisme au Maroc : le bilan…": a headline may open with the event
  // it is about rather than a speaker.
  const span = { start: head[0].start, end: head[head.length - 1].end }
  return conceptsIn(text, span, lang).some((m) => m.concept.event) ? null : head
}

function findCues(c: Compiled, lang: Lang, words: Word[], previous: () => Word[] | null): Cue[] {
  const cues: Cue[] = []
  for (let i = 0; i < words.length; i++) {
    const prep = matchPhrase(c.preps, words, i, lang)
    if (prep) {
      let j = i + prep.n
      // "بحسب ما أعلنت الوزارة", "حسبما ذكرت": the speaker follows the relayed verb.
      if (c.relays.has(words[j]?.w ?? '') && words[j + 1] && isVerb(c, words, j + 1, lang)) j += 2
      else if (isVerb(c, words, j, lang)) j += verbLength(c, words, j, lang)
      // "ووفق تقديره" (by his estimate): a pronoun, so the speaker last named.
      const pronoun = words[j] && PRONOUN_SUFFIX.test(words[j].w) && matchPhrase(c.documents, words, j, 'en')
      const speaker = pronoun ? { words: previous(), to: j + 1 } : nounPhrase(c, words, j, prep.gluedPrefix)
      cues.push({ start: words[i].start, end: words[i + prep.n - 1].end, speaker: speaker.words, contentFrom: words[i].start, verb: false })
      i = Math.max(i, speaker.to - 1)
      continue
    }
    if (!isVerb(c, words, i, lang)) continue
    // "an estimated 300,000", "the reported toll": an adjective, not a verb of saying.
    if (DETERMINERS.has(words[i - 1]?.w ?? '')) continue
    const n = verbLength(c, words, i, lang)
    const after = words[i + n]
    const cue: Cue = { start: words[i].start, end: words[i + n - 1].end, speaker: null, contentFrom: words[i + n - 1].end, verb: true }
    // "نقلت عنه وكالة رويترز": the agency relays the speaker last named.
    if (after && /^عن(ه|ها|هم|هما)$/.test(after.w)) {
      cue.speaker = previous()
      cues.push(cue)
      i += n
      continue
    }
    // Arabic puts the subject after the verb, unless the clause opened with it: "وكان المحافظ قد
    // قدّر", "أما المحافظ فتحدث".
    const fronted = lang === 'ar' && (SUBJECT_FIRST.has(words[i - 1]?.w ?? '') || /^ف/.test(words[i].w) && words.slice(Math.max(0, i - MAX_WORDS), i).some((w) => w.w === 'اما'))
    // English and French: after a quotation or a comma the subject follows, articles and all ("…, a indiqué le ministère").
    const subjectAfter = !fronted && after && !PUNCT.test(after.w) && (lang === 'ar' ? !c.complements.has(after.w) && !c.stops.has(after.w) : verbSubjectOrder(words, i) && !LISTENER_VERBS.has(words[i].w))
    if (subjectAfter) {
      const np = nounPhrase(c, words, i + n, false)
      // In English and French the inverted subject closes its clause ("…, said the ministry.");
      // "…, says French troops out by year-end" has its subject before and what was said after.
      const next = words[np.to]?.w
      const closes = lang === 'ar' || !next || PUNCT.test(next) || c.verbs.has(next) || SPEECH_TIME.test(next)
      if (closes) {
        cue.speaker = np.words
        cue.contentFrom = words[np.to]?.start ?? cue.contentFrom
      }
    }
    if (!cue.speaker) cue.speaker = subjectBefore(c, words, i)
    // "he said", "وأضاف": the speaker last named.
    if (!cue.speaker || (cue.speaker.length === 1 && PRONOUNS.has(cue.speaker[0].w))) cue.speaker = previous()
    // What was said starts at the first complement after the verb ("إن", "that", "que").
    for (let k = i + n; k < words.length && k < i + n + 3 * MAX_WORDS; k++) {
      if (c.complements.has(words[k].w) && words[k].w !== 'the' && words[k].w !== 'a') { cue.contentFrom = words[k].start; break }
    }
    cues.push(cue)
    i += n - 1
  }
  return cues
}

// English and French put the subject after the verb only after a quotation or a comma:
// "…, said Marie el-Drese", "…, a indiqué le maire".
function verbSubjectOrder(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  return !!prev && /^[,"”»:]$/.test(prev.w)
}

function isVerb(c: Compiled, words: Word[], i: number, lang: Lang): boolean {
  return verbLength(c, words, i, lang) > 0
}

function verbLength(c: Compiled, words: Word[], i: number, lang: Lang): number {
  const w = words[i]
  if (!w) return 0
  for (const p of c.verbPhrases) if (p.every((x, k) => words[i + k]?.w === x)) return p.length
  if (c.verbs.has(w.w)) return 1
  // Arabic verbs take a conjunction: "وقال", "فأكد".
  return lang === 'ar' && w.w.length > 3 && /^[وف]/.test(w.w) && c.verbs.has(w.w.slice(1)) ? 1 : 0
}

function matchPhrase(phrases: string[][], words: Word[], i: number, lang: Lang): { n: number; gluedPrefix: boolean } | null {
  for (const p of phrases) {
    let ok = true
    for (let k = 0; k < p.length && ok; k++) {
      const w = words[i + k]?.w ?? ''
      const want = p[k]
      if (k === 0 && lang === 'ar') ok = w === want || w === 'و' + want || w === 'ف' + want
      // The last part of "وفقا ل" is a prefix glued to the next word ("لتقديرات").
      else if (k === p.length - 1 && want.length === 1 && lang === 'ar') ok = w.startsWith(want) && w.length > 2
      else ok = w === want
    }
    if (ok) {
      const glued = lang === 'ar' && p[p.length - 1].length === 1
      return { n: glued ? p.length - 1 : p.length, gluedPrefix: glued }
    }
  }
  return null
}

// The speaker's noun phrase from word j: up to a stop, a complement, a verb or punctuation,
// leaving out the document it was issued in ("تقديرات الأمم المتحدة" → "الأمم المتحدة").
function nounPhrase(c: Compiled, words: Word[], j: number, gluedPrefix: boolean): { words: Word[] | null; to: number } {
  let k = j
  // Only when a body follows the document: "تقديرات غربية" keeps its adjective.
  for (let doc = matchPhrase(c.documents, words, k, 'en'); doc && bodyStart(words[k + doc.n]); doc = matchPhrase(c.documents, words, k, 'en')) k += doc.n
  const who: Word[] = []
  while (k < words.length && who.length < MAX_WORDS) {
    const w = words[k]
    if (PUNCT.test(w.w) || c.stops.has(w.w) || c.complements.has(w.w) && who.length > 0 || /\d/.test(w.w)) {
      // "هيومن رايتس ووتش عن مصادر محلية": the sources belong to the speaker.
      if (w.w === 'عن' && who.length && words[k + 1]?.w.startsWith('مصادر')) { who.push(w); k++; continue }
      // "اثنان من المسؤولين", "one of the officials": a number of a group is the speaker.
      if ((w.w === 'من' || w.w === 'of' || w.w === 'des') && who.length === 1 && NUMBER_WORD.test(who[0].w)) { who.push(w); k++; continue }
      // "l'Organisation internationale pour les migrations", "Ministry of Health": a name goes on.
      if (NAME_JOIN.has(w.w) && who.length && capitalised(who[0]) && words[k + 1] && !PUNCT.test(words[k + 1].w)) {
        who.push(w)
        k++
        if (ARTICLES.has(words[k].w)) { who.push(words[k]); k++ }
        continue
      }
      if (/^["“”«»]$/.test(w.w)) { k++; continue }
      break
    }
    if (who.length > 0 && (c.verbs.has(w.w) || c.verbs.has(w.w.replace(/^[وف]/, '')))) break
    // An object with a pronoun ("انسحابها") starts what was said, not who said it.
    if (who.length >= 2 && /(ها|هم|هما)$/.test(w.w)) break
    who.push(w)
    k++
  }
  if (who.length && gluedPrefix) who[0] = { ...who[0], start: who[0].start + (/^لل/.test(who[0].w) ? 1 : who[0].raw.startsWith('لـ') ? 2 : 1) }
  // A document with no body named ("أحدث حصيلة", "حصيلة رسمية مؤقتة", "the latest toll") is the
  // outlet's own reading; one with an origin ("تقديرات غربية") keeps it.
  const doc = who.length ? matchPhrase(c.documents, words, j, 'en') : null
  if (doc && who.slice(doc.n).every((w) => GENERIC.has(w.w))) return { words: null, to: k }
  return { words: who.length ? who : null, to: k }
}

// A body's name starts definite (Arabic "ال"/"لل", "the") or with a capital.
const bodyStart = (w: Word | undefined) => !!w && !PUNCT.test(w.w) && (/^[وفبل]?(ال|لل)/.test(w.w) || /^[A-ZÀ-Ý]/.test(w.raw) || w.w === 'the' || w.w === "l'" || w.w === 'la' || w.w === 'le' || w.w === 'les')

// "محافظ بيروت مروان عبود قدّر", "the Libyan Red Crescent said": the subject before the verb,
// back to the start of the clause, without particles ("وكان", "قد", "has").
function subjectBefore(c: Compiled, words: Word[], v: number): Word[] | null {
  let k = v - 1
  while (k >= 0 && c.particles.has(words[k].w)) k--
  const end = k
  while (k >= 0 && end - k < MAX_WORDS) {
    const w = words[k]
    if (PUNCT.test(w.w) || c.complements.has(w.w) || c.stops.has(w.w) || /\d/.test(w.w)) break
    if (c.verbs.has(w.w) || c.verbs.has(w.w.replace(/^[وف]/, ''))) break
    k--
  }
  let from = k + 1
  while (from <= end && c.particles.has(words[from].w)) from++
  if (from > end) return null
  // "Marie el-Drese, the group's secretary-general, told": the name before the apposition.
  if (words[k]?.w === ',' && /^[A-ZÀ-Ý]/.test(words[k - 1]?.raw ?? '')) {
    let n = k - 1
    while (n > 0 && /^[A-ZÀ-Ý]|^(el|al|de|du|bin|ben|von|van)(-|$)/.test(words[n - 1].raw) && !PUNCT.test(words[n - 1].w)) n--
    return words.slice(n, k)
  }
  return words.slice(from, end + 1)
}
