import type { Span, QuantityKind, Attribution, Lang } from '../model'
import { TextWords, type Word } from './words'
import { isPlaceAside } from './aside'
import { quotationClose, followsClose } from './quotes'
import { isCountryWord } from './countries'
import { LOOK_BACK_CHARS, PRONOUN_SUFFIX, PRONOUNS, PUNCT } from './speakers/vocabulary'
import { compile, type Reading, type Cue, isHead } from './speakers/reading'
import { nounPhrase } from './speakers/speakerPhrase'
import { readGap, resolve, plausible } from './speakers/reference'
import { findCues } from './speakers/findCues'

// Who the text says stated a figure. A sentence is read as words; cues are found in it: a
// preposition before the speaker ("بحسب الهلال الأحمر", "according to the UN", "selon l'OIM"), a
// verb of saying with its subject after it ("قالت الوزارة", "a indiqué le maire") or before it
// ("محافظ بيروت قدّر", "the ministry said"), a headline's "X:". A figure takes the cue before it
// whose reported words it stands in, else a cue after it ("…، وفق أوتشا", "…, officials said").
// A verb with no subject ("وأضاف أن") speaks for the last speaker named. A date that times the
// statement itself ("قالت الوزارة اليوم السبت إن") is the outlet's, not the speaker's.

/** A figure to attribute: where it stands, in which sentence, and what it measures. */
export interface FigureRef { span: Span; sentence: Span; kind: QuantityKind }

