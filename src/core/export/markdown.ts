// A Markdown report for an editor, read as a newsroom memo: a summary table, then for each topic
// the verdict that stands (with the tool's suggestion when a reviewer overrode it), the reason
// and the explanation, each source with the figures it gives in words and the sentence that
// gives them, reviewer notes, figures set aside and the history. Every fixed word, number and
// date is in the report's language; only quotes and names stay as the sources wrote them.
import { SET_ASIDE_STATUSES, type AuditEntry, type Claim, type Source, type TopicReview } from '../model'
import { indexExport, sourcesOf, type ExportInput } from './context'
import { STATUS_LABEL, VERDICT_LABEL, sayNotes } from './words'
import { topicHistory } from './trail'
import { claimIdsByTopic } from '../charts/topics'
import { quoteText } from './quote'
import { countNoun, formatNumber, listOf, NOUNS, quote, sayDay, sayQuantity, type UiLang } from '../quantity'
import { sourceName, sourceRef, sourceWord } from '../corpus/words'
import { auditForTopic, finalVerdict } from '../workspace/review'
import { shownId } from '../workspace/source'

/** The report's fixed words, in the two languages it is written in. */
export const REPORT_TEXT = {
  en: {
    title: 'Claim comparison report', generated: (day: string, time: string) => `Generated on ${day} at ${time} UTC`,
    summary: 'Summary', topic: 'Topic', verdict: 'Verdict', sources: 'Sources', notJudged: 'Not judged: no source gives this figure yet.',
    suggested: 'suggested by the tool, not yet reviewed', acceptedBy: (who: string, day: string) => `suggested by the tool, accepted by ${who} on ${day}`,
    overriddenBy: (who: string, day: string, v: string) => `decided by ${who} on ${day}; the tool suggested “${v}”`,
    reason: 'Reviewer’s reason', explanation: 'Why', toolExplanation: 'The tool’s explanation, for the verdict it suggested', independent: (n: number) => `${n} independent`, notes: 'Reviewer’s note',
    via: 'via', undated: 'publication date unknown', between: (a: string, b: string) => `publication date unknown, between ${a} and ${b}`,
    claimNote: 'Note', setAside: 'Figures set aside', history: 'History', noFigures: 'No source gives this figure yet.', open: 'Open in the dashboard',
    unassigned: 'Figures in no topic', unassignedIntro: 'The tool found these figures but placed them in no topic; each is given with its sentence so it can be judged.',
    unnamed: 'unnamed reviewer', historyShown: (shown: string, total: string) => `Showing the latest ${shown} of ${total}; the workspace file holds the whole history.`,
  },
  ar: {
    title: 'تقرير مقارنة الادعاءات', generated: (day: string, time: string) => `أُعدّ في ${day}، الساعة ${time} بالتوقيت العالمي`,
    summary: 'الخلاصة', topic: 'الموضوع', verdict: 'الحكم', sources: 'المصادر', notJudged: 'بلا حكم: لا يذكر أي مصدر هذا الرقم بعد.',
    suggested: 'اقتراح الأداة، لم يراجَع بعد', acceptedBy: (who: string, day: string) => `اقتراح الأداة، قبله ${who} في ${day}`,
    overriddenBy: (who: string, day: string, v: string) => `قرار ${who} في ${day}؛ واقترحت الأداة «${v}»`,
    reason: 'سبب المراجِع', explanation: 'التعليل', toolExplanation: 'تعليل الأداة للحكم الذي اقترحته', independent: (n: number) => `المستقلة منها: ${n}`, notes: 'ملاحظة المراجِع',
    via: 'عبر', undated: 'تاريخ النشر غير معروف', between: (a: string, b: string) => `تاريخ النشر غير معروف، بين ${a} و${b}`,
    claimNote: 'ملاحظة', setAside: 'أرقام مستبعدة', history: 'السجل', noFigures: 'لا يذكر أي مصدر هذا الرقم بعد.', open: 'افتحه في لوحة المتابعة',
    unassigned: 'أرقام خارج أي موضوع', unassignedIntro: 'وجدت الأداة هذه الأرقام لكنها لم تضعها في أي موضوع؛ كل رقم مع جملته ليمكن الحكم عليه.',
    unnamed: 'مراجِع غير مسمّى', historyShown: (shown: string, total: string) => `المعروض: الأحدث ${shown} من ${total}؛ ويحفظ ملف مساحة العمل السجل كله.`,
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

export interface ReportOptions {
  lang?: UiLang
  /** Topics to include, in this order; all topics when absent. */
  topicIds?: string[]
  generatedAt: string
  /** The audit trail, to show each topic's history. */
  audit?: AuditEntry[]
  /** Add the figures no topic took, each with its sentence. */
  unassigned?: boolean
  /** Where the dashboard lives: each topic links to its page. */
  baseUrl?: string | null
}

const time = (iso: string) => iso.slice(11, 16)
/** A source's id after its name, when it is one a reader can use (see shownId). */
const tag = (s: Source) => { const id = shownId(s.id); return id ? ` [${id}]` : '' }

function sourceLine(s: Source, claims: Claim[], lang: UiLang): string {
  const t = REPORT_TEXT[lang]
  const title = sourceWord(s, 'title', lang)
  const via = sourceWord(s, 'via', lang)
  const date = s.published ? sayDay(s.published, 'day', lang) : s.window ? t.between(sayDay(s.window.from, 'day', lang), sayDay(s.window.to, 'day', lang)) : t.undated
  const parts = [`**${mdInline(sourceName(s, lang))}**${tag(s)}`, ...(title ? [`*${mdInline(title.text)}*`] : []), ...(via ? [`${t.via} ${mdInline(via.text)}`] : []), date]
  const figures = listOf(claims.map((c) => `**${mdInline(sayQuantity(c.quantity, lang))}**`), lang)
  return `- ${parts.join(' · ')}: ${figures}`
}

/** The report as Markdown text. */
export function markdownReport(input: ExportInput, opts: ReportOptions): string {
  const lang = opts.lang ?? 'en'
  const t = REPORT_TEXT[lang]
  const ix = indexExport(input)
  const ids = (opts.topicIds ?? input.analysis.topics.map((x) => x.id)).filter((id) => ix.topic.has(id))
  const label = (id: string) => mdInline(ix.topic.get(id)!.label[lang] || ix.topic.get(id)!.label.en)
  const day = (iso: string) => sayDay(iso.slice(0, 10), 'day', lang)
  const who = (name: string) => mdInline(name || t.unnamed)
  const claimsOf = (id: string) => (ix.claimsOf.get(id) ?? []).map((c) => ix.claim.get(c)).filter((c): c is Claim => !!c)
  // The figures of each topic as its page lists them (the history names theirs).
  const held = claimIdsByTopic(input.analysis)
  const allSources = new Set(ids.flatMap((id) => claimsOf(id).map((c) => c.source)))
  const out: string[] = [
    `# ${t.title}`, '',
    `${t.generated(day(opts.generatedAt), time(opts.generatedAt))} · ${countNoun(ids.length, NOUNS.topic, lang)} · ${countNoun(allSources.size, NOUNS.source, lang)}`, '',
  ]
  if (ids.length) {
    out.push(`## ${t.summary}`, '', `| ${t.topic} | ${t.verdict} | ${t.sources} |`, '|---|---|---|')
    for (const id of ids) {
      const verdict = finalVerdict(ix.comparison.get(id), ix.review.get(id))
      out.push(`| ${label(id)} | ${verdict ? VERDICT_LABEL[verdict][lang] : '—'} | ${sourcesOf(ix.claimsOf.get(id) ?? [], ix).length} |`)
    }
    out.push('')
  }
  for (const id of ids) {
    const cmp = ix.comparison.get(id)
    const review: TopicReview | undefined = ix.review.get(id)
    const verdict = finalVerdict(cmp, review)
    const claims = claimsOf(id)
    out.push(`## ${label(id)}`, '')
    if (opts.baseUrl) out.push(`[${t.open}](${opts.baseUrl.replace(/#.*$/, '')}#/topics/${encodeURIComponent(id)})`, '')
    if (!verdict) out.push(`**${t.verdict}:** ${t.notJudged}`, '')
    else {
      const how = review?.override && cmp ? t.overriddenBy(who(review.reviewer), day(review.at), VERDICT_LABEL[cmp.verdict][lang])
        : review ? t.acceptedBy(who(review.reviewer), day(review.at)) : t.suggested
      out.push(`**${t.verdict}:** ${VERDICT_LABEL[verdict][lang]} — ${how}.`, '')
    }
    if (review?.override && review.reason) out.push(`**${t.reason}:** ${mdInline(review.reason)}`, '')
    // Under a reviewer's verdict the tool's sentence argues for the verdict overridden: it says so.
    if (cmp && claims.length) out.push(`**${review?.override ? t.toolExplanation : t.explanation}:** ${mdInline(cmp.explanation[lang])}`, '')
    const sources = sourcesOf(claims.map((c) => c.id), ix)
    if (!claims.length) out.push(t.noFigures, '')
    else {
      out.push(`**${t.sources}:** ${countNoun(sources.length, NOUNS.source, lang)}${cmp ? ` (${t.independent(Math.min(cmp.independentSources, sources.length))})` : ''}`, '')
      if (cmp) {
        const name = (sid: string) => { const s = ix.source.get(sid); return s ? sourceRef(s, sid, lang) : sid }
        const figure = (cid: string) => ix.claim.get(cid)?.text ?? cid
        for (const note of sayNotes(cmp, name, figure, lang)) out.push(`- ${mdInline(note)}`)
        if (cmp.folded.length || cmp.withinSource.length) out.push('')
      }
      for (const s of sources) {
        const mine = claims.filter((c) => c.source === s.id)
        out.push(sourceLine(s, mine, lang))
        for (const q of new Set(mine.map((c) => quoteText(s.text, c.sentence, c.span)))) out.push(`  > ${quote(mdInline(q), lang)}`)
        for (const c of mine) {
          const note = input.corrections.claims[c.id]?.note
          if (note) out.push(`  ${t.claimNote} (${quote(mdInline(c.text), lang)}): ${mdInline(note)}`)
        }
      }
      out.push('')
    }
    if (review?.note) out.push(`**${t.notes}:** ${mdInline(review.note)}`, '')
    const setAside = Object.values(input.corrections.claims).filter((c) => SET_ASIDE_STATUSES.has(c.status ?? 'ok') && (ix.topicsOf.get(c.claimId)?.includes(id) || input.setAsideFrom?.[c.claimId] === id))
    if (setAside.length) {
      out.push(`**${t.setAside}:**`, '')
      for (const c of setAside) {
        const claim = ix.claim.get(c.claimId)
        const s = claim ? ix.source.get(claim.source) : undefined
        out.push(`- ${quote(mdInline(claim?.text ?? c.claimId), lang)}${s ? ` (${mdInline(sourceName(s, lang))}${tag(s)})` : ''}: ${STATUS_LABEL[c.status!][lang]}${c.note ? `: ${mdInline(c.note)}` : ''}`)
      }
      out.push('')
    }
    // The history as the topic's page gives it (core/export/trail.ts): the same entries, in the
    // same order and words; the entries of its figures, those set aside from it included.
    const history = opts.audit ? auditForTopic(opts.audit, id, [...(held.get(id) ?? []), ...setAside.map((c) => c.claimId)]) : []
    if (history.length) {
      out.push(`**${t.history}:**`, '')
      const { lines, rows } = topicHistory(history, lang, {
        topic: (tid) => { const tp = ix.topic.get(tid); return tp ? tp.label[lang] || tp.label.en : null },
        source: (sid) => sourceName(ix.source.get(sid) ?? { id: sid, outlet: null }, lang),
        quote: (cid) => ix.claim.get(cid)?.text ?? null,
        sourceOf: (cid) => ix.claim.get(cid)?.source ?? null,
      })
      for (const l of lines) {
        const quoted = l.quotes.length ? ` ${l.quotes.map((q, k) => `${k ? l.joins[k - 1] : ''}${quote(mdInline(q), lang)}`).join('')}${l.more ? ' …' : ''}` : ''
        out.push(`- ${l.when} · ${mdInline(l.who)} · ${mdInline(l.did)}${quoted}${l.detail ? `: ${mdInline(l.detail)}` : ''}`)
      }
      if (rows > lines.length) out.push('', t.historyShown(formatNumber(lines.length, lang), formatNumber(rows, lang)))
      out.push('')
    }
  }
  if (opts.unassigned && input.analysis.unassigned.length) {
    out.push(`## ${t.unassigned}`, '', t.unassignedIntro, '')
    const loose = input.analysis.unassigned.map((cid) => ix.claim.get(cid)).filter((c): c is Claim => !!c)
    for (const s of input.analysis.sources) {
      const mine = loose.filter((c) => c.source === s.id)
      if (!mine.length) continue
      out.push(`### ${mdInline(sourceName(s, lang))}${tag(s)}`, '')
      for (const c of mine) out.push(`- **${mdInline(sayQuantity(c.quantity, lang))}**: ${quote(mdInline(quoteText(s.text, c.sentence, c.span)), lang)}`)
      out.push('')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}
