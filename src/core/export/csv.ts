// CSV of claims and of topics, for a spreadsheet. One row per claim (every claim, set-aside ones
// included, with their status) and one per topic. Raw values (plain numbers, ISO days, ISO
// currencies) have their own columns and the readable value its own, in each language. Cells that
// a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) get a quote
// before them, whatever follows, a line break included.
import Papa from 'papaparse'
import { indexExport, sourcesOf, type ExportInput } from './context'
import { quoteText } from './quote'
import { quantityFields, sayQuantity } from '../quantity'
import { finalVerdict } from '../workspace/review'
import { sourceWord } from '../corpus/words'
import type { Source } from '../model'

/**
 * A source as an editor reads it in a cell: its outlet and its title ("Coastal Times: Floods in
 * Varnak"), in English when the corpus gives them so; the title alone when no outlet is named.
 * (Its id, the code's, is in a column of its own, to join the claims CSV by.)
 */
function readableSource(s: Source): string {
  const outlet = sourceWord(s, 'outlet', 'en')?.text
  const title = sourceWord(s, 'title', 'en')?.text ?? s.title
  return outlet ? `${outlet}: ${title}` : title
}

/** The claims CSV columns, in order. */
export const CLAIM_COLUMNS = [
  'claim_id', 'source_id', 'source_title', 'outlet', 'via', 'source_origin', 'published',
  'topic_ids', 'text', 'kind', 'lo', 'hi', 'unit', 'per', 'qualifier', 'precision', 'value_en', 'value_ar',
  'counted', 'attributed_to', 'sentence', 'start', 'end', 'status', 'manual', 'edited', 'note',
] as const

/** The topics CSV columns, in order. */
export const TOPIC_COLUMNS = [
  'topic_id', 'label_en', 'label_ar', 'kind', 'measure', 'suggested_verdict', 'verdict', 'overridden',
  'override_reason', 'reviewer', 'reviewed_at', 'note', 'sources', 'independent_sources', 'claims',
  'consensus_lo', 'consensus_hi', 'median', 'explanation_en', 'explanation_ar', 'user_created', 'source_ids',
] as const

type Row<C extends readonly string[]> = Record<C[number], string | number>

/** Papaparse's own test stops at the first line break (`.*$`), so a formula on a line of its own got through. */
const FORMULA = /^[=+\-@\t\r]/

function toCsv<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
  // A BOM so spreadsheet programs read Arabic as UTF-8; CRLF as RFC 4180 says.
  return `\ufeff${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c as C[number]])) }, { escapeFormulae: FORMULA, newline: '\r\n' })}\r\n`
}

/** The topics a claim is in, or was set aside from ("claims" of the report keep them). */
function topicsOfClaim(input: ExportInput, ix: ReturnType<typeof indexExport>, id: string): string[] {
  const from = input.setAsideFrom?.[id]
  const placed = ix.topicsOf.get(id) ?? []
  return from && !placed.includes(from) ? [...placed, from] : placed
}

/** The claims the claims CSV holds: every one, or with `topicIds` those in them or set aside from them. */
export function claimsOfTopics(input: ExportInput, topicIds?: string[], ix = indexExport(input)): ExportInput['analysis']['claims'] {
  if (!topicIds) return input.analysis.claims
  const chosen = new Set(topicIds)
  return input.analysis.claims.filter((c) => topicsOfClaim(input, ix, c.id).some((t) => chosen.has(t)))
}

/**
 * Rows of the claims CSV (exposed for tests and previews): every figure, or with `topicIds` the
 * figures in those topics or set aside from them, as the report chosen holds.
 */
export function claimRows(input: ExportInput, topicIds?: string[]): Row<typeof CLAIM_COLUMNS>[] {
  const ix = indexExport(input)
  return claimsOfTopics(input, topicIds, ix).map((c) => {
    const s = ix.source.get(c.source)
    const fix = input.corrections.claims[c.id]
    const q = quantityFields(c.quantity)
    return {
      claim_id: c.id,
      source_id: c.source,
      source_title: s?.title ?? '',
      outlet: s?.outlet ?? '',
      via: s?.via ?? '',
      source_origin: s?.origin ?? '',
      published: s?.published ?? (s?.window ? `${s.window.from}/${s.window.to}` : ''),
      topic_ids: topicsOfClaim(input, ix, c.id).join('|'),
      text: c.text,
      ...q,
      value_en: sayQuantity(c.quantity, 'en'),
      value_ar: sayQuantity(c.quantity, 'ar'),
      counted: c.counted ?? '',
      attributed_to: c.attribution?.who ?? '',
      sentence: s ? quoteText(s.text, c.sentence, c.span) : '',
      start: c.span.start,
      end: c.span.end,
      status: fix?.status ?? 'ok',
      manual: c.manual ? 'yes' : '',
      edited: fix?.quantity && Object.keys(fix.quantity).length ? 'yes' : '',
      note: fix?.note ?? '',
    }
  })
}

/**
 * Rows of the topics CSV, of every topic or those of `topicIds`. Independent sources never exceed
 * the sources listed (two speakers in one article are two origins to the comparison, one source to
 * a reader, as in the report); a consensus is given only where the verdict that stands is agreement.
 */
export function topicRows(input: ExportInput, topicIds?: string[]): Row<typeof TOPIC_COLUMNS>[] {
  const ix = indexExport(input)
  const userTopics = new Set(input.corrections.topics.map((t) => t.id))
  const chosen = topicIds ? new Set(topicIds) : null
  return input.analysis.topics.filter((t) => !chosen || chosen.has(t.id)).map((t) => {
    const cmp = ix.comparison.get(t.id)
    const review = ix.review.get(t.id)
    const claims = ix.claimsOf.get(t.id) ?? []
    const sources = sourcesOf(claims, ix)
    const verdict = finalVerdict(cmp, review)
    const consensus = verdict === 'agree' || verdict === 'agree-precision' ? cmp?.consensus : null
    return {
      topic_id: t.id,
      label_en: t.label.en,
      label_ar: t.label.ar,
      kind: t.kind,
      measure: t.measure,
      suggested_verdict: cmp?.verdict ?? '',
      verdict: verdict ?? '',
      overridden: review?.override ? 'yes' : '',
      override_reason: review?.override ? review.reason : '',
      reviewer: review?.reviewer ?? '',
      reviewed_at: review?.at ?? '',
      note: review?.note ?? '',
      sources: sources.map(readableSource).join(' | '),
      independent_sources: cmp ? Math.min(cmp.independentSources, sources.length) : '',
      claims: claims.length,
      consensus_lo: consensus?.interval?.lo ?? '',
      consensus_hi: consensus?.interval?.hi ?? '',
      median: consensus?.median ?? '',
      explanation_en: cmp?.explanation.en ?? '',
      explanation_ar: cmp?.explanation.ar ?? '',
      user_created: userTopics.has(t.id) ? 'yes' : '',
      source_ids: sources.map((s) => s.id).join('|'),
    }
  })
}

/** The claims CSV (of the figures of `topicIds` when given). */
export function claimsCsv(input: ExportInput, topicIds?: string[]): string {
  return toCsv(CLAIM_COLUMNS, claimRows(input, topicIds))
}

/** The topics CSV (of `topicIds` when given). */
export function topicsCsv(input: ExportInput, topicIds?: string[]): string {
  return toCsv(TOPIC_COLUMNS, topicRows(input, topicIds))
}
