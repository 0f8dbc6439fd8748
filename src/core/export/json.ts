// The comparisons as JSON for other programs: per topic its verdict (and the reviewer's), the
// explanation, and each figure with its raw fields (plain numbers, ISO days, ISO currency, unit
// and per apart) beside its value in words and its quote.
import { indexExport, sourcesOf, type ExportInput } from './context'
import { quoteText } from './quote'
import { quantityFields, sayQuantity, type UiLang } from '../quantity'
import { sourceName, sourceWord } from '../corpus/words'
import { finalVerdict } from '../workspace/review'

export interface JsonExportOptions {
  lang?: UiLang
  topicIds?: string[]
  generatedAt: string
}

/** The export as a value (JSON.stringify it to write it). */
export function jsonExport(input: ExportInput, opts: JsonExportOptions) {
  const lang = opts.lang ?? 'en'
  const ix = indexExport(input)
  const ids = (opts.topicIds ?? input.analysis.topics.map((t) => t.id)).filter((id) => ix.topic.has(id))
  const claimIds = ids.flatMap((id) => ix.claimsOf.get(id) ?? [])
  return {
    format: 'claim-compare-export',
    generatedAt: opts.generatedAt,
    lang,
    sources: sourcesOf(claimIds, ix).map((s) => ({
      id: s.id, name: sourceName(s, lang), title: sourceWord(s, 'title', lang)?.text ?? null, lang: s.lang, kind: s.kind,
      published: s.published, window: s.window ? { from: s.window.from, to: s.window.to } : null, url: s.url ?? null, origin: s.origin,
    })),
    topics: ids.map((id) => {
      const topic = ix.topic.get(id)!
      const cmp = ix.comparison.get(id)
      const review = ix.review.get(id)
      return {
        id, label: topic.label[lang] || topic.label.en, kind: topic.kind,
        verdict: finalVerdict(cmp, review), suggestedVerdict: cmp?.verdict ?? null,
        review: review ? { override: review.override, reason: review.reason, note: review.note, reviewer: review.reviewer, at: review.at } : null,
        explanation: cmp?.explanation[lang] ?? null,
        independentSources: cmp?.independentSources ?? null,
        consensus: cmp?.consensus?.interval ? { lo: cmp.consensus.interval.lo, hi: cmp.consensus.interval.hi, sources: cmp.consensus.interval.count, median: cmp.consensus.median } : null,
        claims: (ix.claimsOf.get(id) ?? []).flatMap((cid) => {
          const c = ix.claim.get(cid)
          const s = c ? ix.source.get(c.source) : undefined
          if (!c) return []
          return [{
            id: c.id, source: c.source, text: c.text, start: c.span.start, end: c.span.end,
            ...quantityFields(c.quantity), value: sayQuantity(c.quantity, lang),
            quote: s ? quoteText(s.text, c.sentence, c.span) : null, attributedTo: c.attribution?.who ?? null,
            status: input.corrections.claims[c.id]?.status ?? 'ok',
          }]
        }),
      }
    }),
  }
}
