// The JSON workspace file: the user's layer over the embedded corpus (imported sources,
// corrections, reviews, audit trail), versioned so an older file can still be read.
import { z } from 'zod'
import type { AuditEntry, TopicReview } from '../model'
import type { StoredSource } from './source'
import type { StoredClaim, StoredCorrection, StoredTopic } from './review'
import { httpUrl, metadataText } from '../corpus/schema'
import { idTable } from '../ids'
import type { StoredStoryName } from '../corpus/workspaceStories'

/** The `format` field every workspace file carries. */
export const WORKSPACE_FORMAT = 'claim-compare-workspace'
/** The version this app writes and the newest it reads. */
export const WORKSPACE_VERSION = 1

/** Everything the user added on top of the embedded corpus. */
export interface WorkspaceState {
  reviewer: string | null
  sources: StoredSource[]
  corrections: { claims: StoredCorrection[]; added: StoredClaim[]; topics: StoredTopic[]; weights: Record<string, number> }
  reviews: TopicReview[]
  audit: AuditEntry[]
  /** The names editors gave stories (absent from files written before stories could be renamed). */
  stories?: StoredStoryName[]
}

/** The file: the state with its format, version and export time. */
export interface WorkspaceFile extends WorkspaceState {
  format: typeof WORKSPACE_FORMAT
  version: typeof WORKSPACE_VERSION
  exportedAt: string
  /** The app that wrote it (informative). */
  generator?: string
}

export function emptyState(): WorkspaceState {
  return { reviewer: null, sources: [], corrections: { claims: [], added: [], topics: [], weights: {} }, reviews: [], audit: [] }
}

const isoDay = z.iso.date({ error: 'must be a date as YYYY-MM-DD' })
const isoTime = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' })
const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _')
const text = z.string().min(1, 'must not be empty')
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).strict()
  .refine((s) => s.start <= s.end, { error: 'start must not be after end' })
const verdict = z.enum(['agree', 'agree-precision', 'conflict', 'single-source', 'other-scope', 'time-series', 'needs-review'], { error: 'must be a verdict (agree, agree-precision, conflict, single-source, other-scope, time-series, needs-review)' })
const kind = z.enum(['count', 'money', 'percent', 'rate', 'date', 'daterange', 'duration'], { error: 'must be a kind (count, money, percent, rate, date, daterange, duration)' })
const bound = z.union([z.number().finite(), isoDay, z.null()], { error: 'must be a number, a date as YYYY-MM-DD, or null' })
const qualifier = z.enum(['about', 'more-than', 'less-than', 'at-least', 'at-most', 'range', 'vague'])
const precision = z.enum(['day', 'part-month', 'month', 'part-year', 'year', 'exact', 'round', 'vague'])

const quantityShape = {
  kind,
  lo: bound,
  hi: bound,
  unit: z.string().nullable(),
  per: z.string().nullable(),
  precision,
  qualifier: qualifier.nullable(),
  ambiguity: z.string().optional(),
  unresolved: z.boolean().optional(),
}
const QuantitySchema = z.object(quantityShape).strict()

const ClaimSchema = z.object({
  id: z.string().min(1),
  source: id,
  span,
  text: z.string(),
  quantity: QuantitySchema,
  counted: z.string().nullable(),
  sentence: span,
  attribution: z.object({ who: z.string(), cue: z.string(), span }).strict().nullable(),
  scopes: z.array(z.object({ kind: z.enum(['place', 'operation', 'time']), label: z.string(), span }).strict()),
  manual: z.literal(true, { error: 'must be true (only added figures are stored)' }),
  at: isoTime,
  reviewer: z.string(),
}).strict()

const TopicSchema = z.object({
  id,
  label: z.object({ en: metadataText.pipe(text), ar: metadataText.pipe(text) }).strict(),
  // A topic accepted from a candidate may name no entity (it is about its whole story).
  entity: z.object({ name: z.string(), aliases: z.array(z.string()) }).strict(),
  measure: text,
  kind,
  alsoKinds: z.array(kind).optional(),
  cues: z.array(z.string()),
  exclude: z.array(z.string()).optional(),
  scope: z.string().nullable().optional(),
  time: z.string().nullable().optional(),
  // What a topic accepted from a candidate carries: its measure as a concept, its flags, and the
  // sources of its story.
  concept: z.string().optional(),
  recurring: z.boolean().optional(),
  fixed: z.boolean().optional(),
  projection: z.boolean().optional(),
  elsewhere: z.boolean().optional(),
  story: z.array(id).optional(),
  held: z.object({ sources: z.array(id), claims: z.array(z.string().min(1)) }).strict().optional(),
  at: isoTime,
  reviewer: z.string(),
}).strict()

const CorrectionSchema = z.object({
  claimId: z.string().min(1),
  status: z.enum(['ok', 'wrong-extraction', 'misattributed', 'out-of-scope'], { error: 'must be ok, wrong-extraction, misattributed or out-of-scope' }).optional(),
  quantity: z.object(quantityShape).partial().strict().optional(),
  topicId: id.nullable().optional(),
  note: z.string().optional(),
  at: isoTime,
  reviewer: z.string(),
  fromTopic: z.string().nullable().optional(),
}).strict()

const SourceSchema = z.object({
  id,
  title: metadataText.pipe(text),
  lang: z.enum(['ar', 'en', 'fr'], { error: 'must be one of ar, en, fr' }),
  outlet: metadataText.nullable(),
  via: metadataText.nullable(),
  relays: z.string().nullable().optional(),
  kind: z.enum(['news', 'analysis', 'translation'], { error: 'must be one of news, analysis, translation' }),
  published: isoDay.nullable(),
  window: z.object({ from: isoDay, to: isoDay, how: z.string() }).strict().nullable(),
  url: httpUrl.nullable().optional(),
  text,
  origin: z.literal('imported', { error: 'must be "imported" (the embedded corpus is not part of a workspace)' }),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'),
  importedAt: isoTime,
  fileName: z.string().nullable().optional(),
}).strict()

const ReviewSchema = z.object({
  topicId: id,
  override: verdict.nullable(),
  reason: z.string(),
  note: z.string(),
  reviewer: z.string(),
  at: isoTime,
}).strict()

// Weights by source id. Read through a Map so an id such as "__proto__" is kept and named in
// errors like any other, then handed on as a table without a prototype.
const weights = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? new Map(Object.entries(v)) : v),
  z.map(z.string(), z.number({ error: 'must be a number' }).finite().min(0, 'must not be negative'), { error: 'must be an object of source ids and numbers' }),
).transform((m) => idTable(m))

const StoryNameSchema = z.object({
  source: id,
  label: z.object({ en: metadataText.pipe(text), ar: metadataText.pipe(text) }).strict(),
  at: isoTime,
  reviewer: z.string(),
}).strict()

const AuditSchema = z.object({ at: isoTime, reviewer: z.string(), target: text, action: text, detail: z.string() }).strict()

export const WorkspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  exportedAt: isoTime,
  generator: z.string().optional(),
  reviewer: z.string().nullable(),
  sources: z.array(SourceSchema),
  corrections: z.object({
    claims: z.array(CorrectionSchema),
    added: z.array(ClaimSchema),
    topics: z.array(TopicSchema),
    weights,
  }).strict(),
  reviews: z.array(ReviewSchema),
  audit: z.array(AuditSchema),
  stories: z.array(StoryNameSchema).optional(),
}).strict()
