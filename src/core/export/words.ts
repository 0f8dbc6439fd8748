// The fixed words of the exports, in the two languages they are written in, and the sentences
// built from a comparison's structured notes and the audit trail's entries.
import type { AuditEntry, ClaimStatus, Comparison, Verdict } from '../model'
import { countNoun, NOUNS, quote, someOf, type UiLang } from '../quantity'
import { LABEL_JOIN } from '../workspace/review'

/** The verdicts in words, for exports read outside the app. */
export const VERDICT_LABEL: Record<Verdict, { en: string; ar: string }> = {
  'agree': { en: 'Sources agree', ar: 'المصادر متفقة' },
  'agree-precision': { en: 'Agree, at different precision', ar: 'متفقة بدقة مختلفة' },
  'conflict': { en: 'Sources conflict', ar: 'المصادر متعارضة' },
  'single-source': { en: 'Single source, uncorroborated', ar: 'مصدر واحد غير مؤكَّد' },
  'other-scope': { en: 'Different scopes', ar: 'نطاقات مختلفة' },
  'time-series': { en: 'Figures at different times', ar: 'أرقام في أوقات مختلفة' },
  'needs-review': { en: 'Needs review', ar: 'تحتاج إلى مراجعة' },
}

/** How a reviewer marked a figure, in words. */
export const STATUS_LABEL: Record<ClaimStatus, { en: string; ar: string }> = {
  'ok': { en: 'correct', ar: 'صحيح' },
  'wrong-extraction': { en: 'wrongly extracted', ar: 'استخراج خاطئ' },
  'misattributed': { en: 'misattributed', ar: 'منسوب خطأً' },
  'out-of-scope': { en: 'out of scope', ar: 'خارج النطاق' },
}

/** What each audit action did, in words. */
export const AUDIT_ACTION: Record<string, { en: string; ar: string }> = {
  'accept': { en: 'accepted the verdict', ar: 'قبل الحكم' },
  'override': { en: 'overrode the verdict', ar: 'عدّل الحكم' },
  'note': { en: 'wrote a note', ar: 'كتب ملاحظة' },
  'clear': { en: 'withdrew the decision', ar: 'سحب القرار' },
  'mark': { en: 'marked a figure', ar: 'صنّف رقماً' },
  'edit': { en: 'corrected a figure', ar: 'صحّح رقماً' },
  'move': { en: 'moved a figure', ar: 'نقل رقماً' },
  'add-figure': { en: 'added a figure', ar: 'أضاف رقماً' },
  'remove-figure': { en: 'removed a figure', ar: 'حذف رقماً' },
  'create-topic': { en: 'created a topic', ar: 'أنشأ موضوعاً' },
  'rename-topic': { en: 'renamed the topic', ar: 'غيّر اسم الموضوع' },
  'rename-story': { en: 'renamed the story', ar: 'غيّر اسم القصة' },
  'reviewer': { en: 'set the reviewer name', ar: 'سجّل اسم المراجِع' },
  'import-source': { en: 'imported a source', ar: 'استورد مصدراً' },
  'merge-source': { en: 'merged a source', ar: 'دمج مصدراً' },
  'remove-source': { en: 'removed a source', ar: 'حذف مصدراً' },
}

/**
 * One step on several figures of one source, in words: "moved 2 figures from Coastal Times",
 * "نُقل من الصباح رقمان" (the passive keeps the counted noun in the nominative it is given in).
 */
const AUDIT_GROUP: Record<string, { en: string; ar: string }> = {
  'move': { en: 'moved', ar: 'نُقل' },
  'mark': { en: 'marked', ar: 'صُنّف' },
  'edit': { en: 'corrected', ar: 'صُحّح' },
  'add-figure': { en: 'added', ar: 'أُضيف' },
  'remove-figure': { en: 'removed', ar: 'حُذف' },
}
export function sayAuditGroup(action: string, figures: number, source: string, lang: UiLang): string {
  const counted = countNoun(figures, NOUNS.figure, lang)
  const verb = AUDIT_GROUP[action]?.[lang]
  if (verb) return lang === 'ar' ? `${verb} من ${source} ${counted}` : `${verb} ${counted} from ${source}`
  return `${AUDIT_ACTION[action]?.[lang] ?? action} (${counted} ${lang === 'ar' ? 'من' : 'from'} ${source})`
}

const ARROW = { en: '→', ar: '←' }
const isVerdict = (s: string): s is Verdict => Object.hasOwn(VERDICT_LABEL, s)
const isStatus = (s: string): s is ClaimStatus => Object.hasOwn(STATUS_LABEL, s)

/** A code of the audit trail in words when it is one (a verdict, a status), else as it is. */
function codeWord(code: string, lang: UiLang): string {
  if (isVerdict(code)) return VERDICT_LABEL[code][lang]
  if (isStatus(code)) return STATUS_LABEL[code][lang]
  if (code === 'automatic') return lang === 'ar' ? 'التوزيع الآلي' : 'automatic placement'
  if (code === 'none') return lang === 'ar' ? 'بلا موضوع' : 'no topic'
  if (code === '?') return lang === 'ar' ? 'لا حكم' : 'no verdict'
  return code
}

/**
 * An audit entry in words: its action, and its detail with verdict and status codes named
 * ("conflict → needs-review: …" reads "المصادر متعارضة ← تحتاج إلى مراجعة: …" in Arabic);
 * `verdictName` names verdicts instead of the exports' words.
 */
