// Reading a workspace file: every way it can be wrong is reported in one message that names the
// field, and nothing is returned that could half-apply.
import { describeIssues } from '../corpus/schema'
import { checkText, describeTextProblem } from '../text/check'
import { textHash } from './hash'
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, WorkspaceFileSchema, type WorkspaceFile, type WorkspaceState } from './schema'

/** The outcome of reading a workspace file. */
export type WorkspaceParse = { ok: true; file: WorkspaceFile } | { ok: false; error: string }

/** The workspace file for a state, as written on export. */
export function buildWorkspaceFile(state: WorkspaceState, exportedAt: string, generator = 'claim-compare'): WorkspaceFile {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt,
    generator,
    reviewer: state.reviewer,
    sources: state.sources,
    corrections: state.corrections,
    reviews: state.reviews,
    audit: state.audit,
    // (Written only when a story was named: a file of a workspace that named none stays as it was.)
    ...(state.stories?.length ? { stories: state.stories } : {}),
  }
}

/** The file as JSON text, indented so a diff between two exports reads well. */
export function serializeWorkspace(file: WorkspaceFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/** What a workspace file is checked against: the embedded corpus and topics. */
export interface WorkspaceContext {
  fileName?: string
  /** The embedded sources' texts by id: an added figure may sit in them, an imported source may not reuse their ids. */
  knownTexts?: ReadonlyMap<string, string> | Record<string, string>
  /** The embedded topics' ids: a topic of the file may not reuse one. */
  knownTopicIds?: Iterable<string>
}

/** Reads and validates a workspace file against the embedded corpus and topics. */
export function parseWorkspace(text: string, opts: WorkspaceContext = {}): WorkspaceParse {
  const name = opts.fileName ?? 'workspace'
  const fail = (error: string): WorkspaceParse => ({ ok: false, error })
  if (text.trim() === '') return fail(`${name}: the file is empty`)
  if (text.includes('\u0000')) return fail(`${name}: the file is binary, not a JSON workspace`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return fail(`${name}: not valid JSON (${(e as Error).message})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`${name}: not a workspace (expected a JSON object)`)
  const obj = raw as Record<string, unknown>
  if (obj.format !== WORKSPACE_FORMAT) return fail(`${name}: not a claim-compare workspace (the "format" field must be "${WORKSPACE_FORMAT}")`)
  if (typeof obj.version !== 'number' || !Number.isInteger(obj.version) || obj.version < 1) return fail(`${name}: version: must be a whole number from 1`)
  if (obj.version > WORKSPACE_VERSION) return fail(`${name}: written by a newer version of the app (workspace version ${obj.version}; this one reads up to ${WORKSPACE_VERSION})`)
  const parsed = WorkspaceFileSchema.safeParse(raw)
  if (!parsed.success) return fail(describeIssues(name, parsed.error, raw))
  // Ids are data, not property names: a source called "constructor" must not find Object's.
  const knownTexts = opts.knownTexts instanceof Map ? opts.knownTexts : new Map(Object.entries(opts.knownTexts ?? {}))
  const problems = consistency(parsed.data as WorkspaceFile, name, knownTexts, new Set(opts.knownTopicIds ?? []))
  return problems.length ? fail(problems.join('\n')) : { ok: true, file: parsed.data as WorkspaceFile }
}

// What the schema alone cannot see: duplicate keys, ids that clash with the embedded corpus,
// texts that are not text or too large, hashes that do not match their text, relays to nowhere,
// added figures whose quoted words are not in their source.
function consistency(file: WorkspaceFile, name: string, knownTexts: ReadonlyMap<string, string>, knownTopics: Set<string>): string[] {
  const out: string[] = []
  const texts = new Map(knownTexts)
  const seen = new Set<string>()
  file.sources.forEach((s, i) => {
    const where = `${name}: (id ${s.id}) sources[${i}]`
    if (seen.has(s.id)) out.push(`${where}.id: duplicate id`)
    seen.add(s.id)
    if (knownTexts.has(s.id)) out.push(`${where}.id: clashes with an embedded source`)
    const problem = checkText(s.text)
    if (problem) { out.push(describeTextProblem(`${where}.text`, problem)); return }
    if (textHash(s.text) !== s.hash) out.push(`${where}.hash: does not match the text (was the text edited after export?)`)
    texts.set(s.id, s.text)
  })
  file.sources.forEach((s, i) => {
    if (s.relays == null) return
    if (s.relays === s.id) out.push(`${name}: (id ${s.id}) sources[${i}].relays: a source cannot relay itself`)
    else if (!texts.has(s.relays)) out.push(`${name}: (id ${s.id}) sources[${i}].relays: no source "${s.relays}" in the file or the embedded corpus`)
  })
  file.corrections.topics.forEach((t, i) => {
    if (knownTopics.has(t.id)) out.push(`${name}: (id ${t.id}) corrections.topics[${i}].id: clashes with an embedded topic`)
  })
  const dup = (list: { key: string }[], field: string, label: string) => {
    const keys = new Set<string>()
    list.forEach(({ key }, i) => {
      if (keys.has(key)) out.push(`${name}: ${field}[${i}].${label}: duplicate "${key}"`)
      keys.add(key)
    })
  }
  dup(file.corrections.claims.map((c) => ({ key: c.claimId })), 'corrections.claims', 'claimId')
  dup(file.corrections.added.map((c) => ({ key: c.id })), 'corrections.added', 'id')
  dup(file.corrections.topics.map((t) => ({ key: t.id })), 'corrections.topics', 'id')
  dup(file.reviews.map((r) => ({ key: r.topicId })), 'reviews', 'topicId')
  file.corrections.added.forEach((c, i) => {
    const where = `${name}: corrections.added[${i}]`
    const t = texts.get(c.source)
    if (t === undefined) { out.push(`${where}.source: no source "${c.source}" in the file or the embedded corpus`); return }
    if (c.span.end > t.length) out.push(`${where}.span: runs past the end of source ${c.source}`)
    else if (t.slice(c.span.start, c.span.end) !== c.text) out.push(`${where}.text: is not the text at its span in source ${c.source}`)
    if (c.id !== `${c.source}:${c.span.start}-${c.span.end}`) out.push(`${where}.id: must be "${c.source}:${c.span.start}-${c.span.end}"`)
  })
  return out
}
