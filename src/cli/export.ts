// npm run export -- [--data <dir>] [--format md|csv|claimreview|json] [--lang ar|en] [--topics id,…]
//   [--out <file>] [--table claims|topics] [--workspace <file>] [--base-url <url>] [--publisher <name>]
//   [--unassigned] [--generated-at <ISO time>]
// The app's exports from a script: the same Markdown report, CSV, ClaimReview JSON-LD and JSON,
// on standard output unless --out names a file. --workspace adds a workspace file exported from
// the app (its imported articles, corrections, decisions and history).
import { writeFileSync } from 'node:fs'
import { analyze } from '../core/pipeline'
import { SET_ASIDE_STATUSES, type AuditEntry, type Source, type Topic } from '../core/model'
import { claimReviewJson, claimReviews, claimsCsv, jsonExport, markdownReport, topicsCsv, type ExportInput } from '../core/export'
import { parseWorkspace, toCorrections } from '../core/workspace'
import { decodeText } from '../core/text/decode'
import { dataDir, loadCorpusDir, loadTopicsDir, parseArgs, readBytes, run } from './args'

const FORMATS = ['md', 'csv', 'claimreview', 'json'] as const
const USAGE = 'npm run export -- [--data <dir>] [--format md|csv|claimreview|json] [--lang ar|en] [--topics id,…] [--out <file>]'

function oneOf<T extends string>(v: string | true | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (v === undefined) return fallback
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new Error(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(v)})`)
  return v as T
}


/** The corpus, its topics and, with --workspace, what the app's workspace file adds to them. */
function exportInput(dir: string, workspace: string | undefined): { input: ExportInput; audit: AuditEntry[] } {
  const sources: Source[] = loadCorpusDir(dir)
  const topics: Topic[] = loadTopicsDir(dir)
  if (!workspace) return { input: { analysis: analyze(sources, topics), reviews: [], corrections: { claims: {}, added: [], topics: [], weights: {} } }, audit: [] }
  const parsed = parseWorkspace(decodeText(readBytes(workspace)), { fileName: workspace, knownTexts: new Map(sources.map((s) => [s.id, s.text])), knownTopicIds: topics.map((t) => t.id) })
  if (!parsed.ok) throw new Error(parsed.error)
  const file = parsed.file
  const corrections = toCorrections({ claims: file.corrections.claims, added: file.corrections.added, topics: file.corrections.topics, weights: file.corrections.weights })
  const imported: Source[] = file.sources.map(({ hash: _h, importedAt: _i, fileName: _f, ...s }) => ({ ...s, relays: s.relays ?? null, url: s.url ?? null }))
  const setAsideFrom = Object.fromEntries(file.corrections.claims.filter((c) => c.fromTopic && SET_ASIDE_STATUSES.has(c.status ?? 'ok')).map((c) => [c.claimId, c.fromTopic!]))
  return { input: { analysis: analyze([...sources, ...imported], topics, { corrections }), reviews: file.reviews, corrections, setAsideFrom }, audit: file.audit }
}

run(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), {
    booleans: ['unassigned'],
    values: { data: 'dir', format: 'md|csv|claimreview|json', lang: 'ar|en', topics: 'id,…', out: 'file', table: 'claims|topics', workspace: 'file', 'base-url': 'url', publisher: 'name', 'generated-at': 'ISO time' },
  })
  if (positional.length) throw new Error(`unexpected argument "${positional[0]}" (usage: ${USAGE})`)
  const format = oneOf(flags.format, FORMATS, 'format', 'md')
  const lang = oneOf(flags.lang, ['ar', 'en'] as const, 'lang', 'ar')
  const table = oneOf(flags.table, ['claims', 'topics'] as const, 'table', 'claims')
  const generatedAt = typeof flags['generated-at'] === 'string' ? flags['generated-at'] : new Date().toISOString()
  if (Number.isNaN(Date.parse(generatedAt)) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(generatedAt)) throw new Error(`--generated-at must be a time as YYYY-MM-DDTHH:MM (got ${JSON.stringify(generatedAt)})`)
  const { input, audit } = exportInput(dataDir(flags), typeof flags.workspace === 'string' ? flags.workspace : undefined)
  const known = input.analysis.topics.map((t) => t.id)
  const topicIds = typeof flags.topics === 'string' ? flags.topics.split(',').map((s) => s.trim()).filter(Boolean) : undefined
  const unknown = (topicIds ?? []).filter((id) => !known.includes(id))
  if (unknown.length) throw new Error(`--topics: no topic ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the topics are ${known.join(', ')}`)
  const baseUrl = typeof flags['base-url'] === 'string' ? flags['base-url'] : null
  let text: string
  if (format === 'md') text = markdownReport(input, { lang, topicIds, generatedAt, audit, unassigned: !!flags.unassigned, baseUrl })
  else if (format === 'csv') text = table === 'topics' ? topicsCsv(input, topicIds) : claimsCsv(input, topicIds)
  else if (format === 'claimreview') text = claimReviewJson(claimReviews(input, { lang, topicIds, baseUrl, publisher: typeof flags.publisher === 'string' ? flags.publisher : null }))
  else text = `${JSON.stringify(jsonExport(input, { lang, topicIds, generatedAt }), null, 1)}\n`
  if (typeof flags.out === 'string') {
    try { writeFileSync(flags.out, text) } catch (e) { throw new Error(`${flags.out}: cannot write the file (${(e as Error).message})`, { cause: e }) }
  } else process.stdout.write(text)
})
