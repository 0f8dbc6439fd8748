import { z } from 'zod'
import { cleanMetadata, isHttpUrl, isInsidePath } from './fields'

const isoDay = z.iso.date({ error: 'must be a date as YYYY-MM-DD' })

/** A web address (http or https only), the rule the import form applies too. */
export const httpUrl = z.string().refine(isHttpUrl, { error: 'must be a web address starting with http:// or https://' })
/** A one-line metadata field, bidi controls removed (see cleanMetadata). */
export const metadataText = z.string().transform(cleanMetadata)
const line = metadataText.pipe(z.string().min(1, 'must not be empty'))

/** Words given once (a string) or per language ({ "ar": "…", "en": "…" }, at least one). */
export const LocalTextSchema = z.union([
  line,
  z.object({ ar: line, en: line, fr: line }).partial().strict()
    .refine((o) => Object.keys(o).length > 0, { error: 'must give the text in at least one of ar, en, fr' }),
], { error: 'must be a string or an object of texts by language (ar, en, fr)' })

export type LocalText = z.infer<typeof LocalTextSchema>

/** One entry of data/sources.json: the metadata of one source; its text lives in `file`. */
export const SourceMetaSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _'),
  file: z.string().min(1, 'must name the text file').refine(isInsidePath, { error: 'must be a path inside the corpus directory (relative, without "..")' }),
  title: LocalTextSchema,
  lang: z.enum(['ar', 'en', 'fr'], { error: 'must be one of ar, en, fr' }),
  outlet: LocalTextSchema.nullable(),
  via: LocalTextSchema.nullable(),
  relays: z.string().nullable().optional(),
  kind: z.enum(['news', 'analysis', 'translation'], { error: 'must be one of news, analysis, translation' }),
  published: isoDay.nullable(),
  window: z.object({ from: isoDay, to: isoDay, how: LocalTextSchema })
    .refine((w) => w.from <= w.to, { error: 'from must not be after to' })
    .nullable(),
  url: httpUrl.nullable().optional(),
}).strict()

export const SourcesFileSchema = z.object({
  version: z.literal(1),
  sources: z.array(SourceMetaSchema).min(1, 'must list at least one source'),
}).strict()

export type SourceMeta = z.infer<typeof SourceMetaSchema>

/** Turns zod issues into lines that name the file, the field path and the problem. */
export function describeIssues(file: string, error: z.ZodError, root: unknown): string {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')
    const where = labelFor(root, issue.path)
    return `${file}: ${where}${path || '(root)'}: ${issue.message}`
  }).join('\n')
}

// Name the entry by its id where we can: "sources[2] (id 002).published" reads better than an index alone.
function labelFor(root: unknown, path: PropertyKey[]): string {
  if (path.length < 2 || typeof path[1] !== 'number' || typeof root !== 'object' || root === null) return ''
  const list = (root as Record<string, unknown>)[String(path[0])]
  const entry = Array.isArray(list) ? list[path[1]] : undefined
  const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined
  return typeof id === 'string' ? `(id ${id}) ` : ''
}