// The date of a statement stands right after its speaker: "أعلن الوزير، مساء الثلاثاء، سقوط", "said on Monday".
const STATEMENT_TIME_GAP = /^[\s،,]*(في|on|le|ce)?[\s،,]*$/iu
// Between a speaker named after a preposition and the date of what it issued: quotes, "on", "ce".
const SPEAKER_THEN_TIME = /^[\s"»”]*(في|on|le|ce)?\s*$/iu

/** A figure's attribution, and whether it is the date a statement was made ("said on Monday"). */
export interface Attributed { attribution: Attribution | null; statementTime: boolean }

/**
 * The attribution of every figure, in text order; figures of one sentence share its reading, and a
 * verb with no subject speaks for the speaker last named before it.
 */
export function attributeFigures(text: string, lang: Lang, figures: FigureRef[]): Attributed[] {
  const c = compile(lang)
  const out: Attributed[] = []
  const ctx: Reading = { c, lang, text, words: new TextWords(text), history: [], sentenceStart: 0, gaps: [], cuesOf: findCues }
  const read = new Map<number, { cues: Cue[]; headline: Word[] | null }>()
  let readTo = 0
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]
    let r = read.get(f.sentence.start)
    if (!r) {
      // Sentences without figures still name speakers that later ones refer back to ("Selon lui", "the spokesperson said").
      // Only the paragraph or so before the sentence: speakers named further back are not referred to.
      // Nothing before the furthest look back of this sentence or its gap is read again.
      ctx.words.forget(f.sentence.start - GAP_CHARS - LOOK_BACK_CHARS)
      if (f.sentence.start > readTo) {
        ctx.gaps.push({ start: Math.max(readTo, f.sentence.start - GAP_CHARS), end: f.sentence.start, at: ctx.history.length })
        readGap(ctx)
      }
      readTo = Math.max(readTo, f.sentence.end)
      ctx.sentenceStart = f.sentence.start
      const words = ctx.words.in(f.sentence)
      const headline = headlineSpeaker(ctx, words)
      const cues = findCues(ctx, words)
      if (headline) ctx.history.push(headline)
      r = { cues, headline }
      read.set(f.sentence.start, r)
    }
    const statementTime = isStatementTime(text, r.cues, f)
    const speaker = statementTime || isPlaceAside(text, f.span, lang) ? null : speakerFor(text, r.cues, f) ?? (r.headline && f.span.start > r.headline[r.headline.length - 1].end ? r.headline : null)
    out.push({ attribution: speaker && speaker.length ? toAttribution(text, speaker, r.cues) : null, statementTime })
  }
  // "٢٠٠ ألف روبية (نحو ٢٤٢٨ دولاراً)", "500,000 rupees (about $6,000)": a sum converted in brackets
  // right after the sum is the newsroom's arithmetic, whoever stated the sum.
  figures.forEach((f, i) => {
    const prev = figures[i - 1]
    if (f.kind === 'money' && prev?.kind === 'money' && prev.sentence.start === f.sentence.start && /^\s*[([]\s*$/.test(text.slice(prev.span.end, f.span.start))) out[i] = { attribution: null, statementTime: false }
  })
  // "« … 31 maisons sont sous l'eau. Nous attendons des pompes », a dit le maire": a quotation that
  // runs on past the figure's sentence is the word of the speaker named where it closes.
  const closing = new Map<number, { speaker: Word[]; cues: Cue[] } | null>()
  figures.forEach((f, i) => {
    if (out[i].attribution || out[i].statementTime) return
    const close = quotationClose(text, f.span.start)
    if (close === null || close < f.sentence.end) return
    if (!closing.has(close)) closing.set(close, speakerAfterQuotation(ctx, close))
    const said = closing.get(close)
    if (said) out[i] = { attribution: toAttribution(text, said.speaker, said.cues), statementTime: false }
  })
  // "… 10 337 personnes ont été affectées. C'est ce qu'a fait savoir le gouvernement": a sentence
  // that names the speaker of the one before it.
  const after = new Map<number, { speaker: Word[]; cues: Cue[] } | null>()
  figures.forEach((f, i) => {
    if (out[i].attribution || out[i].statementTime || f.kind === 'date' || f.kind === 'daterange') return
    if (!after.has(f.sentence.end)) after.set(f.sentence.end, speakerOfNext(ctx, f.sentence.end))
    const next = after.get(f.sentence.end)
    if (next) out[i] = { attribution: toAttribution(text, next.speaker, next.cues), statementTime: false }
  })
  return out
}

// The speaker a sentence gives to the one before it, when it opens with "C'est ce qu'a annoncé",
// "هذا ما أعلنته", "This was announced by".
function speakerOfNext(ctx: Reading, from: number): { speaker: Word[]; cues: Cue[] } | null {
  const rest = ctx.text.slice(from, from + 300)
  const open = RETROSPECTIVE[ctx.lang].exec(rest)
  if (!open) return null
  const start = from + open.index
  const stop = /[.!?؟\n]/.exec(rest.slice(open.index + open[0].length))
  const end = start + open[0].length + (stop ? stop.index : rest.length)
  const words = ctx.words.in({ start, end })
  // "وهذا ما أعلنته البلدية": the verb carries "ما" as its object, its subject follows.
  const k = ctx.lang === 'ar' ? words.findIndex((w) => w.w === 'ما') + 1 : 0
  if (k > 0 && words[k] && PRONOUN_SUFFIX.test(words[k].w) && ctx.c.verbs.has(words[k].w.replace(PRONOUN_SUFFIX, ''))) {
    const np = nounPhrase(ctx, words, k + 1, false)
    const who = resolve(ctx, np.words)
    return who && who.length ? { speaker: who, cues: [] } : null
  }
  const cues = findCues(ctx, words)
  const cue = cues.find((q) => q.speaker && q.speaker.length)
  return cue && cue.speaker ? { speaker: cue.speaker, cues } : null
}
// The speaker a verb of saying names right after a quotation closes ("», a indiqué le préfet",
// "\" the governor said", "\"، قال المحافظ", "», a-t-il ajouté"). Read once all sentences are: a
// pronoun then means the speaker last named before the quotation closed, so the speakers named
// later are set aside for that reading.
function speakerAfterQuotation(ctx: Reading, close: number): { speaker: Word[]; cues: Cue[] } | null {
  const rest = ctx.text.slice(close + 1, close + 300)
  const stop = /[.!?؟\n]/.exec(rest)
  const end = close + 1 + (stop ? stop.index : rest.length)
  readGap(ctx)
  const before: Reading = { ...ctx, history: ctx.history.filter((h) => h[0].start < close), gaps: [], back: undefined, sentenceStart: close }
  const cues = findCues(before, ctx.words.in({ start: close, end }))
  const cue = cues.find((q) => q.verb && q.speaker && q.speaker.length)
  if (!cue || !cue.speaker) return null
  // The verb, or the speaker before it ("\" the governor said", "\" he said"), must follow the closing mark.
  const words = ctx.words.in({ start: close + 1, end: cue.start })
  const pronoun = words.length === 1 && PRONOUNS.has(words[0].w) ? words[0].start : cue.start
  const first = cue.speaker[0].start > close ? Math.min(cue.start, cue.speaker[0].start) : pronoun
  return followsClose(ctx.text, close, first) && first - close < 80 ? { speaker: cue.speaker, cues } : null
}

// Openings of a sentence that gives the speaker of the sentence before it.
const RETROSPECTIVE: Record<Lang, RegExp> = {
  fr: /^[\s"»”)]*(?:c'est|c’est|ce sont) (?:ce qu|là ce qu|les chiffres|le bilan)/iu,
  en: /^[\s"»”)]*(?:that|this|these) (?:is|was|were|are) (?:what|the (?:figures?|toll|count) (?:given|released|announced)) /iu,
  ar: /^[\s"»”)]*و?(?:هذا|ذلك|هذه) (?:ما|هي الحصيلة|هي الأرقام)/u,
}

// A date between the verb and what was said, or right after the speaker, times the statement:
// "قالت الوزارة، اليوم الأحد، إن", "the UN said on Saturday that".
function isStatementTime(text: string, cues: Cue[], f: FigureRef): boolean {
  if (f.kind !== 'date' && f.kind !== 'daterange') return false
  let before: Cue | null = null
  for (const cue of cues) if (cue.start < f.span.start) before = cue
  if (!before) return false
  const speakerEnd = before.speaker ? before.speaker[before.speaker.length - 1].end : -1
  if (!before.verb) {
    // "وفق حصيلة أعلنها خفر السواحل اليوم الأربعاء", "selon les chiffres communiqués vendredi par
    // le ministre": a date within the attribution, or right after its speaker, dates the statement.
    return speakerEnd > 0 && (f.span.end <= speakerEnd || SPEAKER_THEN_TIME.test(text.slice(speakerEnd, f.span.start)))
  }
  // "…, an official told Agence France-Presse on Saturday.": a date that ends the sentence after
  // the verb, its listener or the record it gave, with nothing said in between.
  if (speakerEnd > 0 && f.span.start > before.end && /^[\s.)"»”]*$/.test(text.slice(f.span.end, f.sentence.end)) && /\s(on|le|ce)\s+$/i.test(text.slice(before.end, f.span.start)) && !/\d|(?<![\p{L}\p{N}])(?:that|que)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])qu'(?=\p{L})|[،,;:]/iu.test(text.slice(Math.max(before.end, speakerEnd), f.span.start)) && f.span.start - Math.max(before.end, speakerEnd) < 60) return true
  // "said on Monday that …": the preposition before the date is no start of what was said.
  if (f.span.start < before.contentFrom || STATEMENT_TIME_GAP.test(text.slice(before.end, f.span.start))) return true
  return !!before.speaker && before.speaker[0].start > before.start && STATEMENT_TIME_GAP.test(text.slice(before.speaker[before.speaker.length - 1].end, f.span.start))
}

// The words that make a date the time a count holds at: "by Monday", "as of", "jusqu'à", "حتى".
const AS_OF = /^(by|as of|until|up to|jusqu|d'ici|au|حتى|لغاية|الى غاية|إلى غاية)/iu

function speakerFor(text: string, cues: Cue[], f: FigureRef): Word[] | null {
  const at = f.span.start
  let before: Cue | null = null
  for (const cue of cues) if (cue.start < at && !(cue.trailing && cue.speaker)) before = cue
  if (before && (before.until !== undefined && at >= before.until || before.purpose !== undefined && (f.kind === 'date' || f.kind === 'daterange' || f.kind !== 'money' && at >= before.purpose))) {
    // Past a relative clause's cue: the cue before it, if any, goes on.
    const outer = cues.filter((q) => q.start < before!.start && !(q.trailing && q.speaker) && q.until === undefined).pop()
    before = outer ?? null
  }
  // ("According to the latest statistics, 84 were killed," the chief told state television: a record
  // no body is named for leaves the figure to the speaker who closes the sentence.)
  if (before && at >= before.contentFrom && (before.speaker || before.verb)) return before.speaker
  // A cue after the figure speaks for it only when it closes the clause ("…, officials said"),
  // not when it opens a new one ("…, and officials warned the number would climb").
  // (Not a figure inside the speaker's own name: "the officers who removed him in July told".)
  // A date before a closing "according to" dates the event the outlet reports ("Deux explosions
  // ont frappé le port mardi, faisant 78 morts, selon le ministère"): the phrase backs the count,
  // not the day. (A closing verb, "…, the ministry said", backs the whole statement.)
  // ("By Monday at least 26,000 had fled, by the count of …": an as-of time belongs to the count.)
  const dated = (f.kind === 'date' || f.kind === 'daterange') && !AS_OF.test(text.slice(f.span.start, f.span.end))
  const after = cues.find((cue) => cue.start >= f.span.end && cue.speaker && cue.closes && !(dated && !cue.verb) && f.span.start >= (cue.reach ?? 0) && !(cue.speaker[0].start <= f.span.start && f.span.end <= cue.speaker[cue.speaker.length - 1].end))
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
// Headlines more often open with a place, an event or a storm ("Guinée : …", "Chido : …", "Beirut
// blast: …"), so the words before the colon must name a speaker: a kind of body or official, an
// acronym, or a person's name.
function headlineSpeaker(ctx: Reading, words: Word[]): Word[] | null {
  const colon = words.findIndex((w) => w.w === ':')
  if (colon < 1 || colon > 6) return null
  const head = words.slice(0, colon)
  if (head.some((w) => /\d/.test(w.w) || PUNCT.test(w.w))) return null
  if (!plausible(ctx, head)) return null
  const named = head.some((w) => isHead(ctx.c, ctx.lang, w.w) || /^[A-Z]{2,}$/.test(w.raw))
  const person = ctx.lang !== 'ar' && head.length >= 2 && head.every((w) => /^[A-ZÀ-Ý]/.test(w.raw) && !isCountryWord(w.raw))
  return named || person ? head : null
}
const GAP_CHARS = 600