export function sayAuditEntry(e: AuditEntry, lang: UiLang, topicName?: (topicId: string) => string | null, verdictName?: (v: Verdict) => string): { action: string; detail: string } {
  const action = AUDIT_ACTION[e.action]?.[lang] ?? e.action
  // A screen names verdicts as its badges do ("Time series"); a report as exports do.
  const word = (code: string, l: UiLang) => (verdictName && isVerdict(code) ? verdictName(code) : codeWord(code, l))
  let detail = e.detail
  const change = /^(\S+) → (\S+)(?:: ([\s\S]*))?$/u.exec(detail)
  if (change && (e.action === 'override' || e.action === 'mark' || e.action === 'move')) {
    // A figure moves between topics stored by id ("user-people-injured"): named by their labels when known.
    const say = (code: string) => (e.action === 'move' && topicName?.(code)) || word(code, lang)
    detail = `${say(change[1])} ${ARROW[lang]} ${say(change[2])}${change[3] ? `: ${change[3]}` : ''}`
  } else if (e.action === 'accept') detail = word(detail, lang)
  else if (e.action === 'create-topic') detail = createdTopic(detail, lang)
  else if (e.action === 'rename-topic' || e.action === 'rename-story') {
    // (A rename of one language's name only reads, in the other, as the name that changed: never "A ← A".)
    const [before, after] = detail.split(' → ')
    const mine = [before, after].map((l) => readerLabel(l ?? '', lang))
    const shown = mine[0] === mine[1] ? [before, after].map((l) => readerLabel(l ?? '', lang === 'ar' ? 'en' : 'ar')) : mine
    detail = shown.join(` ${ARROW[lang]} `)
  }
  else if (lang === 'ar') detail = arabicDetail(e.action, detail)
  return { action, detail }
}

// The trail is stored with its details in English codes ("lo=5, hi=5", "(1200 characters)",
// "title, outlet", "(from candidate …)"): an Arabic reader gets them in Arabic words.
const FIELD_AR: Record<string, string> = {
  lo: 'الحد الأدنى', hi: 'الحد الأعلى', unit: 'الوحدة', kind: 'النوع', qualifier: 'الوصف', precision: 'الدقة', per: 'لكل',
  title: 'العنوان', outlet: 'الوسيلة', via: 'النقل عن', published: 'تاريخ النشر', url: 'الرابط',
}
function arabicDetail(action: string, detail: string): string {
  if (action === 'edit') {
    return detail
      .replace(/^restored(?![\p{L}\p{N}])/u, 'استُعيدت قراءة الأداة')
      .replace(/(?<![\p{L}\p{N}])(lo|hi|unit|kind|qualifier|precision|per)=/gu, (_, k: string) => `${FIELD_AR[k]}=`)
      .replace(/=null(?![\p{L}\p{N}])/gu, '=—')
      .replace(/, /gu, '، ')
  }
  if (action === 'import-source') return detail.replace(/\((\d+) characters\)$/u, (_, n: string) => `(${countNoun(Number(n), NOUNS.character, 'ar')})`)
  if (action === 'merge-source') return detail.split(', ').map((f) => FIELD_AR[f] ?? f).join('، ')
  return detail
}

// "Injured ‖ الجرحى (from candidate injured|count|people)": the reader's label, and where the topic
// came from in words (a candidate's key is the code's, not the reader's).
function createdTopic(detail: string, lang: UiLang): string {
  const m = /^([\s\S]*?)( \(from (?:candidate|figure) [^()]*\))?$/u.exec(detail)!
  const label = readerLabel(m[1], lang)
  const from = m[2] ?? ''
  if (lang === 'ar') return label + from.replace(/ \(from candidate [^()]*\)$/u, ' (من موضوع مقترح)').replace(/ \(from figure ([^()]*)\)$/u, ' (من الرقم $1)')
  return label + from.replace(/ \(from candidate [^()]*\)$/u, ' (from a candidate topic)')
}

/** Of a label stored "English ‖ Arabic", the reader's. */
function readerLabel(stored: string, lang: UiLang): string {
  const [en, ar] = stored.split(` ${LABEL_JOIN} `)
  return lang === 'ar' ? ar ?? en : en
}

/** A comparison's notes in words: sources counted as one, and sources that contradict themselves. */
export function sayNotes(cmp: Pick<Comparison, 'folded' | 'withinSource'>, name: (sourceId: string) => string, figure: (claimId: string) => string, lang: UiLang): string[] {
  const out: string[] = []
  for (const f of cmp.folded) {
    // An outlet is named once however many of its articles the group holds.
    const outlets = [...new Set(f.sources.map(name))]
    if (outlets.length === 1) {
      const articles = countNoun(f.sources.length, NOUNS.article, lang)
      out.push(lang === 'ar' ? `عُدّت مصدراً واحداً: ${articles} من ${outlets[0]}.` : `Counted as one source: ${articles} from ${outlets[0]}.`)
      continue
    }
    const names = someOf(outlets, NOUNS.outlet, lang, { max: 6 })
    out.push(lang === 'ar' ? `عُدّت مصدراً واحداً لأن أحدها ينقل عن الآخر: ${names}.` : `Counted as one source, as one relays or copies the other: ${names}.`)
  }
  for (const w of cmp.withinSource) {
    const figures = someOf(w.claims.map((id) => quote(figure(id), lang)), NOUNS.figure, lang)
    out.push(lang === 'ar' ? `يذكر ${name(w.source)} ${figures} للأمر نفسه، ولا ${w.claims.length === 2 ? 'يتداخلان' : 'تتداخل'}.` : `${name(w.source)} gives ${figures} for the same thing, and they do not overlap.`)
  }
  // Groups alike in words (two articles of one outlet, many times over) say it once.
  return [...new Set(out)]
}
