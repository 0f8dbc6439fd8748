import type { Word } from '../words'
import { isCountryWord } from '../countries'
import type { Lang } from '../../model'
import { PUNCT, SPEECH_TIME, PP_OPENERS, CLAUSE_OPENERS, withoutConjunction, SENTENCE_END, TOLL_VERBS, MAX_WORDS, TIME_WORDS, NAME_JOIN, DETERMINERS } from './vocabulary'
import { type Compiled, type Reading, isHead, bareWord } from './reading'
import { gerundAt, isVerb } from './verbs'
import { nounPhrase, AGENT_PARTICIPLES } from './speakerPhrase'
import { plausible } from './reference'

// The subject of a verb of saying, before it (back to its clause's start, apposition and all) or
// after it ("…, a indiqué le maire", "قالت الوزارة").

// Whether words of the verb's own clause stand before it, past particles and the time of the
// statement: a subject, read or not, rather than a comma, a quotation or the sentence's start.
export function subjectStandsBefore(c: Compiled, words: Word[], v: number): boolean {
  const k = skipBack(c, words, v - 1)
  return k >= 0 && !PUNCT.test(words[k].w)
}
const RELATIVES = new Set(['who', 'which', 'whose', 'qui', 'dont', 'lequel', 'laquelle', 'الذي', 'التي', 'الذين'])
const SUBJECT_RELATIVES = new Set(['who'])
const CLEFT = /^(it was|it is|c'est|c'était|ce sont|ce fut)$/
const OBJECT_RELATIVES = new Set(['which', 'whom', 'que', "qu'", 'dont', 'lesquels', 'lesquelles'])

// "…، مشيرا إلى أن المنظمة أحصت": after "أن" the subject comes first.
// The subject after a verb (from word a), as long as the clause allows it; a helper rather than a
// closure in findCues' loop, because a closure over the loop's variables made V8 allocate a context
// for every word read (some 40 MB a pass on the Arabic bench text), verb or not.
export function subjectAfter(ctx: Reading, words: Word[], a: number): { words: Word[]; to: number } | null {
  const { c, lang } = ctx
  // ("…, rapportent des médias locaux": "des" is the plural article.)
  const np = nounPhrase(ctx, words, a, false, lang === 'fr')
  // In English and French the inverted subject closes its clause ("…, said the ministry.");
  // "…, says French troops out by year-end" has its subject before and what was said after.
  const next = words[np.to]?.w
  // ("…, a insisté le Premier ministre en survolant la région": a gerund after the subject.)
  const closes = lang === 'ar' || !next || PUNCT.test(next) || c.verbs.has(next) || SPEECH_TIME.test(next) || PP_OPENERS.has(next) || gerundAt(c, words, np.to)
  if (!closes || !np.words && !np.nobody) return null
  // "…, said Ali Hassan, a spokesman for the health ministry.": the apposition that ends the
  // sentence after an inverted name belongs to the speaker, the fullest phrase the text gives.
  const appos = np.words && lang !== 'ar' ? appositionAfter(ctx, words, np.to) : 0
  if (appos) return { words: [...np.words!, ...words.slice(np.to, appos)], to: appos }
  // "تحدثت تقارير عن" (reports spoke of): a record with no body named, so nobody's word.
  return { words: np.words ?? [], to: np.to }
}

// Where an apposition after a comma at k ends, when it runs to the end of the sentence and opens
// with an article or a kind of speaker ("a spokesman for", "porte-parole du"), holding no verb; else 0.
function appositionAfter(ctx: Reading, words: Word[], k: number): number {
  const { c, lang } = ctx
  if (words[k]?.w !== ',' || !words[k + 1]) return 0
  const first = words[k + 1]
  if (!(DETERMINERS.has(first.w) && /^\p{Ll}/u.test(first.raw) || isHead(c, lang, first.w) && /^\p{Ll}/u.test(first.raw))) return 0
  let e = k + 1
  while (e < words.length && !PUNCT.test(words[e].w)) {
    if (RELATIVES.has(words[e].w) || e > k + 1 && c.verbs.has(words[e].w)) return 0
    e++
  }
  if (e - k - 1 > MAX_WORDS + 2 || e < words.length && !SENTENCE_END.has(words[e].w)) return 0
  return e
}

// "محافظ العاصمة قدّر", "إسبانيا أعلنت", "ماكرون يعلن" (a headline): a clause may open with its
// subject, a body, an official, a country or, at the start of a sentence, a name. The verb then
// takes no conjunction, and the subject runs back to the clause's start.
export function subjectOpensClause(ctx: Reading, words: Word[], v: number): boolean {
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

export function subjectAfterComplement(c: Compiled, words: Word[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= MAX_WORDS; k--) {
    const w = words[k].w
    if (PUNCT.test(w) || isVerb(c, words, k, 'ar')) return false
    if (w === 'ان' || w === 'بان' || w === 'فان') return k < v - 1
  }
  return false
}

// "محافظ بيروت مروان عبود قدّر", "the Libyan Red Crescent said": the subject before the verb,
// back to the start of its clause, without particles ("وكان", "قد", "has") or the time of the
// statement ("a assuré vendredi"). A name and its apposition, between commas, are one speaker:
// "Marie el-Drese, the group's secretary-general, told", "le préfet, François-Xavier Bieuville, estime".
export function subjectBefore(c: Compiled, lang: Lang, words: Word[], v: number): Word[] | null {
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
export function skipBack(c: Compiled, words: Word[], k: number): number {
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
