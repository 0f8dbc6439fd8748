import type { Source } from '../model'
import { checkText, describeTextProblem } from '../text/check'
import { stripBom } from '../text/decode'
import { SourcesFileSchema, describeIssues } from './schema'

/** An error in a corpus file; the message names the file, the field and the problem. */
export class CorpusError extends Error {
  override name = 'CorpusError'
}

/**
 * Builds the sources of a corpus from the parsed sources.json and a reader of its text files.
 * Pure: the caller supplies the file contents (Node reads the disk, the browser bundles them).
 */
export function buildCorpus(fileName: string, raw: unknown, readText: (file: string) => string | undefined): Source[] {
  const parsed = SourcesFileSchema.safeParse(raw)
  if (!parsed.success) throw new CorpusError(describeIssues(fileName, parsed.error, raw))
  const seen = new Set<string>()
  const sources = parsed.data.sources.map((meta, i) => {
    if (seen.has(meta.id)) throw new CorpusError(`${fileName}: (id ${meta.id}) sources[${i}].id: duplicate id`)
    seen.add(meta.id)
    const read = readText(meta.file)
    if (read === undefined) throw new CorpusError(`${fileName}: (id ${meta.id}) sources[${i}].file: no such text file "${meta.file}"`)
    const text = stripBom(read)
    const problem = checkText(text)
    if (problem) throw new CorpusError(describeTextProblem(meta.file, problem))
    const { file: _file, ...rest } = meta
    return { ...rest, relays: rest.relays ?? null, url: rest.url ?? null, text, origin: 'embedded' as const }
  })
  // A relay names the source it repeats: one that is not in the corpus is a typo, not a fact.
  sources.forEach((s, i) => {
    if (s.relays == null) return
    if (s.relays === s.id) throw new CorpusError(`${fileName}: (id ${s.id}) sources[${i}].relays: a source cannot relay itself`)
    if (!seen.has(s.relays)) throw new CorpusError(`${fileName}: (id ${s.id}) sources[${i}].relays: no source "${s.relays}" in the corpus`)
  })
  return sources
}

/** Parses JSON text, turning a syntax error into a CorpusError that names the file. */
export function parseJsonFile(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new CorpusError(`${fileName}: not valid JSON (${(e as Error).message})`)
  }
}

/** Words in a text, counted as runs of letters or digits in any script. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}

/** The day a source's relative dates are read against: its publication day, else the start of its window. */
export function referenceDay(source: Pick<Source, 'published' | 'window'>): string | null {
  return source.published ?? source.window?.from ?? null
}
