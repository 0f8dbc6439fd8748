// A Markdown report of all or some topics for an editor: the verdict that stands (and the
// machine's suggestion when a reviewer overrode it), the explanation, each source with its quote,
// the reviewer's notes, figures set aside, and the audit trail's last entries.
import type { AuditEntry, Claim, Source, TopicReview } from '../model'
import { indexExport, sourcesOf, type ExportInput } from './context'
import { VERDICT_LABEL } from './words'
import { sayQuantity } from '../quantity'
import { auditForTopic, finalVerdict } from '../workspace/review'

type ReportLang = 'en' | 'ar'

/** The report's fixed words, in the two UI languages. */
export const REPORT_TEXT = {
  en: {
    title: 'Claim comparison report', generated: 'Generated', topics: 'topics', verdict: 'Verdict', suggested: 'suggested by the tool',
    overriddenBy: 'overridden by', acceptedBy: 'accepted by', reason: 'Reason', explanation: 'Explanation', sources: 'Sources',
    independent: 'independent', source: 'Source', outlet: 'Outlet', date: 'Date', figure: 'Figure', quote: 'Quote',
    notes: 'Reviewer notes', setAside: 'Figures set aside', history: 'History', notReviewed: 'Not reviewed yet',
    unknown: 'not named', undated: 'undated', noFigures: 'No figures.', claimNote: 'note',
  },
  ar: {
    title: 'تقرير مقارنة الادعاءات', generated: 'أُعدّ في', topics: 'مواضيع', verdict: 'الحكم', suggested: 'اقتراح الأداة',
    overriddenBy: 'عدّله', acceptedBy: 'قبله', reason: 'السبب', explanation: 'الشرح', sources: 'المصادر',
    independent: 'مستقلة', source: 'المصدر', outlet: 'الوسيلة', date: 'التاريخ', figure: 'الرقم', quote: 'الاقتباس',
    notes: 'ملاحظات المراجِع', setAside: 'أرقام مستبعدة', history: 'السجل', notReviewed: 'لم تُراجع بعد',
    unknown: 'غير مذكورة', undated: 'بلا تاريخ', noFigures: 'لا أرقام.', claimNote: 'ملاحظة',
  },
} as const

/** Escapes text for Markdown inline use: markup characters, and < > so no HTML gets through. */
export function mdInline(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function sourceDate(s: Source, t: typeof REPORT_TEXT[ReportLang]): string {
  return s.published ?? (s.window ? `${s.window.from} … ${s.window.to}` : t.undated)
}

function quoteOf(c: Claim, s: Source | undefined): string {
  const sentence = s ? s.text.slice(c.sentence.start, c.sentence.end) : c.text
  return sentence || c.text
}

export interface ReportOptions {
  lang?: ReportLang
  /** Topics to include, in this order; all topics when absent. */
  topicIds?: string[]
  generatedAt: string
  /** The audit trail, to show each topic's history. */
  audit?: AuditEntry[]
}

/** The report as Markdown text. */
export function markdownReport(input: ExportInput, opts: ReportOptions): string {
  const lang = opts.lang ?? 'en'
  const t = REPORT_TEXT[lang]
  const ix = indexExport(input)
  const ids = (opts.topicIds ?? input.analysis.topics.map((x) => x.id)).filter((id) => ix.topic.has(id))
  const out: string[] = [`# ${t.title}`, '', `${t.generated} ${opts.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${ids.length} ${t.topics}`, '']
  for (const id of ids) {
    const topic = ix.topic.get(id)!
    const cmp = ix.comparison.get(id)
    const review: TopicReview | undefined = ix.review.get(id)
    const verdict = finalVerdict(cmp, review)
    const claimIds = ix.claimsOf.get(id) ?? []
    out.push(`## ${mdInline(topic.label[lang])}`, '', `\`${id}\``, '')
    const verdictText = verdict ? VERDICT_LABEL[verdict][lang] : t.notReviewed
    let line = `**${t.verdict}:** ${verdictText}`
    if (review?.override && cmp) line += ` (${t.suggested}: ${VERDICT_LABEL[cmp.verdict][lang]}; ${t.overriddenBy} ${mdInline(review.reviewer)}, ${review.at.slice(0, 10)})`
    else if (review) line += ` (${t.acceptedBy} ${mdInline(review.reviewer)}, ${review.at.slice(0, 10)})`
    out.push(line, '')
    if (review?.override && review.reason) out.push(`**${t.reason}:** ${mdInline(review.reason)}`, '')
    if (cmp) out.push(`**${t.explanation}:** ${mdInline(cmp.explanation[lang])}`, '')
    const sources = sourcesOf(claimIds, ix)
    out.push(`**${t.sources}** (${sources.length}${cmp ? `, ${cmp.independentSources} ${t.independent}` : ''}):`, '')
    if (claimIds.length === 0) out.push(t.noFigures, '')
    else {
      out.push(`| ${t.source} | ${t.outlet} | ${t.date} | ${t.figure} | ${t.quote} |`, '|---|---|---|---|---|')
      for (const cid of claimIds) {
        const c = ix.claim.get(cid)
        if (!c) continue
        const s = ix.source.get(c.source)
        const note = input.corrections.claims[cid]?.note
        out.push(`| ${mdInline(s?.title ?? c.source)} | ${mdInline(s?.outlet ?? t.unknown)} | ${s ? sourceDate(s, t) : ''} | ${mdInline(sayQuantity(c.quantity, lang))} | «${mdInline(quoteOf(c, s))}»${note ? ` (${t.claimNote}: ${mdInline(note)})` : ''} |`)
      }
      out.push('')
    }
    if (review?.note) out.push(`**${t.notes}:** ${mdInline(review.note)}`, '')
    const setAside = Object.values(input.corrections.claims).filter((c) => (c.status === 'wrong-extraction' || c.status === 'out-of-scope') && (ix.topicsOf.get(c.claimId)?.includes(id) || input.setAsideFrom?.[c.claimId] === id))
    if (setAside.length) {
      out.push(`**${t.setAside}:**`, '')
      for (const c of setAside) {
        const claim = ix.claim.get(c.claimId)
        out.push(`- «${mdInline(claim?.text ?? c.claimId)}» (${claim ? mdInline(ix.source.get(claim.source)?.title ?? claim.source) : ''}): ${c.status}${c.note ? `: ${mdInline(c.note)}` : ''}`)
      }
      out.push('')
    }
    const history = opts.audit ? auditForTopic(opts.audit, id, claimIds) : []
    if (history.length) {
      out.push(`**${t.history}:**`, '')
      for (const e of history.slice(0, 20)) out.push(`- ${e.at.slice(0, 16).replace('T', ' ')} · ${mdInline(e.reviewer)} · ${e.action}${e.detail ? `: ${mdInline(e.detail)}` : ''}`)
      out.push('')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
