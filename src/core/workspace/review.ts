// The reviewer's layer: verdict decisions, claim corrections, added figures and topics, and the
// audit trail that records each change. Pure functions; the UI stores persist what they return.
import { topicFromCandidate as candidateTopic } from '../align/discover'
import type { AuditEntry, CandidateTopic, Claim, ClaimCorrection, ClaimStatus, Comparison, Corrections, Quantity, QuantityKind, Source, Span, Topic, TopicReview, Verdict } from '../model'
import { quantityCode } from '../quantity'
import { asIdTable, idTable } from '../ids'

/** A claim correction as stored: who made it last and when, and the topic it was in when marked. */
export interface StoredCorrection extends ClaimCorrection {
  at: string
  reviewer: string
  /** The topic the claim stood in when it was set aside (so the topic can still list it). */
  fromTopic?: string | null
}

/** A figure a reviewer added, as stored. */
export interface StoredClaim extends Claim { manual: true; at: string; reviewer: string }

/** A topic a reviewer created, as stored. */
export interface StoredTopic extends Topic { at: string; reviewer: string }

export const CLAIM_STATUSES: ClaimStatus[] = ['ok', 'wrong-extraction', 'misattributed', 'out-of-scope']
export const VERDICTS: Verdict[] = ['agree', 'agree-precision', 'conflict', 'single-source', 'other-scope', 'time-series', 'needs-review']
export const QUANTITY_KINDS: QuantityKind[] = ['count', 'money', 'percent', 'rate', 'date', 'daterange', 'duration']

/** The verdict that stands: the reviewer's override, else the machine's suggestion. */
export function finalVerdict(comparison: Pick<Comparison, 'verdict'> | undefined, review: TopicReview | undefined): Verdict | null {
  return review?.override ?? comparison?.verdict ?? null
}

/** The Corrections analyze() takes, from the stored rows (bookkeeping fields dropped). */
export function toCorrections(rows: { claims: StoredCorrection[]; added: StoredClaim[]; topics: StoredTopic[]; weights?: Record<string, number> }): Corrections {
  return {
    claims: idTable(rows.claims.map(({ at: _at, reviewer: _r, fromTopic: _f, ...c }) => [c.claimId, c])),
    added: rows.added.map(({ at: _at, reviewer: _r, ...c }) => c),
    topics: rows.topics.map(({ at: _at, reviewer: _r, ...t }) => t),
    weights: asIdTable(rows.weights),
  }
}

const EMPTY = (v: unknown) => v === undefined || v === null || v === ''

/** A correction with the fields that carry nothing removed; null when nothing is left to record. */
export function normalizeCorrection(c: ClaimCorrection): ClaimCorrection | null {
  const out: ClaimCorrection = { claimId: c.claimId }
  if (c.status && c.status !== 'ok') out.status = c.status
  if (c.quantity && Object.keys(c.quantity).length > 0) out.quantity = c.quantity
  if (c.topicId !== undefined) out.topicId = c.topicId
  if (!EMPTY(c.note)) out.note = c.note
  return Object.keys(out).length > 1 ? out : null
}

// --- audit trail -------------------------------------------------------------------------------

/** The audit target for a topic, and for a claim seen from a topic. */
export const topicTarget = (topicId: string) => `topic:${topicId}`
export const claimTarget = (claimId: string, topicId?: string | null) => (topicId ? `topic:${topicId}/claim:${claimId}` : `claim:${claimId}`)
export const sourceTarget = (sourceId: string) => `source:${sourceId}`

function entry(at: string, reviewer: string, target: string, action: string, detail: string): AuditEntry {
  return { at, reviewer, target, action, detail }
}

/** Whether two stored decisions are the same save: the same moment, reviewer and content (none equals none). */
export function sameDecision(a: TopicReview | null | undefined, b: TopicReview | null | undefined): boolean {
  if (!a || !b) return !a && !b
  return a.topicId === b.topicId && a.at === b.at && a.reviewer === b.reviewer && a.override === b.override && a.reason === b.reason && a.note === b.note
}

