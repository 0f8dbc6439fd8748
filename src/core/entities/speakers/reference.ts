import { joinInitialisms } from '../initialisms'
import type { Word } from '../words'
import { isCountryWord, isPeopleWord } from '../countries'
import type { Lang } from '../../model'
import { memoWords } from '../../text/memo'
import { conceptsIn } from '../../align/measureOf'
import { SENTENCE_END, PRONOUNS, TIME_WORDS, PUNCT, NAME_JOIN, DETERMINERS, SAME, PRONOUN_SUFFIX, GENERIC, ISSUED_BY, MAX_WORDS, withoutConjunction, LOOK_BACK_CHARS } from './vocabulary'
import { type Reading, isHead, bareWord } from './reading'
import { recordIssuer, isRecord, recordAgent, definiteRecord } from './speakerPhrase'

// What a speaker's phrase refers to: a pronoun or "the latter" the speaker last named, a bare
// definite noun its fuller mention; and whether a phrase can name a speaker at all.

// The speakers named in the text between two sentences with figures, sentence by sentence,
// put in `history` before those of the sentence being read.
export function readGap(ctx: Reading): void {
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
        ctx.cuesOf(ctx, words.slice(k, i))
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

export function isPronoun(words: Word[], j: number): boolean {
  const w = words[j]?.w
  if (!w) return false
  return isLatter(words, j) || PRONOUNS.has(w)
}

// "ce dernier", "cette dernière", "the latter": the one named last, whether or not it spoke.
export function isLatter(words: Word[], j: number): boolean {
  const w = words[j]?.w
  return /^(ce|cette|ces)$/.test(w ?? '') && /^derni[eè]re?s?$/.test(words[j + 1]?.w ?? '') || w === 'the' && words[j + 1]?.w === 'latter'
}

// The one named last before this sentence: a person's or a body's name in capitals ("…, le colonel
// Mamane Sani Kiaou. Selon ce dernier, …"), or the speaker last named when it stands later.
export function latter(ctx: Reading): Word[] | null {
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
const SAYING = /^(?:قول|تاكيد|تصريح)(?:ه|ها|هم|هما)$/
// A speaker as the reader should give it: a pronoun is the speaker last named, a bare definite
// noun ("المنظمة", "the agency") the earlier full mention it refers back to; words that can state
// nothing (a time, an event, an adverb) are no speaker.
export function resolve(ctx: Reading, np: Word[] | null, place = false): Word[] | null {
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
export function lastSpeaker(ctx: Reading): Word[] | null {
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
export function plausible(ctx: Reading, np: Word[], place = false): boolean {
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

const LOOK_BACK_SPEAKERS = 40

// Auxiliaries and modals, in lower case (a name may be "Will"): no name of a speaker holds one.
const FINITE: Record<'en' | 'fr', Set<string>> = {
  en: new Set(['could', 'would', 'should', 'might', 'will', 'can', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']),
  fr: new Set(['pourrait', 'pourraient', 'peut', 'peuvent', 'doit', 'doivent', 'devrait', 'devraient', 'va', 'vont', 'a', 'ont', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'avait', 'avaient']),
}
