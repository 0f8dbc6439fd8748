import type { Lang, Source, SourceWords } from '../model'
import { checkText, describeTextProblem } from '../text/check'
import { stripBom } from '../text/decode'
import { SourcesFileSchema, describeIssues, type LocalText } from './schema'

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
    const { file: _file, title, outlet, via, window, ...rest } = meta
    const localized = wordsByLang({ title, outlet, via, how: window?.how ?? null })
    const own = (t: LocalText) => original(t, meta.lang)
    return {
      ...rest,
      title: own(title),
      outlet: outlet === null ? null : own(outlet),
      via: via === null ? null : own(via),
      window: window ? { ...window, how: own(window.how) } : null,
      relays: rest.relays ?? null,
      url: rest.url ?? null,
      text,
      origin: 'embedded' as const,
      ...(localized ? { localized } : {}),
    }
  })
  // A relay names the source it repeats: one that is not in the corpus is a typo, not a fact.
  sources.forEach((s, i) => {
    if (s.relays == null) return
    if (s.relays === s.id) throw new CorpusError(`${fileName}: (id ${s.id}) sources[${i}].relays: a source cannot relay itself`)
    if (!seen.has(s.relays)) throw new CorpusError(`${fileName}: (id ${s.id}) sources[${i}].relays: no source "${s.relays}" in the corpus`)
  })
  return sources
}

const LANGS: Lang[] = ['ar', 'en', 'fr']

/**
 * The plain value of a field given per language: English when there is one (what search, logs and
 * older readers of `title`/`outlet` have always seen), else the source's own language, else any.
 * Screens and reports read the field in their language through sourceWord().
 */
function original(t: LocalText, lang: Lang): string {
  if (typeof t === 'string') return t
  return t.en ?? t[lang] ?? t.ar ?? t.fr ?? ''
}

/** The fields given per language, regrouped by language; null when every field is a plain string. */
function wordsByLang(fields: Record<keyof SourceWords, LocalText | null>): Partial<Record<Lang, SourceWords>> | null {
  const out: Partial<Record<Lang, SourceWords>> = {}
  for (const [field, t] of Object.entries(fields) as [keyof SourceWords, LocalText | null][]) {
    if (t === null || typeof t === 'string') continue
    for (const lang of LANGS) if (t[lang]) out[lang] = { ...out[lang], [field]: t[lang] }
  }
  return Object.keys(out).length ? out : null
}

/** Parses JSON text, turning a syntax error into a CorpusError that names the file. */
export function parseJsonFile(fileName: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new CorpusError(`${fileName}: not valid JSON (${(e as Error).message})`)
  }
}

/** The day a source's relative dates are read against: its publication day, else the start of its window. */
export function referenceDay(source: Pick<Source, 'published' | 'window'>): string | null {
  return source.published ?? source.window?.from ?? null
}
