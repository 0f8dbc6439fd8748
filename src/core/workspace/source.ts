// Imported sources: building one from a pasted or dropped text and its metadata form, and
// deciding what to do with a text the workspace already holds.
import type { Lang, Source, SourceKind } from '../model'
import { cleanMetadata, isHttpUrl, isIsoDay } from '../corpus/fields'
import { stripBom } from '../text/decode'
import { textHash } from './hash'

export { isHttpUrl, isIsoDay } from '../corpus/fields'

/** What the import form collects about a text. */
export interface SourceDraft {
  title: string
  outlet: string
  via: string
  lang: Lang
  kind: SourceKind
  /** ISO day or ''. */
  published: string
  url: string
  text: string
}

/** An imported source as it is stored: the Source plus its text hash and when it came in. */
export interface StoredSource extends Source {
  origin: 'imported'
  hash: string
  importedAt: string
  /** The file it was read from, when it came from a file. */
  fileName?: string | null
}

const blank = (s: string): string | null => (s.trim() === '' ? null : cleanMetadata(s.trim()))

/** Why a draft's metadata cannot be saved, by field; empty when it can. */
export function draftProblems(draft: SourceDraft): Partial<Record<keyof SourceDraft, 'required' | 'date' | 'url'>> {
  const out: Partial<Record<keyof SourceDraft, 'required' | 'date' | 'url'>> = {}
  if (draft.title.trim() === '') out.title = 'required'
  if (draft.published.trim() !== '' && !isIsoDay(draft.published.trim())) out.published = 'date'
  if (draft.url.trim() !== '' && !isHttpUrl(draft.url.trim())) out.url = 'url'
  return out
}

const MADE_ID = /^u[0-9a-f]{8,}(?:-\d+)?$/

/**
 * A source's id as an editor may see it beside its outlet: a corpus's own ids ("ar-derna-01") tell
 * two reports of one outlet apart; an id this app made from a text's hash ("u81c491b4") says
 * nothing to a reader and is not shown (null).
 */
export function shownId(id: string): string | null {
  return MADE_ID.test(id) ? null : id
}

/** A new source id: "u" and the first hash digits, longer if that is taken (ids match the corpus rule [A-Za-z0-9_-]). */
export function sourceIdFor(hash: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const hex = hash.replace(/^sha256:/, '')
  for (let n = 8; n <= hex.length; n += 4) {
    const id = `u${hex.slice(0, n)}`
    if (!used.has(id)) return id
  }
  let i = 2
  while (used.has(`u${hex}-${i}`)) i++
  return `u${hex}-${i}`
}

/** The source a draft becomes. The text is kept exactly as given but for a leading byte-order mark (offsets point into it). */
export function buildSource(draft: SourceDraft, opts: { hash?: string; takenIds: Iterable<string>; now: string; fileName?: string | null }): StoredSource {
  const hash = opts.hash ?? textHash(draft.text)
  return {
    id: sourceIdFor(hash, opts.takenIds),
    title: cleanMetadata(draft.title.trim()),
    lang: draft.lang,
    outlet: blank(draft.outlet),
    via: blank(draft.via),
    relays: null,
    kind: draft.kind,
    published: blank(draft.published),
    window: null,
    url: blank(draft.url),
    text: stripBom(draft.text),
    origin: 'imported',
    hash,
    importedAt: opts.now,
    fileName: opts.fileName ?? null,
  }
}

/** A source already in the workspace with the same text. */
export interface Duplicate { id: string; title: string; origin: Source['origin'] }

/** The source (embedded or imported) whose text hashes like this one, if any. */
export function findDuplicate(hash: string, known: { id: string; title: string; origin: Source['origin']; hash: string }[]): Duplicate | null {
  const hit = known.find((k) => k.hash === hash)
  return hit ? { id: hit.id, title: hit.title, origin: hit.origin } : null
}

/** The metadata fields a merge can fill in. */
export const MERGE_FIELDS = ['title', 'outlet', 'via', 'published', 'url'] as const

/**
 * Merging a duplicate into the stored source: the stored text and id stay; each metadata field the
 * stored source lacks is taken from the draft; fields both have keep the stored value unless the
 * user chose to take the draft's (`prefer`). Returns the merged source and the fields that changed.
 */
export function mergeSource(stored: StoredSource, draft: SourceDraft, prefer: readonly (typeof MERGE_FIELDS[number])[] = []): { source: StoredSource; changed: string[] } {
  const next: StoredSource = { ...stored }
  const changed: string[] = []
  for (const field of MERGE_FIELDS) {
    const incoming = blank(draft[field])
    if (incoming === null) continue
    const current = stored[field] ?? null
    if (current === null || (prefer.includes(field) && current !== incoming)) {
      if (current !== incoming) {
        next[field] = incoming
        changed.push(field)
      }
    }
  }
  return { source: next, changed }
}
