import type { Word } from '../words'
import type { Lang } from '../../model'
import { VERBAL_NOUN_AFTER, MAX_WORDS, PUNCT, NAME_JOIN, DETERMINERS, withoutConjunction, SAME, FR_AUX, GENERIC, PRONOUN_SUFFIX, ISSUED_BY, initials } from './vocabulary'
import { type Reading, bareWord, isHead, type Compiled } from './reading'
import { matchPhrase } from './verbs'

// The speaker's noun phrase read from its first word, and the records (tolls, reports, counts) in
// it: who issued a record, by its verb, preposition, possessor or agent.

const NUMBER_WORD = /^(اثنان|اثنين|ثلاثه|اربعه|خمسه|عدد|one|two|three|four|five|several|un|deux|trois|plusieurs)$/
// Arabic numbers in words, which open a count ("نعت الوزارة عشرة عسكريين").
const AR_NUMBER_WORD = /^(واحد|اثنان|اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرات|مئات|الاف|مئه|الف|بضع|بضعه|عده)$/
const ARTICLES = new Set(['the', 'le', 'la', 'les', "l'"])
// A name's first word starts with a capital, after an elided article ("l'Organisation").
const capitalised = (w: Word) => /^(?:[ld]['’])?[A-ZÀ-Ý]/.test(w.raw) || (w.w === 'the' || w.w === 'le' || w.w === 'la' || w.w === 'les')

export function definiteRecord(ctx: Reading, np: Word[]): boolean {
  const { c, lang } = ctx
  if (lang === 'ar') return np.length === 1 && /^[وف]?ال/.test(np[0].w) && c.records.has(bareWord(lang, np[0].w))
  return np.length === 2 && /^(the|le|la|les|ce|cette|ces)$/.test(np[0].w) && c.records.has(np[1].w) || np.length === 1 && /^l'/.test(np[0].w) && c.records.has(np[0].w.slice(2))
}

// The speaker's noun phrase from word j: up to a stop, a complement, a verb or punctuation,
// leaving out the document it was issued in ("تقديرات الأمم المتحدة" → "الأمم المتحدة", "un bilan
// provisoire du ministère" → "ministère", "les chiffres communiqués par le ministre" → "le ministre").
export function nounPhrase(ctx: Reading, words: Word[], j: number, gluedPrefix: boolean, afterSelon = false): { words: Word[] | null; to: number; nobody?: boolean } {
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
    if (PUNCT.test(w.w) || c.stops.has(w.w) && !initials(w) || c.complements.has(w.w) && who.length > 0 || /\d/.test(w.w)) {
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
    // "مسؤول طلب عدم كشف هويته": the verb before "عدم" (asked not to…) tells of the speaker, it is no part of the name.
    if (ctx.lang === 'ar' && who.length > 0 && VERBAL_NOUN_AFTER.has(words[k + 1]?.w ?? '')) break
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
  if (who.length && isRecord(c, who) && who.every((w) => GENERIC.has(w.w) || c.records.has(w.w) || DETERMINERS.has(w.w) && !initials(w) || /^(encore|plus|first)$/.test(w.w))) return { words: null, to: k, nobody: true }
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
export function recordIssuer(ctx: Reading, np: Word[]): Word[] | null {
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
  const rec = np.findIndex((w) => c.records.has(w.w))
  if (rec < 0) return null
  // "les chiffres du ministère de la Santé", "figures from the health ministry": the body after the
  // record and the word that says who issued it.
  const after = np.slice(rec + 2)
  if (ISSUED_BY.has(np[rec + 1]?.w ?? '') && after.some((w) => speaks(ctx, w))) return after
  if (ctx.lang !== 'en' || rec === 0) return null
  const owner = np[rec - 1]
  if (/['’]s$/.test(owner.raw)) return [...np.slice(0, rec - 1), { ...owner, end: owner.end - 2, raw: owner.raw.slice(0, -2), w: owner.w.replace(/['’]s$/, '') }]
  // "health ministry figures", "UN data": the body named before the record it issued.
  // (Initials are kept whatever word their small letters spell: "UN", "WHO".)
  const body = np.slice(0, rec).filter((w) => initials(w) || !DETERMINERS.has(w.w) && !GENERIC.has(w.w))
  return rec === np.length - 1 && body.some((w) => speaks(ctx, w)) ? body : null
}
// A word that names a body able to issue a record: a kind of speaker ("ministry", "ministère") or
// initials ("UN", "l'ONU"); a capitalised place or event ("the earthquake in Myanmar", "Tai Po fire
// death toll") is what a toll counts, not who issued it.
const speaks = (ctx: Reading, w: Word) => isHead(ctx.c, ctx.lang, w.w) || initials({ raw: w.raw.replace(/^[ld]['’]/i, '') })

// Whether the words after a record name who issued it (a kind of speaker, or a name in capitals)
// rather than what it counts ("حصيلة القتلى", "the toll of the dead").
export const issuing = (ctx: Reading, np: Word[]) => np.some((w) => isHead(ctx.c, ctx.lang, w.w) || ctx.lang !== 'ar' && /^(?:[ld]['’])?\p{Lu}/u.test(w.raw))

// A record's agent in English and French: ", communiqué par le FSB,", "released by the ministry".
export const AGENT_PARTICIPLES = new Set(['communiqué', 'communiquée', 'communiqués', 'communiquées', 'publié', 'publiée', 'publiés', 'publiées', 'diffusé', 'diffusée', 'diffusés', 'diffusées', 'établi', 'établie', 'fourni', 'fournie', 'fournis', 'fournies', 'annoncé', 'annoncée', 'dressé', 'dressée', 'compilé', 'compilée', 'released', 'published', 'issued', 'compiled', 'provided', 'given', 'announced', 'put', 'drawn'])
const AGENT_BY = new Set(['par', 'by'])

export function recordAgent(ctx: Reading, np: Word[]): Word[] | null {
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
export function isRecord(c: Compiled, who: Word[]): boolean {
  for (let i = 0; i < Math.min(who.length, 4); i++) {
    if (c.records.has(who[i].w) || c.records.has(who[i].w.replace(/^(ال|[وف]ال)/, ''))) return true
    if (!DETERMINERS.has(who[i].w) && !GENERIC.has(who[i].w) && !/^(encore|first)$/.test(who[i].w)) return false
  }
  return false
}

// A body's name starts definite (Arabic "ال"/"لل", "the") or with a capital.
export const bodyStart = (w: Word | undefined) => !!w && !PUNCT.test(w.w) && (/^[وفبل]?(ال|لل)/.test(w.w) || /^(?:[ldLD]['’])?[A-ZÀ-Ý]/.test(w.raw) || w.w === 'the' || w.w === "l'" || w.w === 'la' || w.w === 'le' || w.w === 'les')
