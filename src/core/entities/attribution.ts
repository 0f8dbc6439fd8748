import type { Attribution, Lang, QuantityKind, Span } from '../model'
import { foldKey } from '../text/normalize'
import { memoWords } from '../text/memo'
import { CUES, FR_SEQUENCE_ADVERBS, type CueWords } from './cues'
import { conceptsIn } from '../align/measureOf'
import { isCountryWord, isPeopleWord } from './countries'
import { isPlaceAside } from './aside'
import { TextWords, type Word } from './words'
import { joinInitialisms } from './initialisms'
import { followsClose, quotationClose } from './quotes'

// Who the text says stated a figure. A sentence is read as words; cues are found in it: a
// preposition before the speaker ("بحسب الهلال الأحمر", "according to the UN", "selon l'OIM"), a
// verb of saying with its subject after it ("قالت الوزارة", "a indiqué le maire") or before it
// ("محافظ بيروت قدّر", "the ministry said"), a headline's "X:". A figure takes the cue before it
// whose reported words it stands in, else a cue after it ("…، وفق أوتشا", "…, officials said").
// A verb with no subject ("وأضاف أن") speaks for the last speaker named. A date that times the
// statement itself ("قالت الوزارة اليوم السبت إن") is the outlet's, not the speaker's.

/** A figure to attribute: where it stands, in which sentence, and what it measures. */
export interface FigureRef { span: Span; sentence: Span; kind: QuantityKind }