/** The audit entries a change of a topic review makes (accept, override, note). */
export function reviewAudit(before: TopicReview | undefined, after: TopicReview, suggested: Verdict | null): AuditEntry[] {
  const out: AuditEntry[] = []
  const target = topicTarget(after.topicId)
  const verdictChanged = !before || before.override !== after.override || before.reason !== after.reason
  if (verdictChanged) {
    if (after.override === null) out.push(entry(after.at, after.reviewer, target, 'accept', `${suggested ?? '?'}`))
    else out.push(entry(after.at, after.reviewer, target, 'override', `${suggested ?? '?'} → ${after.override}${after.reason ? `: ${after.reason}` : ''}`))
  }
  if ((before?.note ?? '') !== after.note) out.push(entry(after.at, after.reviewer, target, 'note', after.note))
  return out
}

/** The audit entry for withdrawing a topic decision. */
export function reviewClearedAudit(topicId: string, at: string, reviewer: string): AuditEntry {
  return entry(at, reviewer, topicTarget(topicId), 'clear', '')
}

function quantityDiff(q: Partial<Quantity>): string {
  return Object.entries(q).map(([k, v]) => `${k}=${v === null ? 'null' : String(v)}`).join(', ')
}

/** The audit entries a change of a claim correction makes (mark, edit, move, note). */
export function correctionAudit(before: ClaimCorrection | undefined, after: ClaimCorrection, ctx: { at: string; reviewer: string; topicId?: string | null; claim?: Claim }): AuditEntry[] {
  const out: AuditEntry[] = []
  const target = claimTarget(after.claimId, ctx.topicId)
  const was = ctx.claim ? ` (${quantityCode(ctx.claim.quantity)})` : ''
  if ((before?.status ?? 'ok') !== (after.status ?? 'ok')) out.push(entry(ctx.at, ctx.reviewer, target, 'mark', `${before?.status ?? 'ok'} → ${after.status ?? 'ok'}`))
  if (JSON.stringify(before?.quantity ?? {}) !== JSON.stringify(after.quantity ?? {})) {
    out.push(entry(ctx.at, ctx.reviewer, target, 'edit', after.quantity && Object.keys(after.quantity).length ? `${quantityDiff(after.quantity)}${was}` : `restored${was}`))
  }
  if (before?.topicId !== after.topicId) {
    const to = after.topicId === undefined ? 'automatic' : after.topicId === null ? 'none' : after.topicId
    out.push(entry(ctx.at, ctx.reviewer, target, 'move', `${before?.topicId ?? 'automatic'} → ${to}`))
  }
  if ((before?.note ?? '') !== (after.note ?? '')) out.push(entry(ctx.at, ctx.reviewer, target, 'note', after.note ?? ''))
  return out
}

