import type { Word } from '../words'
import { joinInitialisms } from '../initialisms'
import type { Lang } from '../../model'
import { CUES } from '../cues'
import { foldKey } from '../../text/normalize'
import { VERBAL_NOUN_AFTER, DETERMINERS, GENERIC, PUNCT, SPEECH_TIME, PP_OPENERS, withoutConjunction, withoutFirstLetter, PRONOUNS, PRONOUN_SUFFIX, CLAUSE_OPENERS, TOLL_VERBS, TIME_WORDS, MAX_WORDS, VALUING, SENTENCE_END, LAUNCH_VERBS, ISSUED_BY, initials } from './vocabulary'
import { type Reading, type Cue, mayOpen, bareWord, type Compiled, isHead } from './reading'
import { frenchInversion, matchPhrase, isVerb, verbLength, verbSubjectOrder, gerundAt } from './verbs'
import { nounPhrase, issuing, recordIssuer, bodyStart } from './speakerPhrase'
import { lastSpeaker, resolve, isLatter, isPronoun, latter } from './reference'
import { subjectAfterComplement, subjectOpensClause, subjectBefore, subjectAfter, skipBack, subjectStandsBefore } from './subjects'

// The cues of one sentence, word by word: a preposition before its speaker ("selon", "وفق"), a
// verb of saying with its subject, a record that reaches a figure, a participle that goes on.

// Prepositions after which a verb's plural form is a noun ("on early estimates", "by some counts").
const NOUN_PREPOSITIONS = new Set(['on', 'by', 'in', 'from', 'of', 'with', 'for', 'under'])
// "told the council": what follows is who listened, never who spoke.
const LISTENER_VERBS = new Set(['told', 'tells'])
const SUBJECT_FIRST = new Set(['قد', 'لقد', 'وقد', 'فقد'])
// "بمليار", "بنحو", "بخمسمائة", "ب50": an amount glued to "ب" ("estimated at"), never a speaker.
const AMOUNT_AFTER_BA = /^ب(نحو|حوالي|قرابه|زهاء|ما يقارب|اكثر|اقل|مليار|مليون|ملايين|الف|الاف|مائه|مئه|مئات|عشرات|واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|[0-9\u0660-\u0669])/u

export function findCues(ctx: Reading, sentence: Word[]): Cue[] {
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
    // "an estimated 300,000", "the reported toll": an adjective, not a verb of saying. ("UN says",
    // "LA reports": a determiner's letters in capitals are a body's initials.)
    if (DETERMINERS.has(words[i - 1]?.w ?? '') && !initials(words[i - 1])) continue
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
    // "طالباً عدم ذكر اسمه" (asking that his name not be given): after "عدم", "دون", the verb's
    // letters are its verbal noun, which says nothing.
    if (lang === 'ar' && VERBAL_NOUN_AFTER.has(words[i - 1]?.w ?? '')) continue
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
    // "Health ministry figures show 312 dead": a plural "show" speaks only for a record; "videos
    // show", "the images show" tell what is seen, no one's word.
    if (lang === 'en' && words[i].w === 'show' && !subjectBefore(c, lang, words, i)?.some((w) => c.records.has(w.w))) continue
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

// Launching speaks only of an appeal ("launched an appeal for", "a lancé un appel"), and only of
// what the appeal asks, in its clause: "launched an appeal on Friday for $5 million for 90,000
// refugees" asks $5 million for 90,000 refugees, "a lancé un appel pour récolter un milliard" a
// billion; in "… to feed 90,000 people over three months, a day after releasing $2 million" the
// day, who is fed and for how long, and the sum released are the outlet's account of it.
// Words that open what an appeal is for: "to feed", "pour nourrir", "afin de".
const PURPOSE = new Set(['to', 'pour', 'afin'])
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
// Auxiliaries of a passive: "are confirmed", "sont recensés".
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'est', 'sont', 'été', 'était', 'étaient', 'sera', 'seront'])
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