interface Cue {
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

// The date of a statement stands right after its speaker: "أعلن الوزير، مساء الثلاثاء، سقوط", "said on Monday".
const STATEMENT_TIME_GAP = /^[\s،,]*(في|on|le|ce)?[\s،,]*$/iu
// Between a speaker named after a preposition and the date of what it issued: quotes, "on", "ce".
const SPEAKER_THEN_TIME = /^[\s"»”]*(في|on|le|ce)?\s*$/iu

// Words that open the time of a statement after an inverted subject ("…, said the coast guard on Thursday").
const SPEECH_TIME = /^(on|this|last|late|early|earlier|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|le|ce|cette|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/

const MAX_WORDS = 8
const NUMBER_WORD = /^(اثنان|اثنين|ثلاثه|اربعه|خمسه|عدد|one|two|three|four|five|several|un|deux|trois|plusieurs)$/
// Arabic numbers in words, which open a count ("نعت الوزارة عشرة عسكريين").
const AR_NUMBER_WORD = /^(واحد|اثنان|اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرات|مئات|الاف|مئه|الف|بضع|بضعه|عده)$/
const DETERMINERS = new Set(['an', 'a', 'the', 'some', 'un', 'une', 'le', 'la', 'les', 'des'])
// Prepositions after which a verb's plural form is a noun ("on early estimates", "by some counts").
const NOUN_PREPOSITIONS = new Set(['on', 'by', 'in', 'from', 'of', 'with', 'for', 'under'])
// "told the council": what follows is who listened, never who spoke.
const LISTENER_VERBS = new Set(['told', 'tells'])
// Verbs that value a thing ("put the dead at 40", "pegged the damage at"): their object follows them.
const VALUING = new Set(['put', 'puts', 'placed', 'places', 'pegged', 'pegs', 'estimated', 'estimates'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'il', 'elle', 'ils', 'elles', 'lui', 'eux', 'هو', 'هي', 'هم'])
const SUBJECT_FIRST = new Set(['قد', 'لقد', 'وقد', 'فقد'])
const ARTICLES = new Set(['the', 'le', 'la', 'les', "l'"])
const NAME_JOIN = new Set(['of', 'for', 'on', 'de', 'du', 'des', "d'", 'pour', 'sur'])
// A name's first word starts with a capital, after an elided article ("l'Organisation").
const capitalised = (w: Word) => /^(?:[ld]['’])?[A-ZÀ-Ý]/.test(w.raw) || (w.w === 'the' || w.w === 'le' || w.w === 'la' || w.w === 'les')
// Adjectives that name no origin: "حصيلة رسمية مؤقتة", "the latest official toll".
const GENERIC = new Set(['premier', 'première', 'précédent', 'précédente', 'previous', 'earlier', 'initial', 'initiale', 'احدث', 'اخر', 'رسميه', 'مؤقته', 'اوليه', 'جديده', 'نهائيه', 'محدثه', 'الرسميه', 'المؤقته', 'الاوليه', 'الجديده', 'official', 'provisional', 'latest', 'new', 'updated', 'officiel', 'provisoire', 'nouveau', 'dernier', 'officiels', 'officielle', 'officielles', 'provisoires', 'nouveaux', 'nouvelle', 'nouvelles', 'derniers', 'dernière', 'dernières', 'premiers', 'premières', 'tout', 'actualisé', 'actualisée', 'actualisés', 'actualisées'])
// Arabic words ending in a possessive pronoun: "تقديره", "بيانها".
const PRONOUN_SUFFIX = /(ه|ها|هم|هما)$/
// "بمليار", "بنحو", "بخمسمائة", "ب50": an amount glued to "ب" ("estimated at"), never a speaker.
const AMOUNT_AFTER_BA = /^ب(نحو|حوالي|قرابه|زهاء|ما يقارب|اكثر|اقل|مليار|مليون|ملايين|الف|الاف|مائه|مئه|مئات|عشرات|واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|[0-9\u0660-\u0669])/u
const PUNCT = /^[،,؛;:."“”«»()!?؟]$/
const SENTENCE_END = new Set(['.', '!', '?', '؟'])

// Every word is checked for a glued conjunction or article, many times over: each spelling's
// answer is kept, so a check slices or replaces nothing.
/** A word without its first letter. */
const withoutFirstLetter = memoWords((w: string) => w.slice(1), 50_000)
/** A word without a conjunction و or ف. */
const withoutConjunction = memoWords((w: string) => w.replace(/^[وف]/, ''), 50_000)
const bareArabic = memoWords((w: string) => w.replace(/^[وف](?=.{3})/, '').replace(/^(ال|لل)(?=.{2})/, ''), 50_000)

interface Compiled {
  preps: string[][]; verbs: Set<string>; thatVerbs: Set<string>; verbPhrases: string[][]; complements: Set<string>; stops: Set<string>; particles: Set<string>; particlePhrases: string[][]; documents: string[][]; relays: Set<string>; heads: Set<string>; nonSpeakers: Set<string>; records: Set<string>; objects: Set<string>; verbStarts: Set<string>; prepStarts: Set<string>
  /** Whether a word can open a cue (a preposition's phrase or a verb of saying); most words cannot. */
  mayOpen: (w: string) => boolean
  /** The bits of Spelling.flags saying this language's mayOpen was answered, and that it was yes. */
  answered: number; opens: number
}
const compiled = new Map<Lang, Compiled>()
const LANGS: readonly Lang[] = ['ar', 'en', 'fr']

function compile(lang: Lang): Compiled {
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

/** A figure's attribution, and whether it is the date a statement was made ("said on Monday"). */
export interface Attributed { attribution: Attribution | null; statementTime: boolean }

// One reading of a text: its language's words, the speakers named so far (for "وأضاف", "he said",
// "المنظمة" after "المنظمة الدولية للهجرة") and the text's words before the current sentence.
interface Reading {
  c: Compiled; lang: Lang; text: string; words: TextWords; history: Word[][]; sentenceStart: number
  /** Text between sentences with figures not read yet, and where its speakers go in `history`: read only when a speaker is looked back for. */
  gaps: { start: number; end: number; at: number }[]
  /** The words a look back last read ([from, to) of the text), extended as the reading moves on. */
  back?: { from: number; to: number; words: Word[] }
}

/**
 * The attribution of every figure, in text order; figures of one sentence share its reading, and a
 * verb with no subject speaks for the speaker last named before it.
 */
export function attributeFigures(text: string, lang: Lang, figures: FigureRef[]): Attributed[] {
  const c = compile(lang)
  const out: Attributed[] = []
  const ctx: Reading = { c, lang, text, words: new TextWords(text), history: [], sentenceStart: 0, gaps: [] }
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

// The speakers named in the text between two sentences with figures, sentence by sentence,
// put in `history` before those of the sentence being read.
function readGap(ctx: Reading): void {
  if (!ctx.gaps.length) return
  const gaps = ctx.gaps
  ctx.gaps = []
  const sentenceStart = ctx.sentenceStart
  let shift = 0
  for (const gap of gaps) {
    const later = ctx.history.splice(gap.at + shift)
    const before = ctx.history.length
    const words = joinInitialisms(ctx.words.in(gap))
    let k = 0
    for (let i = 0; i <= words.length; i++) {
      const ends = i === words.length || SENTENCE_END.has(words[i].w) || i > k && hasLineBreak(ctx.text, words[i - 1].end, words[i].start)
      if (!ends) continue
      if (i > k) {
        ctx.sentenceStart = words[k].start
        findCues(ctx, words.slice(k, i))
      }
      k = SENTENCE_END.has(words[i]?.w ?? '') ? i + 1 : i
    }
    shift += ctx.history.length - before
    ctx.history.push(...later)
  }
  ctx.sentenceStart = sentenceStart
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
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

// Whether a word names a kind of speaker: with or without its conjunction and article (French
// elides it: "l'agence"); a head that starts with "و" ("وزير", "وزارة", "وكالة") is not stripped of it.
function isHead(c: Compiled, lang: Lang, w: string): boolean {
  return c.heads.has(bareWord(lang, w)) || lang === 'fr' && /^[ld]'/.test(w) && c.heads.has(w.slice(2)) || lang === 'ar' && (c.heads.has(w.replace(/^ال/, '')) || c.heads.has(withoutConjunction(w).replace(/^ال/, '')))
}

// An Arabic word without its conjunction and article ("والمنظمة" → "منظمه"); Latin words as they are.
function bareWord(lang: Lang, w: string): string {
  return lang === 'ar' ? bareArabic(w) : w
}

// Whether a word may open a cue, kept on its spelling (two bits per language: answered, and the
// answer), as findCues asks it of every word read and a lookup by the word cost more than the rest
// of the test. A word whose folded form was rewritten after reading is asked afresh.
function mayOpen(c: Compiled, word: Word): boolean {
  const sp = word.sp
  if (sp.w !== word.w) return c.mayOpen(word.w)
  if (sp.flags & c.answered) return (sp.flags & c.opens) !== 0
  const yes = c.mayOpen(word.w)
  sp.flags |= c.answered | (yes ? c.opens : 0)
  return yes
}

function findCues(ctx: Reading, sentence: Word[]): Cue[] {
  const { c, lang } = ctx
  const words = joinInitialisms(sentence)
  const cues: Cue[] = []
  // The speaker last named, in this sentence or before it.
  const previous = (): Word[] | null => lastSpeaker(ctx)
  const push = (cue: Cue) => {
    cues.push(cue)
    if (cue.speaker) ctx.history.push(cue.speaker)
  }
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i].w
    // "contre 34 dans le bilan communiqué lundi par le ministère", "in a toll released by the
    // ministry": a record that names its issuer, after the figure it gave.
    if ((w0 === 'dans' || w0 === 'in') && i > 0) {
      const r = words.slice(i + 1, i + 4).findIndex((w) => c.records.has(w.w))
      const np = r >= 0 && words.slice(i + 1, i + 1 + r).every((w) => DETERMINERS.has(w.w) || GENERIC.has(w.w)) ? nounPhrase(ctx, words, i + 1, false) : null
      const who = np?.words && np.words[0].start > words[i + 1 + r].start ? resolve(ctx, np.words) : null
      if (np && who && who.length) {
        let b = i - 1
        while (b > 0 && !PUNCT.test(words[b - 1].w)) b--
        push({ start: words[i].start, end: words[i].end, speaker: who, contentFrom: words[i].start, verb: false, closes: true, trailing: true, reach: words[b].start })
        i = np.to - 1
        continue
      }
    }
    // "« … », a-t-il écrit", "estime-t-elle": a pronoun subject after its verb, the speaker last named.
    const inverted = lang === 'fr' ? frenchInversion(c, words, i) : 0
    if (inverted) {
      const t = words[i + inverted]
      const closes = !t || PUNCT.test(t.w) || SPEECH_TIME.test(t.w) || PP_OPENERS.has(t.w)
      const cue: Cue = { start: words[i].start, end: words[i + inverted - 1].end, speaker: previous(), contentFrom: words[i + inverted - 1].end, verb: true, closes }
      if (cue.speaker) cues.push(cue)
      i += inverted - 1
      continue
    }
    // "Greece's tally stands at 82", "وارتفعت حصيلة وزارة الصحة إلى 40": a record naming its issuer reaches a figure.
    if (REACHING.has(w0) || lang === 'ar' && REACHING.has(withoutConjunction(w0))) {
      const who = reachingRecord(ctx, words, i)
      if (who && who.length) {
        push({ start: words[i].start, end: words[i].end, speaker: who, contentFrom: words[i].end, verb: true, closes: false })
        continue
      }
    }
    if (!mayOpen(c, words[i])) continue
    const found = c.prepStarts.has(w0) || lang === 'ar' && c.prepStarts.has(withoutFirstLetter(w0)) ? matchPhrase(c.preps, words, i, lang) : null
    // "كما قال الوزير" (as the minister said); "كما تواجه القوات" is "also", no cue.
    const prep = found && withoutConjunction(words[i].w) === 'كما' && !isVerb(c, words, i + 1, lang) ? null : found
    if (prep) {
      let j = i + prep.n
      // "توزيعاً للوفيات حسب الأقاليم" (by province): a breakdown, not a source.
      if (lang === 'ar' && withoutConjunction(words[i].w) === 'حسب' && CATEGORIES.has(bareWord(lang, words[j]?.w ?? ''))) { i = j; continue }
      // "des informations selon lesquelles": a relative, not a source.
      if (c.nonSpeakers.has(words[j]?.w ?? '') && !PRONOUNS.has(words[j].w) && !isLatter(words, j) && !c.records.has(bareWord(lang, words[j].w))) { i = j; continue }
      let relayed = false
      // "بحسب ما أعلنت الوزارة", "حسبما ذكرت": the speaker follows the relayed verb.
      // "بحسب ما بثته القناة", "وفق ما نقلته الوكالة": the relayed verb carries its object ("it").
      const carriesObject = (k: number) => lang === 'ar' && !!words[k] && /^[تي]?\p{L}{2,5}(ه|ها)$/u.test(words[k].w) && !c.records.has(words[k].w.replace(PRONOUN_SUFFIX, ''))
      if (c.relays.has(words[j]?.w ?? '') && words[j + 1] && (isVerb(c, words, j + 1, lang) || carriesObject(j + 1))) { j += 2; relayed = true }
      else if (isVerb(c, words, j, lang)) { j += verbLength(c, words, j, lang); relayed = true }
      else if (c.relays.has(words[i + prep.n - 1].w) && carriesObject(j)) { j += 1; relayed = true }
      // ("…, when, according to the UN, 15 million were hit": after a clause's opener and a comma,
      // the phrase speaks for the clause it opens, not back over the one before.)
      const opens = /^[,،]$/.test(words[i - 1]?.w ?? '') && CLAUSE_OPENERS[lang].has(words[i - 2]?.w ?? '')
      const cue: Cue = { start: words[i].start, end: words[i + prep.n - 1].end, speaker: null, contentFrom: words[i].start, verb: false, closes: !opens }
      // "وفق ما نقلت عنه رويترز" (as Reuters relayed from him), "ووفق تقديره" (by his estimate),
      // "selon lui", "à l'en croire": a pronoun, so the speaker last named.
      const next = words[j]
      const own = !!next && PRONOUN_SUFFIX.test(next.w) && !!matchPhrase(c.documents, [{ ...next, w: next.w.replace(PRONOUN_SUFFIX, '') }], 0, 'en')
      if ((relayed && next && /^عن(ه|ها|هم|هما)$/.test(next.w)) || own || /^l'en$/.test(words[i + prep.n - 2]?.w ?? '') || isPronoun(words, j)) {
        cue.speaker = isLatter(words, j) ? latter(ctx) : previous()
        cues.push(cue)
        i = j
        continue
      }
      const np = nounPhrase(ctx, words, j, prep.gluedPrefix, lang === 'fr')
      const who = resolve(ctx, np.words)
      cue.speaker = who && who.length ? who : null
      // After a figure and a comma, the phrase closes the clause before it when a clause of the
      // outlet's own follows: "قضى 78، وفق الحصيلة، بعدما تدرّجت…", "…, according to the ministry, while …".
      cue.trailing = i > 0 && /^[,،]$/.test(words[i - 1].w) && words.slice(0, i).some((x) => /\d/.test(x.w)) && opensSubordinate(lang, words, np.to)
      push(cue)
      i = Math.max(i, np.to - 1)
      continue
    }
    if (!isVerb(c, words, i, lang)) continue
    // "an estimated 300,000", "the reported toll": an adjective, not a verb of saying.
    if (DETERMINERS.has(words[i - 1]?.w ?? '')) continue
    // "above $10 billion on early estimates", "by official counts": a plural noun after a preposition.
    // (Two words back only for a record's noun: "the head of police says" keeps its verb.)
    if (lang === 'en' && /s$/.test(words[i].w) && (NOUN_PREPOSITIONS.has(words[i - 1]?.w ?? '') || (c.records.has(words[i].w) && NOUN_PREPOSITIONS.has(words[i - 2]?.w ?? '') && /^\p{Ll}/u.test(words[i - 1].raw) && !c.verbs.has(words[i - 1].w) && !c.particles.has(words[i - 1].w)))) continue
    // "the worst flood ever recorded", "estimated to have died": a participle, not a verb of saying.
    if (lang === 'en' && (words[i - 1]?.w === 'ever' || words[i + 1]?.w === 'to' && /^(have|be|been)$/.test(words[i + 2]?.w ?? ''))) continue
    // "15 deaths reported earlier", "34 victims counted on Monday": a participle after a counted noun.
    if (lang !== 'ar' && i > 1 && /\d/.test(words[i - 2].w) && !c.particles.has(words[i - 1].w) && !PUNCT.test(words[i - 1].w)) continue
    // "Morocco's strongest recorded earthquake", "the highest reported toll": after a superlative, an adjective.
    if (lang === 'en' && /^\p{L}{3,}est$/u.test(words[i - 1]?.w ?? '') && words[i - 1].w !== 'rest' && (words[i - 2]?.w === 'the' || /['’]s$/.test(words[i - 2]?.raw ?? ''))) continue
    // "78 people are confirmed dead", "sont recensés": a passive tells no speaker.
    if (PASSIVE.has(words[i - 1]?.w ?? '')) continue
    // "deaths announced by various countries reached", "les chiffres communiqués par": a participle
    // with its agent is no verb with a subject; the agent is read where a record names it.
    // ("recense par ailleurs": "par ailleurs" is "moreover", no agent.)
    if (lang !== 'ar' && /^(by|par)$/.test(words[i + verbLength(c, words, i, lang)]?.w ?? '') && words[i + verbLength(c, words, i, lang) + 1]?.w !== 'ailleurs' && !/^(has|have|had|a|ont|avait|avaient)$/.test(words[i].w)) continue
    // "وأُعلن الحداد", "من دون أن تُذكر خسائر": a vowelled Arabic passive names no speaker.
    if (lang === 'ar' && arabicPassive(words[i])) continue
    // A figure whose record is raised or lowered ("رفعت الوزارة حصيلة", "raised the toll") is the
    // body's word; raising anything else ("رفعت الحكومة الأسعار") says nothing.
    // (French verbs are phrases: "a publié", "a lancé".)
    const phrase = lang === 'fr' ? words.slice(i, i + verbLength(c, words, i, lang)).map((w) => w.w).join(' ') : words[i].w
    if (TOLL_VERBS.has(phrase) || lang === 'ar' && TOLL_VERBS.has(withoutConjunction(words[i].w))) {
      // "تقديرها لعدد النازحين", "توزيعاً": with its possessive, its glued "ل" or its accusative ending.
      const changes = (w: string) => c.records.has(w) || MEASURES.has(w) || lang === 'ar' && [bareWord(lang, w), w.replace(PRONOUN_SUFFIX, ''), bareWord(lang, w.replace(/^ل/, 'ال')), w.replace(/ا$/, '')].some((x) => c.records.has(x) || MEASURES.has(x))
      if (!words.slice(i + 1, i + 8).some((w) => changes(w.w))) continue
    }
    if ((c.thatVerbs.has(phrase) || lang === 'ar' && c.thatVerbs.has(withoutConjunction(phrase))) && !words.slice(i + 1, i + 6).some((w) => opensThat(c, lang, w.w))) continue
    const n = verbLength(c, words, i, lang)
    // "مضيفاً أن", "adding that", "ajoutant que": a participle of saying goes on with the speaker
    // last named, whatever stands between the commas before it.
    if (PARTICIPLES.has(words[i].w) || lang === 'ar' && PARTICIPLES.has(withoutConjunction(words[i].w))) {
      const cue: Cue = { start: words[i].start, end: words[i].end, speaker: previous(), contentFrom: words[i].end, verb: true, closes: false }
      if (cue.speaker) { cues.push(cue); continue }
    }
    let a = i + n
    // "a indiqué jeudi la défense civile": the time of the statement before its inverted subject.
    if (lang === 'fr' && verbSubjectOrder(words, i)) while (a < i + n + 3 && (TIME_WORDS.has(words[a]?.w ?? '') || /^(ce|cette)$/.test(words[a]?.w ?? '') && TIME_WORDS.has(words[a + 1]?.w ?? ''))) a++
    // "a indiqué à l'AFP un haut responsable", "a annoncé à la télévision d'État Jafar Miadfar": the
    // listener stands between the verb and its subject, which opens with an article or a name.
    if (lang === 'fr' && /^(a|à|au|aux)$/.test(words[a]?.w ?? '')) {
      for (let m = a + 2; m < Math.min(words.length, a + 6); m++) if (/^(un|une|le|la|les|des)$/.test(words[m].w) || /^\p{Lu}/u.test(words[m].raw) && !/^\p{Lu}/u.test(words[m - 1].raw)) { a = m; break }
    }
    // "وأحصى "مكتب التوثيق" 55 مفقوداً": a name in quotation marks after the verb.
    if (lang === 'ar' && /^["“«]$/.test(words[a]?.w ?? '') && words[a + 1] && !PUNCT.test(words[a + 1].w)) a++
    const after = words[a]
    // "نداء يقدر بمليار دولار" (an appeal put at a billion dollars): the verb values a noun, no one
    // speaks; "وقدرت بنحو أربعة ملايين" opens a clause of its own: its speaker is the one last named.
    const valued = lang === 'ar' && !!after && AMOUNT_AFTER_BA.test(after.w)
    if (valued && !/^[وف]/.test(words[i].w)) continue
    const cue: Cue = { start: words[i].start, end: words[i + n - 1].end, speaker: null, contentFrom: words[i + n - 1].end, verb: true, closes: false }
    let tail = i + n
    // "نقلت عنه وكالة رويترز": the agency relays the speaker last named.
    if (valued || after && /^عن(ه|ها|هم|هما)$/.test(after.w)) {
      cue.speaker = previous()
      cues.push(cue)
      i += n
      continue
    }
    // Arabic puts the subject after the verb, unless the clause opened with it: "وكان المحافظ قد
    // قدّر", "أما المحافظ فتحدث", "أن المنظمة أحصت".
    const fronted = lang === 'ar' && (SUBJECT_FIRST.has(words[i - 1]?.w ?? '') || /^ف/.test(words[i].w) && words.slice(Math.max(0, i - MAX_WORDS), i).some((w) => w.w === 'اما') || subjectAfterComplement(c, words, i) || subjectOpensClause(ctx, words, i))
    // English and French: after a quotation or a comma the subject follows, articles and all ("…, a indiqué le ministère").
    // ("…, put the dead at 40": after a verb that values, what follows is the thing valued.)
    const canFollow = !!after && !PUNCT.test(after.w) && (lang === 'ar' ? !c.complements.has(after.w) && !c.stops.has(after.w) : verbSubjectOrder(words, i) && !LISTENER_VERBS.has(words[i].w) && !VALUING.has(words[i].w))
    // "Le directeur, Marc Vidal, a attribué la panne à": a name and its apposition between commas
    // before the verb are its subject; what follows the verb is its object.
    const apposed = lang !== 'ar' && words[i - 1]?.w === ',' ? subjectBefore(c, lang, words, i) : null
    const byApposition = !!apposed && ctx.text.slice(apposed[0].start, apposed[apposed.length - 1].end).includes(',') && !!resolve(ctx, apposed)?.length
    let inv = fronted || !canFollow || byApposition ? null : subjectAfter(ctx, words, a)
    let raw = inv ? inv.words : null
    // "أعلنت الجزائر", "La Grèce annonce": a country as the subject of a verb of saying is its
    // government. (English too in principle, "Jordan says 17 are missing"; but topic placement
    // reads no entity inside a speaker's span, and an English headline's country is most often
    // also the nationality counted, so English waits for placement to tell the two apart.)
    const place = lang !== 'en'
    let subject = raw ? raw.length ? resolve(ctx, raw, place) : [] : null
    if (!raw) {
      raw = subjectBefore(c, lang, words, i)
      subject = raw ? resolve(ctx, raw, place) : null
      if (!raw && fronted && canFollow) {
        inv = subjectAfter(ctx, words, a)
        raw = inv ? inv.words : null
        subject = raw ? raw.length ? resolve(ctx, raw, place) : [] : null
      }
    }
    // "Le Premier ministre, Hassan Diab, a attribué les déflagrations à": the comma closed the
    // subject's apposition, and what follows the verb is its object, which can state nothing.
    if (inv && raw && raw.length && !subject && lang !== 'ar' && words[i - 1]?.w === ',') {
      const before = subjectBefore(c, lang, words, i)
      const named = before ? resolve(ctx, before) : null
      if (before && named && named.length) { inv = null; raw = before; subject = named }
    }
    // "نقلت وكالة فرانس برس عن دبلوماسيين أن": the agency relays; who it relays is the speaker.
    // ("نقلت المنظمة عن مصادر محلية" keeps both: the body stands behind what its sources say.)
    // The subject may also come first ("وكانت وسائل إعلام محلية قد نقلت عن أطباء"), and a time may
    // stand before "عن" ("نقلت في وقت سابق عن أطباء").
    if (lang === 'ar' && RELAY_VERBS.has(withoutConjunction(words[i].w)) && raw && raw.length) {
      const from = relaySource(words, inv ? inv.to : i + n)
      const source = from > 0 ? nounPhrase(ctx, words, from, false) : null
      const relayed = source?.words ? resolve(ctx, source.words) : null
      if (source && relayed?.length) { raw = relayed; subject = relayed; inv = { words: relayed, to: source.to } }
    }
    if (inv) {
      cue.contentFrom = words[inv.to]?.start ?? cue.contentFrom
      tail = inv.to
    }
    // A verb whose subject is no speaker ("the explosion claimed", "تظهر تباعاً") tells no attribution.
    if (raw && !subject) continue
    // "he said", "وأضاف": the speaker last named; "تحدثت تقارير" (reports spoke of): no one named.
    // An English or French sentence never opens on its verb: one that does was cut from its subject
    // ("The U.N. launched": the abbreviation's full stop ended a sentence), and who spoke is unknown.
    // (So does one after a full stop the splitter kept inside the sentence: "had risen. launched".)
    // Who spoke is unknown there, and no speaker named before the stop goes on past it.
    if (subject === null && lang !== 'ar' && (i === 0 || SENTENCE_END.has(words[skipBack(c, words, i - 1)]?.w ?? ''))) {
      cues.push(cue)
      i += n - 1
      continue
    }
    // Nor does a verb whose subject stands before it unread ("Nearly 400 towns were hit in what is
    // the worst disaster ever recorded"): its own subject is there, so it is nobody's carried word.
    // Only a verb with nothing of its clause before it ("…, and added that", "« … », ajoute-t-il")
    // goes on with the speaker last named.
    if (subject === null && lang !== 'ar' && subjectStandsBefore(c, words, i)) continue
    cue.speaker = subject === null ? previous() : subject.length ? subject : null
    // What was said starts at the first complement after the verb ("إن", "that", "que").
    for (let k = i + n; k < words.length && k < i + n + 3 * MAX_WORDS; k++) {
      if (c.complements.has(words[k].w) && words[k].w !== 'the' && words[k].w !== 'a') { cue.contentFrom = words[k].start; break }
    }
    // "وأعلنت الحكومة حالة الطوارئ، بعدما غمرت المياه ثلث البلاد منذ 3 عقود": what an Arabic verb
    // announces as a noun, with no "أن" to open a statement, ends where the outlet's own "after"
    // clause opens.
    if (lang === 'ar' && cue.until === undefined) {
      for (let k = Math.max(tail, 1); k < words.length; k++) {
        if (opensThat(c, lang, words[k].w)) break
        if (/^[,،]$/.test(words[k - 1].w) && (SUBORDINATORS.ar.has(words[k].w) || SUBORDINATORS.ar.has(withoutConjunction(words[k].w))) && words[k].w !== 'ما') { cue.until = words[k].start; break }
      }
    }
    // Whether the cue closes its clause: nothing but a listener, a time or a place follows it.
    // "told Reuters", "told the local radio": up to four words of listener, to a time, a place or the end.
    if (LISTENER_VERBS.has(words[i].w)) {
      let m = tail
      while (m < words.length && m - tail < 4 && !PUNCT.test(words[m].w) && !SPEECH_TIME.test(words[m].w) && !PP_OPENERS.has(words[m].w) && words[m].w !== 'that') m++
      if (m - tail < 4 || m === words.length) tail = m
    }
    const t = words[tail]
    cue.closes = !t || PUNCT.test(t.w) || SPEECH_TIME.test(t.w) || PP_OPENERS.has(t.w) || gerundAt(c, words, tail) || (lang === 'ar' && c.stops.has(t.w) && !c.complements.has(t.w))
    // "le bilan de 79 morts qu'ils avaient annoncé", "les déflagrations, que les autorités imputent
    // à 2 750 tonnes, ont tué…": a French relative clause speaks for its own clause and the noun
    // it qualifies, not for the sentence around it.
    // So does an English one: "The floods, which experts say were made worse by the heat, have killed 40".
    if (lang !== 'ar' && raw && !inv) {
      const from = raw.length ? words.findIndex((w) => w.start === raw![0].start) : -1
      const rel = words[from - 1]
      const relative = from > 1 && rel && (/^qu['’](ils?|elles?)$/.test(raw[0].w) && words.indexOf(raw[0]) > 0 || (rel.w === 'que' || rel.w === "qu'" || rel.w === 'which') && (words[from - 2].w === ',' || /\d/.test(words.slice(Math.max(0, from - 5), from - 1).map((w) => w.w).join(' '))))
      if (relative) {
        let b = from - 1
        while (b > 0 && !PUNCT.test(words[b - 1].w)) b--
        let e = i + n
        while (e < words.length && !PUNCT.test(words[e].w)) e++
        cue.reach = words[b].start
        cue.until = words[e]?.start ?? Infinity
        cue.closes = true
      }
    }
    // "…, after the officers who took power told France": a cue in a clause that opens with
    // "after", "قبل أن", "lorsque" speaks for its own clause, never back over the one before it.
    if (raw && raw.length && cue.closes) {
      // The clause opens before the subject, or before the verb when the subject follows it ("قبل أن يعلن الرئيس").
      const from = inv ? i : words.findIndex((w) => w.start === raw![0].start)
      const opener = words[from - 1]?.w === 'ان' || words[from - 1]?.w === 'que' ? words[from - 2] : words[from - 1]
      if (opener && (SUBORDINATORS[lang].has(opener.w) || lang === 'ar' && SUBORDINATORS.ar.has(withoutConjunction(opener.w)))) cue.closes = false
    }
    if (LAUNCH_VERBS.has(phrase)) {
      let e = i + n
      let p = -1
      while (e < words.length && !PUNCT.test(words[e].w)) { if (p < 0 && PURPOSE.has(words[e].w)) p = e; e++ }
      cue.purpose = p < 0 ? Infinity : words[p].start
      cue.until = words[e]?.start ?? Infinity
    }
    push(cue)
    i += n - 1
  }
  return cues
}

// A French gerund at word k ("en survolant la région"): how the speaker spoke, not what was said.
// ("en citant le ministre" relays: the one cited speaks, read as a preposition of its own.)
const gerundAt = (c: Compiled, words: Word[], k: number) => words[k]?.w === 'en' && /ant$/.test(words[k + 1]?.w ?? '') && !c.prepStarts.has(words[k + 1].w)

// Whether words of the verb's own clause stand before it, past particles and the time of the
// statement: a subject, read or not, rather than a comma, a quotation or the sentence's start.
function subjectStandsBefore(c: Compiled, words: Word[], v: number): boolean {
  const k = skipBack(c, words, v - 1)
  return k >= 0 && !PUNCT.test(words[k].w)
}

// Whether a subordinate clause of the outlet's own opens at word k (after an optional comma).
function opensSubordinate(lang: Lang, words: Word[], k: number): boolean {
  let at = k
  // Past the time of the statement: "وفق الحصيلة، اليوم الأربعاء، بعدما…".
  while (at < words.length && at < k + 6 && (/^[,،]$/.test(words[at].w) || TIME_WORDS.has(words[at].w) || SPEECH_TIME.test(words[at].w) || TIME_WORDS.has(bareWord(lang, words[at].w)))) at++
  const w = words[at]?.w ?? ''
  return SUBORDINATORS[lang].has(w) || lang === 'ar' && (SUBORDINATORS.ar.has(withoutConjunction(w)) || w === 'في' && words[at + 1]?.w === 'حين')
}
const SUBORDINATORS: Record<Lang, Set<string>> = {
  en: new Set(['while', 'after', 'before', 'when', 'whereas', 'although', 'though', 'since', 'until', 'as']),
  fr: new Set(['alors', 'tandis', 'lorsque', 'quand', 'après', 'avant', 'bien', 'puisque']),
  ar: new Set(['بعدما', 'بعد', 'قبل', 'فيما', 'بينما', 'حين', 'عندما', 'حيث', 'ما', 'مما', 'علما']),
}

const FR_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient'])
// What French puts between an auxiliary and its participle, or inside "fait état": adverbs, "pour sa
// part", "quant à lui", "par ailleurs" ("fait désormais état", "a par ailleurs indiqué").
const FR_INSERTS = new Set(['désormais', 'ailleurs', "d'ailleurs", 'par', 'toutefois', 'cependant', 'pourtant', 'néanmoins', 'également', 'aussi', 'déjà', 'encore', 'ensuite', 'enfin', 'alors', 'ainsi', 'notamment', 'même', 'quant', 'à', 'lui', 'elle', 'eux', 'elles', 'pour', 'sa', 'son', 'leur', 'part', 'de', 'côté', 'plus', 'tard', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'soir', 'matin', ...FR_SEQUENCE_ADVERBS])

// Launching speaks only of an appeal ("launched an appeal for", "a lancé un appel"), and only of
// what the appeal asks, in its clause: "launched an appeal on Friday for $5 million for 90,000
// refugees" asks $5 million for 90,000 refugees, "a lancé un appel pour récolter un milliard" a
// billion; in "… to feed 90,000 people over three months, a day after releasing $2 million" the
// day, who is fed and for how long, and the sum released are the outlet's account of it.
// Words that open what an appeal is for: "to feed", "pour nourrir", "afin de".
const PURPOSE = new Set(['to', 'pour', 'afin'])
const LAUNCH_VERBS = new Set(['launched', 'launches', 'opened', 'lance', 'lancent', 'a lancé', 'ont lancé', 'avait lancé'].map(foldKey))
// Verbs that raise or lower a count; a cue only with the record or measure they change.
// So do verbs that publish a record ("published a new provisional count", "نشرت الوزارة أرقاماً").
const TOLL_VERBS = new Set([
  'رفع', 'رفعت', 'يرفع', 'ترفع', 'خفض', 'خفضت', 'يخفض', 'تخفض', 'نشر', 'نشرت', 'اصدر', 'اصدرت', 'قدم', 'قدمت',
  'raised', 'raises', 'lowered', 'lowers', 'revised', 'revises', 'lifts', 'lifted', 'published', 'publishes', 'released', 'releases', 'issued', 'issues',
  'a revu', 'ont revu', 'revoit', 'relève', 'a relevé', 'ont relevé', 'publie', 'a publié', 'ont publié', 'diffuse', 'a diffusé', 'ont diffusé',
  ...LAUNCH_VERBS,
].map(foldKey))
// Whether a word opens what was said, as a verb that says only before it needs ("أقرّ بأن", "found
// that", "a constaté qu'il"); a preposition ("عن", "ل") or a colon opens a thing, not a statement.
function opensThat(c: Compiled, lang: Lang, w: string): boolean {
  if (lang === 'ar') return c.complements.has(w) && w !== 'عن' && w !== 'ل' && w !== ':'
  return w === 'that' || w === 'que' || /^qu['’]/.test(w)
}
// What such a verb changes when it is no record: "عدد القتلى", "the number of dead", "le nombre de morts".
const MEASURES = new Set(['عدد', 'اعداد', 'number', 'nombre'])
// Participles of saying after a comma: the speaker goes on.
const PARTICIPLES = new Set([...CUES.ar.participles, ...CUES.en.participles, ...CUES.fr.participles].map(foldKey))

// Whether a vowelled Arabic verb is passive: a past tense whose first letter takes a damma
// ("أُعلن", "ذُكر"), or a form I present that does ("تُذكر", "يُقال").
function arabicPassive(word: Word): boolean {
  const raw = word.raw.replace(/^[وف]/, '')
  if (raw.codePointAt(1) !== 0x064F) return false
  return !/^[يتن]/.test(raw) || /^[يت]\u064F(ذكر|قال|نقل|كشف|لفت)/.test(raw.replace(/[\u064B-\u0652]/g, (m, i) => (i === 1 ? m : '')))
}

// Prepositions that open a phrase about the statement itself ("in a statement", "à l'AFP", "في بيان").
const PP_OPENERS = new Set(['in', 'at', 'to', 'during', 'via', 'after', 'following', 'à', 'au', 'dans', 'lors', 'devant', 'sur', 'après', 'adding', 'ajoutant', 'في', 'خلال', 'امام', 'عقب', 'اثر', 'مضيفا', 'مضيفه'])
// Auxiliaries of a passive: "are confirmed", "sont recensés".
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'est', 'sont', 'été', 'était', 'étaient', 'sera', 'seront'])
// Words that open a clause: the subject of a verb starts after them.
const CLAUSE_OPENERS: Record<Lang, Set<string>> = {
  en: new Set(['that', 'and', 'but', 'while', 'as', 'when', 'after', 'before', 'because', 'if', 'though', 'although', 'whereas', 'since', 'until', 'where', 'so']),
  fr: new Set(['que', "qu'", 'et', 'mais', 'lorsque', 'quand', 'alors', 'tandis', 'car', 'puisque', 'si', 'où', 'dont', 'comme']),
  ar: new Set(['ان', 'بان', 'فان', 'انه', 'انها', 'بانه', 'بانها', 'انهم', 'حيث', 'بينما', 'فيما', 'بعدما', 'عندما', 'لكن', 'اذ', 'و', 'ثم']),
}
const RELATIVES = new Set(['who', 'which', 'whose', 'qui', 'dont', 'lequel', 'laquelle', 'الذي', 'التي', 'الذين'])
const SUBJECT_RELATIVES = new Set(['who'])
// Verbs of relaying: "نقلت الوكالة عن مسؤول" is the official's word.
const RELAY_VERBS = new Set(['نقل', 'نقلت', 'ينقل', 'تنقل'])
// Where the relayed source starts: after "عن", right away or past a time ("في وقت سابق", "اليوم",
// "مساء الأحد"); never across punctuation, and never a pronoun ("عنه": the speaker last named).
function relaySource(words: Word[], from: number): number {
  for (let k = from; k < words.length && k < from + 5; k++) {
    const w = words[k].w
    if (w === 'عن') return k + 1
    if (PUNCT.test(w) || /^عن(ه|ها|هم|هما)$/.test(w)) return -1
    if (!TIME_WORDS.has(w) && !TIME_WORDS.has(bareWord('ar', w)) && !/^(في|وقت|سابق|لاحق|متاخر|مبكر)$/.test(w)) return -1
  }
  return -1
}
// What a count is broken down by: "حسب الأقاليم", "حسب الفئات العمرية".
const CATEGORIES = new Set(['اقاليم', 'مناطق', 'ولايات', 'محافظات', 'مدن', 'بلديات', 'دول', 'بلدان', 'جنسيات', 'فئات', 'جنس', 'عمر', 'اعمار', 'نوع', 'قطاعات', 'اقليم', 'منطقه', 'ولايه', 'محافظه'])
// "the same source", "la même source", "المصدر ذاته": a reference back to the speaker last named.
const SAME = new Set(['same', 'même', 'mêmes', 'ذاته', 'ذاتها', 'نفسه', 'نفسها', 'ذاتهما'])
const CLEFT = /^(it was|it is|c'est|c'était|ce sont|ce fut)$/
const OBJECT_RELATIVES = new Set(['which', 'whom', 'que', "qu'", 'dont', 'lesquels', 'lesquelles'])

// "…، مشيرا إلى أن المنظمة أحصت": after "أن" the subject comes first.
// The subject after a verb (from word a), as long as the clause allows it; a helper rather than a
// closure in findCues' loop, because a closure over the loop's variables made V8 allocate a context
// for every word read (some 40 MB a pass on the Arabic bench text), verb or not.
function subjectAfter(ctx: Reading, words: Word[], a: number): { words: Word[]; to: number } | null {
  const { c, lang } = ctx
  // ("…, rapportent des médias locaux": "des" is the plural article.)
  const np = nounPhrase(ctx, words, a, false, lang === 'fr')
  // In English and French the inverted subject closes its clause ("…, said the ministry.");
  // "…, says French troops out by year-end" has its subject before and what was said after.
  const next = words[np.to]?.w
  // ("…, a insisté le Premier ministre en survolant la région": a gerund after the subject.)
  const closes = lang === 'ar' || !next || PUNCT.test(next) || c.verbs.has(next) || SPEECH_TIME.test(next) || PP_OPENERS.has(next) || gerundAt(c, words, np.to)
  if (!closes || !np.words && !np.nobody) return null
  // "تحدثت تقارير عن" (reports spoke of): a record with no body named, so nobody's word.
  return { words: np.words ?? [], to: np.to }
}

// "محافظ العاصمة قدّر", "إسبانيا أعلنت", "ماكرون يعلن" (a headline): a clause may open with its
// subject, a body, an official, a country or, at the start of a sentence, a name. The verb then
// takes no conjunction, and the subject runs back to the clause's start.
function subjectOpensClause(ctx: Reading, words: Word[], v: number): boolean {
  const { c } = ctx
  const prev = words[v - 1]
  if (!prev || /^[وف]/.test(words[v].w) && !c.verbs.has(words[v].w) || PUNCT.test(prev.w) || c.particles.has(prev.w) || c.stops.has(prev.w) || c.complements.has(prev.w)) return false
  const np = subjectBefore(c, 'ar', words, v)
  if (!np || np.length > 5) return false
  const from = words.findIndex((w) => w.end === np[0].end)
  const opener = words[from - 1]
  if (opener && !PUNCT.test(opener.w) && !CLAUSE_OPENERS.ar.has(opener.w) && opener.w !== 'اما') return false
  if (c.stops.has(withoutConjunction(np[0].w)) || c.nonSpeakers.has(withoutConjunction(np[0].w)) || /^[بل]/.test(np[0].w) && !isHead(c, 'ar', np[0].w)) return false
  if (!plausible(ctx, np, true)) return false
  if (np.some((w) => isHead(c, 'ar', w.w)) || isCountryWord(np[0].raw)) return true
  // A bare name opens only a headline (no full stop): in running text a clause opening with an
  // unknown word more often opens with a verb that is no verb of saying ("بدأت آثار الأزمة تظهر").
  return from === 0 && np.length <= 3 && !SENTENCE_END.has(words[words.length - 1].w) && !TOLL_VERBS.has(words[v].w)
}

function subjectAfterComplement(c: Compiled, words: Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= MAX_WORDS; k--) {
    const w = words[k].w
    if (PUNCT.test(w) || isVerb(c, words, k, 'ar')) return false
    if (w === 'ان' || w === 'بان' || w === 'فان') return k < v - 1
  }
  return false
}

function isPronoun(words: Word[], j: number): boolean {
  const w = words[j]?.w
  if (!w) return false
  return isLatter(words, j) || PRONOUNS.has(w)
}

// "ce dernier", "cette dernière", "the latter": the one named last, whether or not it spoke.
function isLatter(words: Word[], j: number): boolean {
  const w = words[j]?.w
  return /^(ce|cette|ces)$/.test(w ?? '') && /^derni[eè]re?s?$/.test(words[j + 1]?.w ?? '') || w === 'the' && words[j + 1]?.w === 'latter'
}

// The one named last before this sentence: a person's or a body's name in capitals ("…, le colonel
// Mamane Sani Kiaou. Selon ce dernier, …"), or the speaker last named when it stands later.
function latter(ctx: Reading): Word[] | null {
  const speaker = lastSpeaker(ctx)
  if (ctx.lang === 'ar') return speaker
  const all = lookBack(ctx)
  const named = (w: Word) => /^\p{Lu}/u.test(w.raw) && !TIME_WORDS.has(w.w) && !isCountryWord(w.raw)
  for (let k = all.length - 1; k > 0 && all.length - k < 80; k--) {
    // A capital that opens a sentence names no one for sure.
    if (!named(all[k]) || PUNCT.test(all[k - 1].w) && !/^[,(]$/.test(all[k - 1].w)) continue
    if (speaker && speaker[speaker.length - 1].end >= all[k].start) return speaker
    let from = k
    while (from > 1 && named(all[from - 1]) && !(PUNCT.test(all[from - 2].w) && !/^[,(]$/.test(all[from - 2].w))) from--
    // "le maire de Lyon": a kind of speaker the name is joined to.
    if (from > 2 && NAME_JOIN.has(all[from - 1].w) && isHead(ctx.c, ctx.lang, all[from - 2].w)) from -= DETERMINERS.has(all[from - 3].w) ? 3 : 2
    return all.slice(from, k + 1)
  }
  return speaker
}

const ISSUED_BY = new Set(['of', 'by', 'from', 'de', 'du', 'des', "d'", 'par'])
const SAYING = /^(?:قول|تاكيد|تصريح)(?:ه|ها|هم|هما)$/
// A speaker as the reader should give it: a pronoun is the speaker last named, a bare definite
// noun ("المنظمة", "the agency") the earlier full mention it refers back to; words that can state
// nothing (a time, an event, an adverb) are no speaker.
function resolve(ctx: Reading, np: Word[] | null, place = false): Word[] | null {
  if (!np || !np.length) return null
  // "نقلت الوكالة عن الحاكم قوله إن…": "his saying" closes the quoted speaker's name.
  if (ctx.lang === 'ar' && np.length > 1 && SAYING.test(np[np.length - 1].w)) np = np.slice(0, -1)
  if (isLatter(np, 0) && np.length === 2) return latter(ctx)
  if (np.length === 1 && (PRONOUNS.has(np[0].w) || /^qu['’](ils?|elles?)$/.test(np[0].w)) || isPronoun(np, 0) && np.length === 2) return lastSpeaker(ctx)
  // "وبحسب التقييم", "أوضح البيان", "the report said": the record the body last named issued;
  // so is "تقديرات فرقها" (its teams' estimates).
  // "la même source", "وفق الأرقام الرسمية ذاتها", "the same figures": the speaker last named.
  if (np.some((w) => SAME.has(w.w))) return lastSpeaker(ctx)
  // "الحصيلة التي أعلنتها السلطات", "The FIA's breakdown": the body that issued the record.
  const issuer = recordIssuer(ctx, np)
  if (issuer) return resolve(ctx, issuer)
  // "Le premier bilan, communiqué par le FSB, évoquait", "The report, drawn up by the agency, found":
  // the body named as the record's agent, before any reading back to the speaker last named.
  const agent = ctx.lang !== 'ar' && isRecord(ctx.c, np) ? recordAgent(ctx, np) : null
  if (agent) return resolve(ctx, agent)
  if (definiteRecord(ctx, np)) return lastSpeaker(ctx)
  if (ctx.lang === 'ar' && np.length >= 2 && ctx.c.records.has(bareWord('ar', np[0].w)) && /(ه|ها|هم|هما)$/.test(np[1].raw)) return lastSpeaker(ctx)
  // "تفيد بياناتنا" (our data show), in a statement quoted: the body quoted speaks of its own records.
  if (ctx.lang === 'ar' && np.length === 1 && /نا$/.test(np[0].w) && ctx.c.records.has(bareWord('ar', np[0].w.slice(0, -2)))) return lastSpeaker(ctx)
  // "فرقها الميدانية وثّقت" (its field teams documented): the body that owns them speaks.
  if (ctx.lang === 'ar' && /^\p{L}{3,}(ها|هم)$/u.test(np[0].w) && !/^[وف]?ال/.test(np[0].w) && !ctx.c.verbs.has(np[0].w.replace(PRONOUN_SUFFIX, ''))) return lastSpeaker(ctx)
  // "تقارير", "مزاعم", "reports say": records no one is named for are nobody's word.
  if (isRecord(ctx.c, np) && np.every((w) => ctx.c.records.has(w.w) || DETERMINERS.has(w.w) || GENERIC.has(w.w))) return []
  // "the information available so far", "les données disponibles à ce stade": a record described
  // but issued by no one named (no body, no name, no "of", "by", "de") is nobody's word either.
  if (ctx.lang !== 'ar' && isRecord(ctx.c, np) && np.every((w, k) => !isHead(ctx.c, ctx.lang, w.w) && !(k > 0 && /^\p{Lu}/u.test(w.raw)) && !ISSUED_BY.has(w.w))) return []
  const back = backReference(ctx, np)
  if (back) return back
  return plausible(ctx, np, place) ? np : null
}

// Whether a phrase names an event, answered once per phrase (speakers are named again and again).
const namesEvent = (lang: Lang) => memoWords((phrase: string) => conceptsIn(phrase, { start: 0, end: phrase.length }, lang).some((m) => m.concept.event), 50_000)
const NAMES_EVENT: Record<Lang, (phrase: string) => boolean> = { ar: namesEvent('ar'), en: namesEvent('en'), fr: namesEvent('fr') }

// The speaker last named, the unread text before this sentence included.
function lastSpeaker(ctx: Reading): Word[] | null {
  readGap(ctx)
  return ctx.history[ctx.history.length - 1] ?? null
}

// A phrase cut short names no one: one that ends on a word that needs a noun after it ("the number
// of reported deaths", "le nombre de"), or a bare verb form with no body or name in it ("paperwork
// that has surfaced since…", "Bathily visited the stricken city and wrote…", "a refusé de confirmer").
const TRAILING: Record<'en' | 'fr', Set<string>> = {
  en: new Set(['of', 'for', 'the', 'a', 'an', 'to', 'with']),
  fr: new Set(['de', 'du', 'des', 'à', 'au', 'aux', 'pour', 'le', 'la', 'les', 'un', 'une']),
}
function fullPhrase(c: Reading['c'], lang: 'en' | 'fr', np: Word[]): boolean {
  const words = np.filter((w) => !PUNCT.test(w.w))
  if (!words.length) return true
  // (Written in small letters: "UN" is a body, "un" an article.)
  if (TRAILING[lang].has(words[words.length - 1].raw)) return false
  const verbForm = (lang === 'en' ? /^\p{Ll}+ed$/u : /^\p{Ll}+(?:é|ée|és|ées)$/u).test(words[0].raw) && !c.heads.has(words[0].w)
  return !verbForm || words.some((w) => /^\p{Lu}/u.test(w.raw) || c.heads.has(w.w) || c.heads.has(w.w.replace(/s$/, '')))
}

const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs'])
function plausible(ctx: Reading, np: Word[], place = false): boolean {
  const { c, lang } = ctx
  const first = np[0]
  // "Son représentant pour la Libye, Tamer Ramadan": a possessive before a kind of speaker or a name is the body's own.
  const owned = lang === 'fr' && POSSESSIVES.has(first.w) && np.length > 1 && (isHead(c, lang, np[1].w) || np.slice(1).some((w) => /^\p{Lu}/u.test(w.raw)))
  if (!owned && (c.nonSpeakers.has(first.w) || c.nonSpeakers.has(bareWord(lang, first.w)))) return false
  if (np.every((w) => PUNCT.test(w.w) || TIME_WORDS.has(bareWord(lang, w.w)) || TIME_WORDS.has(w.w))) return false
  if (np.some((w) => w.w === 'pm' || w.w === 'am' || /\d/.test(w.w))) return false
  if (lang !== 'ar' && !fullPhrase(c, lang, np)) return false
  // "Le bilan pourrait encore s'alourdir après …": a clause with a finite verb names no speaker.
  // ("Deux diplomates s'exprimant sous couvert d'anonymat": a reflexive participle describes the speaker.)
  if (lang !== 'ar' && np.some((w, k) => k > 0 && (FINITE[lang].has(w.raw) || /^s['’]\p{L}/u.test(w.raw) && !/ant$/.test(w.w)))) return false
  if (lang === 'ar' && (/^ب(ال|ما)/.test(first.w.replace(/^[وف]/, '')) || /(اً|ًا)$/.test(first.raw))) return false
  // "تفيد بوفاة 66": what was announced, glued to "ب", is no speaker.
  if (lang === 'ar' && first.w.startsWith('ب') && c.objects.has(first.w.slice(1))) return false
  // "the explosion", "les déflagrations", "الانفجار": an event states nothing, unless a body is named with it.
  if (!np.some((w) => isHead(c, lang, w.w)) && NAMES_EVENT[lang](ctx.text.slice(first.start, np[np.length - 1].end))) return false
  // A country or a place alone names no one who spoke ("Guinée", "Libye").
  // A country or a place alone names no one who spoke ("Guinée", "Libye"), save as the subject
  // of an Arabic verb of saying ("أعلنت إسبانيا إرسال", "لبنان يعلن"): there it is its government.
  if (np.length === 1 && isCountryWord(first.raw) && !(place && !isPeopleWord(first.raw))) return false
  return true
}

// "المنظمة" after "المنظمة الدولية للهجرة", "the spokesperson" after "Foreign Office spokesperson
// Mumtaz Zahra Baloch": a bare definite noun refers back to the last fuller mention with that noun.
function backReference(ctx: Reading, np: Word[]): Word[] | null {
  const { lang } = ctx
  let noun: string | null = null
  if (lang === 'ar' && np.length === 1 && /^[وف]?ال/.test(np[0].w) && np[0].w.length > 4) noun = bareWord(lang, np[0].w)
  else if (lang === 'en' && np.length === 2 && np[0].w === 'the' && /^[a-z]/.test(np[1].raw)) noun = np[1].w
  else if (lang === 'fr' && np.length === 2 && /^(le|la|les)$/.test(np[0].w) && /^[a-zà-ÿ]/.test(np[1].raw)) noun = np[1].w
  else if (lang === 'fr' && np.length === 1 && /^l['’][a-zà-ÿ]/.test(np[0].raw.toLowerCase()) && /^[Ll]['’][a-zà-ÿ]/.test(np[0].raw)) noun = np[0].w.slice(2)
  if (!noun) return null
  // A fuller mention: longer, or as long with another first word ("Radio Soummam" for "la radio").
  const has = (h: Word[]) => (h.length > np.length || h.length === np.length && h[0].w !== np[0].w) && (lang === 'ar' ? bareWord(lang, h[0].w) === noun || constructOf(h[0].w, noun) : h.some((w) => w.w === noun || w.w === `l'${noun}`))
  // A reader looks back a few paragraphs, not through a whole book.
  readGap(ctx)
  let said: Word[] | null = null
  for (let k = ctx.history.length - 1; k >= Math.max(0, ctx.history.length - LOOK_BACK_SPEAKERS) && !said; k--) if (has(ctx.history[k])) said = ctx.history[k]
  if (lang !== 'ar') return said
  // The full name may have been written outside any attribution, and nearer than the last speaker
  // of that kind: "نعت وزارة الدفاع … وأوضحت الوزارة" after an earlier "قالت وزارة الداخلية".
  const all = lookBack(ctx)
  for (let k = all.length - 1; k >= 0; k--) {
    const w = all[k]
    if (said && w.start <= said[0].start) return said
    // A bare word is its word with prefixes peeled, so one not ending in the noun is not it: that
    // test comes first, as it rules out nearly all of the look back's thousand or so words.
    if (!w.w.endsWith(noun) || !all[k + 1] || PUNCT.test(all[k + 1].w)) continue
    // "المنظمة الدولية", or a name in the construct state: "وزارة الداخلية", "مكتب الأمم المتحدة".
    const definite = /^[وف]?ال/.test(w.w) && bareWord(lang, w.w) === noun
    if (!definite && !(constructOf(w.w, noun) && /^(ال|لل)/.test(all[k + 1].w))) continue
    const found = nameChain(all, k)
    if (found.length > 1 && found[found.length - 1].start < ctx.sentenceStart) {
      if (/^[وف]/.test(w.w) && !w.w.startsWith(noun)) found[0] = { ...found[0], start: found[0].start + 1 }
      return found
    }
  }
  return said
}

// A name read outside any attribution, from its first word: the words that are definite or
// governed by one ("وزارة النقل", "المنظمة الدولية للهجرة", "مكتب الأمم المتحدة لتنسيق الشؤون
// الإنسانية (أوتشا)"), up to the first that is not ("وزارة النقل أسعار" stops before "أسعار").
function nameChain(words: Word[], k: number): Word[] {
  const out = [words[k]]
  for (let m = k + 1; m < words.length && out.length < MAX_WORDS + 2; m++) {
    const w = words[m].w
    if (TIME_WORDS.has(w) || TIME_WORDS.has(bareWord('ar', w))) break
    if (/^(ال|لل)/.test(w) || /^ل\p{L}{2,}/u.test(w) && /^ال/.test(words[m + 1]?.w ?? '')) { out.push(words[m]); continue }
    if (w === '(') {
      const close = words.findIndex((x, i) => i > m && i <= m + 4 && x.w === ')')
      if (close > m + 1) out.push(...words.slice(m, close + 1))
    }
    break
  }
  return out
}

// Whether a word is a noun in the construct state, with or without a conjunction: "وزارة" and
// "ووزارة" for "الوزارة" (peeling "و" alone would leave "زارة").
const constructOf = (w: string, noun: string) => w === noun || withoutConjunction(w) === noun

// The words of the LOOK_BACK_CHARS before the current sentence. Sentences are read in text order,
// so the last look back's words are kept and extended rather than the text read again each time.
function lookBack(ctx: Reading): Word[] {
  const from = Math.max(0, ctx.sentenceStart - LOOK_BACK_CHARS)
  const to = ctx.sentenceStart
  const b = ctx.back
  let words: Word[]
  if (b && b.from <= from && from <= b.to && b.to <= to) {
    let k = 0
    while (k < b.words.length && b.words[k].start < from) k++
    words = b.words.slice(k).concat(ctx.words.in({ start: b.to, end: to }))
  } else {
    words = ctx.words.in({ start: from, end: to })
  }
  ctx.back = { from, to, words }
  return words
}

function definiteRecord(ctx: Reading, np: Word[]): boolean {
  const { c, lang } = ctx
  if (lang === 'ar') return np.length === 1 && /^[وف]?ال/.test(np[0].w) && c.records.has(bareWord(lang, np[0].w))
  return np.length === 2 && /^(the|le|la|les|ce|cette|ces)$/.test(np[0].w) && c.records.has(np[1].w) || np.length === 1 && /^l'/.test(np[0].w) && c.records.has(np[0].w.slice(2))
}

const LOOK_BACK_SPEAKERS = 40
const GAP_CHARS = 600
const LOOK_BACK_CHARS = 4000

// Auxiliaries and modals, in lower case (a name may be "Will"): no name of a speaker holds one.
const FINITE: Record<'en' | 'fr', Set<string>> = {
  en: new Set(['could', 'would', 'should', 'might', 'will', 'can', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']),
  fr: new Set(['pourrait', 'pourraient', 'peut', 'peuvent', 'doit', 'doivent', 'devrait', 'devraient', 'va', 'vont', 'a', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'avait', 'avaient']),
}

// Words that only tell a time: a statement's "speaker" made of them is a misreading.
const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'week', 'month', 'year',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'soir', 'matin', 'nuit', 'semaine', 'mois', 'année',
  ...['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار',
    'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'الثاني', 'الأول', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'اثنين', 'ثلاثاء',
    'أربعاء', 'خميس', 'جمعة', 'سبت', 'أحد', 'اليوم', 'يوم', 'أمس', 'الآن', 'صباح', 'مساء', 'فجر', 'ليل', 'الماضي', 'الجاري', 'المقبل'].map(foldKey),
])

// English and French put the subject after the verb only after a quotation or a comma:
// "…, said Marie el-Drese", "…, a indiqué le maire".
function verbSubjectOrder(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  // "C'est ce qu'a fait savoir le gouvernement", "les chiffres qu'a publiés la préfecture":
  // French inverts the subject after "que".
  return !!prev && (/^[,"”»:]$/.test(prev.w) || /^qu['’](a|ont|avait|avaient)$/.test(prev.w))
}

// A French verb of saying with its pronoun subject hyphenated after it: "estime-t-il" (one word),
// "a-t-elle ajouté" (the auxiliary, then the participle, with adverbs between). Its length in words, or 0.
const INVERTED = /^(\p{L}+)-(?:t-)?(?:il|elle|ils|elles|on)$/u
function frenchInversion(c: Compiled, words: Word[], i: number): number {
  const m = INVERTED.exec(words[i].w)
  if (!m) return 0
  if (c.verbs.has(m[1])) return 1
  if (!FR_AUX.has(m[1])) return 0
  let k = i + 1
  while (k < words.length && k - i <= 4 && FR_INSERTS.has(words[k].w)) k++
  return c.verbPhrases.some((p) => p.length === 2 && p[0] === m[1] && p[1] === words[k]?.w) ? k - i + 1 : 0
}

function isVerb(c: Compiled, words: Word[], i: number, lang: Lang): boolean {
  return verbLength(c, words, i, lang) > 0
}

// "a crowd estimated at 100,000", "damage put at $5 billion": a participle that values the noun
// before it, not a verb of saying (whose "at" opens "at least", "at most").
function passiveAt(words: Word[], i: number): boolean {
  return VALUING.has(words[i].w) && words[i + 1]?.w === 'at' && !/^(least|most)$/.test(words[i + 2]?.w ?? '')
}

function verbLength(c: Compiled, words: Word[], i: number, lang: Lang): number {
  const w = words[i]
  if (!w) return 0
  if (c.verbStarts.has(w.w)) for (const p of c.verbPhrases) if (p.every((x, k) => words[i + k]?.w === x)) return p.length
  // "a toutefois estimé", "a pour sa part évoqué", "a quant à lui fait état": words between the
  // auxiliary and its participle.
  if (lang === 'fr' && (FR_AUX.has(w.w) || c.verbStarts.has(w.w))) {
    let m = i + 1
    while (m < words.length && m - i <= 4 && FR_INSERTS.has(words[m].w)) m++
    if (m > i + 1) for (const p of c.verbPhrases) if (p[0] === w.w && p.slice(1).every((x, k) => words[m + k]?.w === x)) return m - i + p.length - 1
  }
  if (c.verbs.has(w.w)) return lang === 'en' && passiveAt(words, i) ? 0 : 1
  // Arabic verbs take a conjunction: "وقال", "فأكد".
  return lang === 'ar' && w.w.length > 3 && /^[وف]/.test(w.w) && c.verbs.has(withoutFirstLetter(w.w)) ? 1 : 0
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
// leaving out the document it was issued in ("تقديرات الأمم المتحدة" → "الأمم المتحدة", "un bilan
// provisoire du ministère" → "ministère", "les chiffres communiqués par le ministre" → "le ministre").
function nounPhrase(ctx: Reading, words: Word[], j: number, gluedPrefix: boolean, afterSelon = false): { words: Word[] | null; to: number; nobody?: boolean } {
  const c = ctx.c
  let k = j
  // Only when a body follows the document: "تقديرات غربية" keeps its adjective.
  // "آخر تصريحات وزير الصحة": documents may follow one another before the body.
  for (let m = k, doc = matchPhrase(c.documents, words, m, 'en'); doc; doc = matchPhrase(c.documents, words, m, 'en')) {
    m += doc.n
    if (bodyStart(words[m]) || ctx.lang === 'ar' && !!words[m] && isHead(c, 'ar', words[m].w)) k = m
  }
  // "بيان الوزارة": the document left out, the body stays the speaker.
  const docsSkipped = k > j
  let quoted = false
  const who: Word[] = []
  while (k < words.length && who.length < MAX_WORDS) {
    const w = words[k]
    // "selon des sources sécuritaires", "d'après des témoins": after "selon", "des" is the plural article.
    if (afterSelon && who.length === 0 && w.w === 'des' && words[k + 1] && !PUNCT.test(words[k + 1].w)) { who.push(w); k++; continue }
    if (PUNCT.test(w.w) || c.stops.has(w.w) || c.complements.has(w.w) && who.length > 0 || /\d/.test(w.w)) {
      // "هيومن رايتس ووتش عن مصادر محلية": the sources belong to the speaker.
      if (w.w === 'عن' && who.length && words[k + 1]?.w.startsWith('مصادر')) { who.push(w); k++; continue }
      // "اثنان من المسؤولين", "one of the officials": a number of a group is the speaker.
      if ((w.w === 'من' || w.w === 'of' || w.w === 'des') && who.length === 1 && NUMBER_WORD.test(who[0].w)) { who.push(w); k++; continue }
      // "l'Organisation internationale pour les migrations", "Ministry of Health": a name goes on.
      if (NAME_JOIN.has(w.w) && who.length && (capitalised(who[0]) || DETERMINERS.has(who[0].w) || c.heads.has(who[0].w)) && !isRecord(c, who) && words[k + 1] && !PUNCT.test(words[k + 1].w)) {
        who.push(w)
        k++
        if (ARTICLES.has(words[k].w)) { who.push(words[k]); k++ }
        continue
      }
      // "the UN and the Ukrainian government", "la Banque mondiale et l'ONU": two bodies speak together.
      if ((w.w === 'and' || w.w === 'et') && who.some((x) => isHead(c, ctx.lang, x.w) || /^(?:[ld]['’])?\p{Lu}/u.test(x.raw)) && namesBody(c, ctx.lang, words, k + 1)) {
        who.push(w)
        k++
        if (DETERMINERS.has(words[k].w)) { who.push(words[k]); k++ }
        continue
      }
      // A name in quotation marks ends with them: "مرصد الساحل" حتى الآن.
      if (/^["“”«»]$/.test(w.w)) { k++; if (quoted && who.length) break; quoted = who.length === 0; continue }
      break
    }
    if (who.length > 0 && (c.verbs.has(w.w) || c.verbs.has(withoutConjunction(w.w)))) break
    // "le bilan qu'a communiqué la préfecture": a relative with its verb glued on ends the phrase.
    if (ctx.lang === 'fr' && who.length > 0 && /^qu['’]\p{L}/u.test(w.w)) break
    // "نعت الوزارة ثلاثة أطباء": a number word starts what was said.
    if (ctx.lang === 'ar' && who.length > 0 && AR_NUMBER_WORD.test(w.w)) break
    if (who.length > 0 && announcedObject(c, who, w.w)) break
    // "des témoins joints par téléphone", "des sources citées par l'AFP": a participle with its agent
    // says how the speaker was reached, it is not part of who spoke.
    if (ctx.lang === 'fr' && who.length >= 2 && words[k + 1]?.w === 'par' && /(é|ée|és|ées|is|ise|ises|int|ints|inte|intes|it|its)$/.test(w.w)) break
    // An object with a pronoun ("انسحابها") starts what was said, not who said it.
    if (who.length >= 2 && /(ها|هم|هما)$/.test(w.w) && !SAME.has(w.w)) break
    // "أحدث حصيلة لوزارة الداخلية": the record's issuer, glued to "ل", is read after the record.
    if (ctx.lang === 'ar' && who.length && /^ل\p{L}{3,}/u.test(w.w) && c.records.has(bareWord('ar', who[who.length - 1].w))) break
    who.push(w)
    k++
  }
  // "بيان للديوان" (a statement of the court): the body without its "ل", to be referred back.
  if (who.length && docsSkipped && !gluedPrefix && /^لل\p{L}{2,}/u.test(who[0].w)) who[0] = { ...who[0], start: who[0].start + 1, raw: who[0].raw.slice(1), w: 'ا' + who[0].w.slice(1) }
  if (who.length && gluedPrefix) who[0] = { ...who[0], start: who[0].start + (/^لل/.test(who[0].w) ? 1 : who[0].raw.startsWith('لـ') ? 2 : 1) }
  // "un bilan encore provisoire du ministère", "the latest count by the ministry", "les chiffres
  // communiqués vendredi par le ministre": the body that issued the record is the speaker.
  if (who.length && isRecord(c, who)) {
    for (let m = k; m < Math.min(words.length, k + 10) && !PUNCT.test(words[m].w); m++) {
      const link = words[m].w
      if (ctx.lang === 'ar') {
        // Right after the record ("حصيلة أعلنتها", "التوزيع الذي قدّمته"), not in a clause further on
        // ("تحدثت تقارير عن سقوط عشرات في ما اعتبره الجيش").
        if (m > k + 1) break
        const body = arabicIssuer(ctx, words, m)
        if (body) return body
        continue
      }
      // ("la liste des victimes que le ministère a publiée": "des victimes" is what it lists, read on.)
      if (/^(du|des|of|by|from|par)$/.test(link) || link === 'de' && bodyStart(words[m + 1])) {
        const body = nounPhrase(ctx, words, m + 1, false)
        if (body.words && (issuing(ctx, body.words) || /^(by|from|par)$/.test(link) || !words.slice(body.to, body.to + 2).some((w) => /^(que|qu')$/.test(w.w)))) return body
      }
      // "la liste que le ministère a publiée", "le bilan qu'a communiqué la préfecture": a relative
      // clause whose subject issued the record.
      if (ctx.lang === 'fr' && (link === 'que' || link === "qu'") && bodyStart(words[m + 1])) {
        const body = nounPhrase(ctx, words, m + 1, false)
        const aux = body.words ? body.words.findIndex((w, n) => n > 0 && FR_AUX.has(w.w)) : -1
        if (body.words && aux > 0) return { words: body.words.slice(0, aux), to: body.to }
      }
      if (ctx.lang === 'fr' && /^qu['’](a|ont|avait|avaient)$/.test(link) && words[m + 1] && bodyStart(words[m + 2])) {
        const body = nounPhrase(ctx, words, m + 2, false)
        if (body.words) return body
      }
      // "d'Ocha", "de l'Institut": the body is glued to its preposition.
      if (/^d'[\p{L}]/u.test(link) && /^[dD]['’][A-ZÀ-Ý]/.test(words[m].raw)) {
        const body = nounPhrase(ctx, words, m, false)
        if (body.words) { body.words[0] = { ...body.words[0], start: body.words[0].start + 2 }; return body }
      }
    }
  }
  // A document with no body named ("أحدث حصيلة", "حصيلة رسمية مؤقتة", "the latest toll", "un bilan
  // provisoire") is the outlet's own reading; one with an origin ("تقديرات غربية") keeps it.
  const doc = who.length && !docsSkipped ? matchPhrase(c.documents, words, j, 'en') : null
  if (doc && who.slice(doc.n).every((w) => GENERIC.has(w.w))) return { words: null, to: k, nobody: true }
  if (who.length && isRecord(c, who) && who.every((w) => GENERIC.has(w.w) || c.records.has(w.w) || DETERMINERS.has(w.w) || /^(encore|plus|first)$/.test(w.w))) return { words: null, to: k, nobody: true }
  // "وتفيد الأرقام الرسمية بأن", "التقديرات الأولية": an Arabic record that its adjectives describe
  // as no one's (the bare definite "التقرير" refers back to the body that issued it).
  if (ctx.lang === 'ar' && who.length > 1 && isRecord(c, who) && who.every((w, n) => n === 0 ? c.records.has(bareWord('ar', w.w)) : GENERIC.has(w.w))) return { words: null, to: k, nobody: true }
  return { words: who.length ? who : null, to: k }
}

// Whether a body's name opens at word k: a name in capitals, or an article before one or before a
// kind of speaker ("the Ukrainian government", "les secours"), never a thing ("the death toll").
function namesBody(c: Compiled, lang: Lang, words: Word[], k: number): boolean {
  const w = words[k]
  if (!w || PUNCT.test(w.w)) return false
  if (/^(?:[ld]['’])?\p{Lu}/u.test(w.raw)) return true
  const next = words[k + 1]
  return DETERMINERS.has(w.w) && !!next && (/^\p{Lu}/u.test(next.raw) || isHead(c, lang, next.w))
}

// Who issued an Arabic record, from word m after it: the verb that issued it carries the record
// as its object ("حصيلة أعلنتها وزارة الداخلية", "التوزيع الذي قدّمته الوزارة"), a preposition
// names its source ("التقديرات الصادرة عن المفوضية", "الواردة في البيان": the statement's body), or
// "ل" is glued to the body ("أحدث حصيلة لوزارة الداخلية").
function arabicIssuer(ctx: Reading, words: Word[], m: number): { words: Word[] | null; to: number } | null {
  const c = ctx.c
  const w = words[m].w
  const next = words[m + 1]
  const stem = w.replace(PRONOUN_SUFFIX, '')
  if (stem !== w && (c.verbs.has(stem) || c.verbs.has(withoutConjunction(stem)) || ISSUING.has(stem)) && next && !PUNCT.test(next.w) && !c.stops.has(next.w)) return nounPhrase(ctx, words, m + 1, false)
  if ((w === 'عن' || w === 'من') && bodyStart(next) && !/^[بل]/.test(next.w)) return nounPhrase(ctx, words, m + 1, false)
  if (w === 'في' && next && definiteRecord(ctx, [next])) return { words: [next], to: m + 2 }
  if (/^لل?\p{L}{3,}/u.test(w) && m > 0 && c.records.has(bareWord('ar', words[m - 1].w)) || /^لل/.test(w) && words.slice(Math.max(0, m - 3), m).some((x) => c.records.has(bareWord('ar', x.w)))) {
    const body = nounPhrase(ctx, words, m, false)
    if (body.words) body.words[0] = { ...body.words[0], start: body.words[0].start + 1, w: w.startsWith('لل') ? 'ا' + w.slice(1) : w.slice(1) }
    return body.words ? body : null
  }
  return null
}
// The issuer named inside a record's phrase: an Arabic record's verb, preposition or glued "ل"
// ("الحصيلة الأولى التي أعلنتها السلطات"), an English possessor ("the agency's breakdown").
function recordIssuer(ctx: Reading, np: Word[]): Word[] | null {
  const c = ctx.c
  if (np.length < 2) return null
  if (ctx.lang === 'ar') {
    if (!c.records.has(bareWord('ar', np[0].w)) && !(GENERIC.has(np[0].w) && np[1] && c.records.has(bareWord('ar', np[1].w)))) return null
    for (let m = 1; m < np.length; m++) {
      const body = arabicIssuer(ctx, np, m)
      if (body?.words) return body.words
    }
    return null
  }
  if (ctx.lang !== 'en') return null
  const rec = np.findIndex((w) => c.records.has(w.w))
  const owner = rec > 0 ? np[rec - 1] : null
  if (!owner || !/['’]s$/.test(owner.raw)) return null
  return [...np.slice(0, rec - 1), { ...owner, end: owner.end - 2, raw: owner.raw.slice(0, -2), w: owner.w.replace(/['’]s$/, '') }]
}

// Verbs a record reaches a figure with: "the tally stands at", "le décompte atteignait", "بلغت الحصيلة".
const REACHING = new Set([
  'stands', 'stood', 'rose', 'risen', 'rises', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'hit',
  "s'élève", "s'élevait", 'atteint', 'atteignait', 'grimpe', 'grimpait', 'grimpé', 'dépasse', 'dépassait', 'dépassé', 'avoisine', 'avoisinait',
  'بلغ', 'بلغت', 'ارتفع', 'ارتفعت', 'وصل', 'وصلت', 'تجاوز', 'تجاوزت', 'ناهز', 'ناهزت',
].map(foldKey))

// The issuer a record that reaches a figure names in its own phrase ("Greece's tally", "le décompte
// de l'organisme chargé des secours", "حصيلة وزارة الصحة", "الحصيلة التي أعلنتها الوزارة"); a record
// with no issuer ("the toll rose to 40") is nobody's word, whoever spoke last.
function reachingRecord(ctx: Reading, words: Word[], i: number): Word[] | null {
  const { c, lang } = ctx
  if (lang === 'ar') {
    const next = words[i + 1]
    if (!next || !c.records.has(bareWord('ar', next.w))) return null
    const np = nounPhrase(ctx, words, i + 1, false)
    return np.words && np.words[0].start > next.start && issuing(ctx, np.words) ? resolve(ctx, np.words) : null
  }
  const np = subjectBefore(c, lang, words, i)
  const rec = np ? np.findIndex((w) => c.records.has(w.w)) : -1
  if (!np || rec < 0) return null
  const owner = recordIssuer(ctx, np)
  if (owner) return owner
  for (let m = rec + 1; m < np.length - 1; m++) {
    if (!ISSUED_BY.has(np[m].w) || !(bodyStart(np[m + 1]) || isHead(c, lang, np[m + 1].w))) continue
    const body = nounPhrase(ctx, np, m + 1, false)
    return body.words && issuing(ctx, body.words) ? resolve(ctx, body.words) : null
  }
  // "An updated interior ministry toll": the body named before the record.
  const before = np.slice(0, rec).filter((w) => !DETERMINERS.has(w.w) && !GENERIC.has(w.w))
  return before.length && before.some((w) => isHead(c, lang, w.w)) ? before : null
}

// Whether the words after a record name who issued it (a kind of speaker, or a name in capitals)
// rather than what it counts ("حصيلة القتلى", "the toll of the dead").
const issuing = (ctx: Reading, np: Word[]) => np.some((w) => isHead(ctx.c, ctx.lang, w.w) || ctx.lang !== 'ar' && /^(?:[ld]['’])?\p{Lu}/u.test(w.raw))

// A record's agent in English and French: ", communiqué par le FSB,", "released by the ministry".
const AGENT_PARTICIPLES = new Set(['communiqué', 'communiquée', 'communiqués', 'communiquées', 'publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'diffusés', 'diffusées', 'établi', 'établie', 'fourni', 'fournie', 'fournis', 'fournies', 'annoncé', 'annoncée', 'dressé', 'dressée', 'compilé', 'compilée', 'released', 'published', 'issued', 'compiled', 'provided', 'given', 'announced', 'put', 'drawn'])
const AGENT_BY = new Set(['par', 'by'])

function recordAgent(ctx: Reading, np: Word[]): Word[] | null {
  const last = np[np.length - 1]
  const after = ctx.words.in({ start: last.end, end: Math.min(ctx.text.length, last.end + 160) })
  let k = after[0]?.w === ',' ? 1 : 0
  if (!after[k] || !AGENT_PARTICIPLES.has(after[k].w)) return null
  k++
  // ("drawn up jointly by", "établi conjointement par": a particle or an adverb before the agent.)
  for (let m = k; m < k + 2 && after[m] && !PUNCT.test(after[m].w); m++) if (AGENT_BY.has(after[m + 1]?.w ?? '') && /^(up|out|together|jointly|conjointement|ensemble)$|ly$|ment$/.test(after[m].w)) k = m + 1
  if (!after[k] || !AGENT_BY.has(after[k].w)) return null
  const body = nounPhrase(ctx, after, k + 1, false)
  return body.words?.length ? body.words : null
}

// Verbs that issue a record without saying it: "نشرتها", "أصدرتها", "قدّمته", "بثّته".
const ISSUING = new Set(['نشر', 'نشرت', 'اصدر', 'اصدرت', 'قدم', 'قدمت', 'بث', 'بثت', 'اعد', 'اعدت', 'وضع', 'وضعت', 'حدث', 'حدثت'])

// Whether an Arabic word opens what was announced rather than going on with the speaker's name:
// "بمقتل" always (a verb of saying takes its object with ب), a bare verbal noun ("وفاة", "ارتفاع")
// after a name of two words or one the article closes ("الوزارة", "وزارة الصحة").
function announcedObject(c: Compiled, who: Word[], w: string): boolean {
  if (!c.objects.size) return false
  // With or without a conjunction ("ووفاة"; "وفاة" itself starts with و), or an accusative ending ("توزيعاً").
  const forms = [w, w.replace(/^[وف]/, ''), w.replace(/ا$/, '')]
  if (forms.some((x) => x.startsWith('ب') && c.objects.has(x.slice(1)))) return true
  return forms.some((x) => c.objects.has(x)) && (who.length >= 2 || /^(?:[وفب]?ال|لل)/.test(who[who.length - 1].w))
}

// Whether a phrase names a record (a toll, a count, a report) rather than a body: "un bilan
// encore provisoire", "the latest counts", "التقييم".
function isRecord(c: Compiled, who: Word[]): boolean {
  for (let i = 0; i < Math.min(who.length, 4); i++) {
    if (c.records.has(who[i].w) || c.records.has(who[i].w.replace(/^(ال|[وف]ال)/, ''))) return true
    if (!DETERMINERS.has(who[i].w) && !GENERIC.has(who[i].w) && !/^(encore|first)$/.test(who[i].w)) return false
  }
  return false
}

// A body's name starts definite (Arabic "ال"/"لل", "the") or with a capital.
const bodyStart = (w: Word | undefined) => !!w && !PUNCT.test(w.w) && (/^[وفبل]?(ال|لل)/.test(w.w) || /^(?:[ldLD]['’])?[A-ZÀ-Ý]/.test(w.raw) || w.w === 'the' || w.w === "l'" || w.w === 'la' || w.w === 'le' || w.w === 'les')

// "محافظ بيروت مروان عبود قدّر", "the Libyan Red Crescent said": the subject before the verb,
// back to the start of its clause, without particles ("وكان", "قد", "has") or the time of the
// statement ("a assuré vendredi"). A name and its apposition, between commas, are one speaker:
// "Marie el-Drese, the group's secretary-general, told", "le préfet, François-Xavier Bieuville, estime".
function subjectBefore(c: Compiled, lang: Lang, words: Word[], v: number): Word[] | null {
  const end = skipBack(c, words, v - 1)
  if (end < 0) return null
  // "It was the palace that later tallied", "C'est la préfecture qui a annoncé": a cleft's subject.
  if ((words[end].w === 'that' || words[end].w === 'who' || words[end].w === 'qui') && end > 1) {
    const base = Math.max(0, end - MAX_WORDS - 2)
    for (let k = end - 1; k >= base; k--) {
      const n = CLEFT.test(words[k].w) ? 1 : CLEFT.test(`${words[k].w} ${words[k + 1]?.w ?? ''}`) ? 2 : 0
      if (n && k + n < end) return words.slice(k + n, end)
    }
  }
  // "Senator Ana Ruiz, who said", "the mayor, Ana Ruiz, who said": the relative's antecedent.
  if (SUBJECT_RELATIVES.has(words[end].w) && end > 1) return words[end - 1].w === ',' ? subjectBefore(c, lang, words, end) ?? clauseSubject(c, lang, words, end - 2) : clauseSubject(c, lang, words, end - 1)
  // "le bilan qu'ils avaient annoncé": the pronoun glued to the relative is the subject.
  if (lang === 'fr' && /^qu['’](ils?|elles?)$/.test(words[end].w)) return [words[end]]
  // "the junta, which had declared": a relative standing for a thing, no speaker.
  if (OBJECT_RELATIVES.has(words[end].w)) return [words[end]]
  // "l'Organisation internationale pour les migrations (OIM) estimait", "المنظمة الدولية للهجرة (IOM)":
  // a name's abbreviation in brackets goes with it.
  if (words[end].w === ')') {
    const open = words.slice(Math.max(0, end - 4), end).map((w) => w.w).lastIndexOf('(')
    const at = open < 0 ? -1 : Math.max(0, end - 4) + open
    if (at > 0 && at < end - 1) {
      const name = subjectBefore(c, lang, words, at)
      return name ? [...name, ...words.slice(at, end + 1)] : null
    }
  }
  if (words[end].w === ',' || words[end].w === '،') {
    let c1 = end - 1
    // (An apposition may be a participle and its agent: "The report, drawn up jointly by the UN and
    // the Ukrainian government, found": longer than a name.)
    while (c1 >= 0 && end - c1 <= MAX_WORDS + 5 && !PUNCT.test(words[c1].w)) c1--
    if (c1 < 0 || c1 === end - 1 || !/^[,،]$/.test(words[c1].w)) return null
    if (end - c1 > MAX_WORDS + 2 && !AGENT_PARTICIPLES.has(words[c1 + 1].w)) return null
    const first = clauseSubject(c, lang, words, c1 - 1)
    if (!first) return null
    const appos = words.slice(c1 + 1, end)
    // "Osama Hamad, who leads the administration, told", "l'exécutif rival, adossé au maréchal, affirme": the subject alone.
    const clause = appos.some((w) => RELATIVES.has(w.w) || c.stops.has(w.w) || c.verbs.has(w.w))
    return clause ? first : [...first, ...appos]
  }
  return clauseSubject(c, lang, words, end)
}

// Back over particles ("has", "قد", "de son côté") and the time of a statement ("vendredi", "on Monday").
function skipBack(c: Compiled, words: Word[], k: number): number {
  for (;;) {
    if (k < 0) return k
    const w = words[k].w
    // (Also a quotation opening between the subject and its verb: "Les autorités « ont recensé 100 morts »".)
    if (c.particles.has(w) || SPEECH_TIME.test(w) || TIME_WORDS.has(w) || (words[k].raw === '«' || words[k].raw === '“') && k > 0 && !SENTENCE_END.has(words[k - 1].w)) { k--; continue }
    // "يوم الأربعاء 14 حزيران/ يونيو": the day's number and the slash between a month's two names.
    if (/^(\d{1,4}|\/)$/.test(w) && (TIME_WORDS.has(words[k - 1]?.w ?? '') || TIME_WORDS.has(words[k + 1]?.w ?? ''))) { k--; continue }
    const phrase = c.particlePhrases.find((p) => p.every((x, i) => words[k - p.length + 1 + i]?.w === x))
    if (phrase) { k -= phrase.length; continue }
    return k
  }
}

// The noun phrase ending at word `end`, back to the start of its clause.
function clauseSubject(c: Compiled, lang: Lang, words: Word[], end: number): Word[] | null {
  let k = end
  // A body's full name runs longer than a person's: "le Bureau de coordination des affaires
  // humanitaires des Nations unies", capitals and the words that join them.
  const span = lang !== 'ar' && (/^[A-ZÀ-Ý]/.test(words[end]?.raw ?? '') || words[end + 1]?.w === '(') ? MAX_WORDS + 6 : MAX_WORDS + 2
  while (k >= 0 && end - k < span) {
    const w = words[k]
    // "le ministre de la Planification et du Développement": "et" between capitals joins one name.
    const joins = (w.w === 'et' || w.w === 'and') && /^\p{Lu}/u.test(words[k - 1]?.raw ?? '') && (/^\p{Lu}/u.test(words[k + 1]?.raw ?? '') || NAME_JOIN.has(words[k + 1]?.w ?? '') && /^\p{Lu}/u.test(words[k + 2]?.raw ?? ''))
    if (PUNCT.test(w.w) || /\d/.test(w.w) || CLAUSE_OPENERS[lang].has(w.w) && !joins) break
    // "which the authorities said", "que les autorités imputent": the subject follows the relative;
    // "the figure given by the senator, who said": an agent starts its own noun phrase.
    if (lang !== 'ar' && (OBJECT_RELATIVES.has(w.w) || w.w === 'by' || w.w === 'par')) break
    // "الحصيلة الأولى التي أعلنتها السلطات قد تحدثت": the record and the relative that names its issuer are the subject.
    const recordRelative = lang === 'ar' && (w.w === 'التي' || w.w === 'الذي') && words.slice(Math.max(0, k - 3), k).some((x) => c.records.has(bareWord(lang, x.w)))
    if (lang === 'ar' && (c.complements.has(w.w) || c.stops.has(w.w)) && !recordRelative) break
    // A verb ends the subject, unless a determiner makes it a noun ("some estimates put").
    if ((c.verbs.has(w.w) || c.verbs.has(withoutConjunction(w.w))) && !DETERMINERS.has(words[k - 1]?.w ?? '')) break
    k--
  }
  if (k >= 0 && end - k >= span) return null
  let from = k + 1
  while (from <= end && c.particles.has(words[from].w)) from++
  if (from > end) return null
  const out = words.slice(from, end + 1)
  // "فمحافظ العاصمة": the conjunction glued to a kind of speaker is not part of it.
  if (lang === 'ar' && /^[وف]/.test(out[0].w) && c.heads.has(bareWord(lang, out[0].w)) && !c.heads.has(out[0].w.replace(/^ال/, ''))) out[0] = { ...out[0], start: out[0].start + 1 }
  return out
}