/** The entries shown on a topic: its own, and those of the claims it holds or held. */
export function auditForTopic(entries: AuditEntry[], topicId: string, claimIds: Iterable<string>): AuditEntry[] {
  const ids = new Set(claimIds)
  const own = topicTarget(topicId)
  return entries
    .filter((e) => {
      if (e.target === own || e.target.startsWith(`${own}/`)) return true
      const m = /(?:^|\/)claim:(.+)$/.exec(e.target)
      return m !== null && ids.has(m[1])
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

// --- figures a reviewer adds --------------------------------------------------------------------

/** The sentence around a span: from after the last . ! ? ؟ or line break before it to the next one after it. */
export function sentenceAround(text: string, span: Span): Span {
  // A point between digits ("5.200") does not end a sentence.
  const stops = (i: number) => /[!?؟\n]/u.test(text[i]) || (text[i] === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')))
  let start = span.start
  while (start > 0 && !stops(start - 1)) start--
  let end = span.end
  while (end < text.length && !stops(end)) end++
  if (end < text.length && text[end] !== '\n') end++
  const trimmed = trimSpan(text, { start, end })
  return { start: Math.min(trimmed.start, span.start), end: Math.max(trimmed.end, span.end) }
}

/** Why a selection cannot become a figure, or null. */
export function selectionProblem(source: Pick<Source, 'text'>, span: Span, existingIds: Set<string>, sourceId: string): 'empty' | 'out-of-range' | 'exists' | null {
  if (span.start < 0 || span.end > source.text.length || span.start >= span.end) return span.start === span.end ? 'empty' : 'out-of-range'
  if (source.text.slice(span.start, span.end).trim() === '') return 'empty'
  if (existingIds.has(`${sourceId}:${span.start}-${span.end}`)) return 'exists'
  return null
}

/** Trims white space off both ends of a selected span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start])) start++
  while (end > start && /\s/u.test(text[end - 1])) end--
  return { start, end }
}

/** A figure a reviewer marked in an article (id `${source}:${start}-${end}`, manual). */
export function manualClaim(source: Pick<Source, 'id' | 'text'>, span: Span, quantity: Quantity, extra: { counted?: string | null; at: string; reviewer: string }): StoredClaim {
  return {
    id: `${source.id}:${span.start}-${span.end}`,
    source: source.id,
    span: { ...span },
    text: source.text.slice(span.start, span.end),
    quantity,
    counted: extra.counted ?? null,
    sentence: sentenceAround(source.text, span),
    attribution: null,
    scopes: [],
    manual: true,
    at: extra.at,
    reviewer: extra.reviewer,
  }
}

/** A topic id from a label: lower-case Latin letters and digits joined by "-", unique among `taken`. */
export function topicIdFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base = label.normalize('NFKD').toLowerCase().replace(/ı/g, 'i').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'topic'
  const stem = `user-${base}`
  if (!used.has(stem)) return stem
  let i = 2
  while (used.has(`${stem}-${i}`)) i++
  return `${stem}-${i}`
}

/** What the new-topic form collects. */
export interface TopicDraft { labelEn: string; labelAr: string; entity: string; measure: string }

/** A topic created from one figure: its kind, its counted noun as cue, and the label the reviewer gave. */
export function topicFromClaim(claim: Claim, draft: TopicDraft, taken: Iterable<string>, stamp: { at: string; reviewer: string }): StoredTopic {
  const label = { en: draft.labelEn.trim() || draft.labelAr.trim(), ar: draft.labelAr.trim() || draft.labelEn.trim() }
  const entity = draft.entity.trim() || claim.counted || label.en
  return {
    id: topicIdFor(label.en || entity, taken),
    label,
    entity: { name: entity, aliases: [] },
    measure: draft.measure.trim() || claim.quantity.kind,
    kind: claim.quantity.kind,
    cues: claim.counted ? [claim.counted] : [],
    scope: null,
    time: null,
    ...stamp,
  }
}

/**
 * A topic promoted from a candidate in one click: its measure (the concept the figures share, read
 * in every language), kind and labels filled in; the reviewer may name it and its entity.
 */
export function topicFromCandidate(candidate: CandidateTopic, draft: TopicDraft, taken: Iterable<string>, stamp: { at: string; reviewer: string }, present: Iterable<string> = candidate.sources): StoredTopic {
  const base = candidateTopic(candidate, 'candidate')
  const label = { en: draft.labelEn.trim() || draft.labelAr.trim() || base.label.en, ar: draft.labelAr.trim() || draft.labelEn.trim() || base.label.ar }
  const entity = draft.entity.trim() || candidate.entity
  return {
    ...base,
    id: topicIdFor(label.en, taken),
    label,
    // The candidate's own entity keeps the names it has in every language (a people's country in
    // Arabic, English and French): with its name alone, the topic would miss the figures of the
    // reports that write it otherwise. One the reviewer typed is taken as written.
    entity: { name: entity, aliases: entity === candidate.entity ? [...new Set([...base.entity.aliases, ...(entity ? [entity] : [])])] : entity ? [entity] : [] },
    // (A candidate no measure names and no entity heads is named by its label.)
    measure: draft.measure.trim() || base.measure || label.en,
    // The candidate's sources seed its story: the topic takes no other story's figures.
    story: [...new Set(candidate.sources)],
    // It holds what the candidate showed: the reports present now (`present`) give it no other figure.
    held: { sources: [...new Set([...present, ...candidate.sources])], claims: [...candidate.claims] },
    ...stamp,
  }
}

/**
 * The audit entry for a created topic: its label in both languages when they differ (the trail is
 * read in either; export/words.ts picks the reader's), "English ‖ Arabic".
 */
export function topicCreatedAudit(topic: StoredTopic, from: string): AuditEntry {
  const { en, ar } = topic.label
  const label = ar && ar !== en ? `${en} ${LABEL_JOIN} ${ar}` : en
  return entry(topic.at, topic.reviewer, topicTarget(topic.id), 'create-topic', `${label} (from ${from})`)
}
/**
 * A reviewer's topic under a new name, and the audit entry that says so ("old → new", each label
 * "English ‖ Arabic"); null when the name is empty or unchanged. A label given in one language
 * only names the topic in both.
 */
export function renamedTopic(topic: StoredTopic, label: { en: string; ar: string }, stamp: { at: string; reviewer: string }): { topic: StoredTopic; audit: AuditEntry } | null {
  const en = label.en.trim() || label.ar.trim()
  const ar = label.ar.trim() || label.en.trim()
  if (!en || (en === topic.label.en && ar === topic.label.ar)) return null
  const joined = (l: { en: string; ar: string }) => (l.ar && l.ar !== l.en ? `${l.en} ${LABEL_JOIN} ${l.ar}` : l.en)
  // (The topic keeps the moment and the name of its making; the entry records the renaming.)
  const next = { ...topic, label: { en, ar } }
  return { topic: next, audit: entry(stamp.at, stamp.reviewer, topicTarget(topic.id), 'rename-topic', `${joined(topic.label)} → ${joined(next.label)}`) }
}

/** Between a created topic's English and Arabic labels in its audit entry. */
export const LABEL_JOIN = '‖'

/** The audit entry for an added figure. */
export function claimAddedAudit(claim: StoredClaim, topicId: string | null): AuditEntry {
  return entry(claim.at, claim.reviewer, claimTarget(claim.id, topicId), 'add-figure', `“${claim.text}” = ${quantityCode(claim.quantity)}`)
}

/** The audit entry for a removed added figure. */
export function claimRemovedAudit(claim: Claim, topicId: string | null, at: string, reviewer: string): AuditEntry {
  return entry(at, reviewer, claimTarget(claim.id, topicId), 'remove-figure', `“${claim.text}”`)
}

// --- form checks ---------------------------------------------------------------------------------

/** Why a verdict decision cannot be saved: an override needs a reason. */
export function decisionProblem(d: { override: Verdict | null; reason: string }): 'reason-required' | null {
  return d.override !== null && d.reason.trim() === '' ? 'reason-required' : null
}

const DATE_KINDS = new Set<QuantityKind>(['date', 'daterange'])

/** A bound typed in a form: an ISO day for dates, a number otherwise (Arabic-Indic digits and , or ٫ accepted), '' for none. */
export function parseBound(kind: QuantityKind, input: string): Quantity['lo'] | undefined {
  const s = input.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
  if (s === '') return null
  if (DATE_KINDS.has(kind)) return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? s : undefined
  const n = Number(s.replace(/[,٬\s]/g, '').replace('٫', '.'))
  return Number.isFinite(n) ? n : undefined
}

/** What a figure form collects. */
export interface FigureForm { kind: QuantityKind; lo: string; hi: string; unit: string; qualifier: Quantity['qualifier'] }

/** A form's figure as a Quantity, or the fields that are wrong. */
export function quantityFromForm(f: FigureForm): { quantity: Quantity } | { problems: ('lo' | 'hi' | 'order')[] } {
  const lo = parseBound(f.kind, f.lo)
  const hi = f.hi.trim() === '' ? lo : parseBound(f.kind, f.hi)
  const problems: ('lo' | 'hi' | 'order')[] = []
  if (lo === undefined || (lo === null && (hi === null || hi === undefined))) problems.push('lo')
  if (hi === undefined) problems.push('hi')
  if (!problems.length && lo !== null && hi !== null && lo! > hi!) problems.push('order')
  if (problems.length) return { problems }
  const dates = DATE_KINDS.has(f.kind)
  return {
    quantity: {
      kind: f.kind, lo: lo ?? null, hi: hi ?? null, unit: dates || f.unit.trim() === '' ? null : f.unit.trim(), per: null,
      precision: dates ? 'day' : 'exact', qualifier: f.qualifier ?? (lo !== hi ? 'range' : null),
    },
  }
}

/** The form for a figure as it stands. */
export function formFromQuantity(q: Quantity): FigureForm {
  const s = (b: Quantity['lo']) => (b === null ? '' : String(b))
  return { kind: q.kind, lo: s(q.lo), hi: q.hi === q.lo ? '' : s(q.hi), unit: q.unit ?? '', qualifier: q.qualifier }
}

/** The fields of `next` that differ from `shown`: what a quantity edit records. */
export function quantityPatch(shown: Quantity, next: Quantity): Partial<Quantity> {
  const out: Partial<Quantity> = {}
  for (const k of ['kind', 'lo', 'hi', 'unit', 'qualifier', 'precision'] as const) {
    if (shown[k] !== next[k]) (out as Record<string, unknown>)[k] = next[k]
  }
  return out
}
