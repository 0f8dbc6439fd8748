import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseArgs as parsePlatformArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import type { Lang, Source, Topic } from '../core/model'
import { parseTopics } from '../core/align/schema'
import { buildCorpus, CorpusError, parseJsonFile } from '../core/corpus/load'
import { isIsoDay } from '../core/corpus/fields'
import { checkText, describeTextProblem } from '../core/text/check'
import { decodeText } from '../core/text/decode'

/** The embedded corpus, beside the sources. */
export const DEFAULT_DATA = resolve(fileURLToPath(new URL('../../data', import.meta.url)))

/** The options a command takes: flags without a value, and options with one (shown as `--name <hint>`). */
export interface OptionSpec { booleans?: string[]; values?: Record<string, string> }

/**
 * Parses a command line strictly (Node's util.parseArgs): an unknown or misspelt option, an option
 * missing its value or a flag given one is an error that says what the command takes.
 */
export function parseArgs(argv: string[], spec: OptionSpec = {}): { flags: Record<string, string | true>; positional: string[] } {
  const booleans = spec.booleans ?? []
  const values = spec.values ?? {}
  const options = Object.fromEntries([
    ...booleans.map((n) => [n, { type: 'boolean' as const }]),
    ...Object.keys(values).map((n) => [n, { type: 'string' as const }]),
  ])
  const usage = [...Object.entries(values).map(([n, hint]) => `--${n} <${hint}>`), ...booleans.map((n) => `--${n}`)].join(', ') || 'no options'
  try {
    const { values: got, positionals } = parsePlatformArgs({ args: argv, options, allowPositionals: true, strict: true })
    const flags: Record<string, string | true> = Object.create(null)
    for (const [k, v] of Object.entries(got)) if (v !== undefined && v !== false) flags[k] = v as string | true
    for (const [k, v] of Object.entries(flags)) if (typeof v === 'string' && v.trim() === '') throw new Error(`--${k} needs a value: --${k} <${values[k]}>`)
    return { flags, positional: positionals }
  } catch (e) {
    const err = e as Error & { code?: string }
    const name = /'(-{1,2}[^'\s<=]+)/.exec(err.message)?.[1] ?? ''
    const bare = name.replace(/^-+/, '')
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = closest(bare, [...booleans, ...Object.keys(values)])
      throw new Error(`unknown option ${name}${guess ? ` (did you mean --${guess}?)` : ''}; this command takes ${usage}`, { cause: e })
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (Object.hasOwn(values, bare)) throw new Error(`${name} needs a value: ${name} <${values[bare]}>`, { cause: e })
      throw new Error(`${name} takes no value`, { cause: e })
    }
    throw e
  }
}

// The option a misspelling most likely meant: within two edits, or the one it starts.
function closest(word: string, names: string[]): string | null {
  let best: string | null = null
  let bestD = 3
  for (const n of names) {
    const d = n.startsWith(word) && word.length >= 2 ? 1 : editDistance(word, n)
    if (d < bestD) { best = n; bestD = d }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

const LANGS: readonly Lang[] = ['ar', 'en', 'fr']

/** A --lang value (or a JSON Lines "lang"), checked: ar when absent. */
export function checkLang(v: unknown, what = '--lang'): Lang {
  if (v === undefined || v === null) return 'ar'
  if (typeof v !== 'string' || !(LANGS as readonly string[]).includes(v)) throw new Error(`${what} must be one of ${LANGS.join(', ')} (got ${JSON.stringify(v)})`)
  return v as Lang
}

/** A --published value (or a JSON Lines "published"), checked as a real calendar day: null when absent. */
export function checkDay(v: unknown, what = '--published'): string | null {
  if (v === undefined || v === null) return null
  if (typeof v !== 'string' || !isIsoDay(v)) throw new Error(`${what} must be a real date as YYYY-MM-DD (got ${JSON.stringify(v)})`)
  return v
}

/** Reads a file's bytes, with errors that name the file (a directory, a missing file, no permission). */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EISDIR') throw new Error(`${file}: is a directory, not a text file`, { cause: e })
    if (code === 'ENOENT') throw new Error(`${file}: no such file`, { cause: e })
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`${file}: permission denied`, { cause: e })
    throw new Error(`${file}: cannot read the file (${(e as Error).message})`, { cause: e })
  }
}

/** Reads an article file as the browser's import does: BOM-aware decoding, then the shared text check. */
export function readArticle(file: string): string {
  const text = decodeText(readBytes(file))
  const problem = checkText(text)
  if (problem) throw new Error(describeTextProblem(file, problem))
  return text
}

/** The --data directory, or the embedded corpus. */
export function dataDir(flags: Record<string, string | true>): string {
  const dir = typeof flags.data === 'string' ? flags.data : DEFAULT_DATA
  if (!existsSync(dir)) throw new Error(`${dir}: no such directory (--data names a corpus directory)`)
  if (!statSync(dir).isDirectory()) throw new Error(`${dir}: not a directory (--data names a corpus directory)`)
  return dir
}

/** Reads a corpus directory (sources.json plus the text files it names, which must lie inside it). */
export function loadCorpusDir(dir: string): Source[] {
  const metaPath = join(dir, 'sources.json')
  if (!existsSync(metaPath)) throw new Error(`${metaPath}: no such file (a corpus directory holds sources.json and the text files it names)`)
  const raw = parseJsonFile(metaPath, decodeText(readBytes(metaPath)))
  const root = realpathSync(dir)
  return buildCorpus(metaPath, raw, (file) => {
    const p = resolve(dir, file)
    if (!existsSync(p)) return undefined
    // Resolved with links followed: a link inside the directory to a file outside it is refused too.
    const real = realpathSync(p)
    const rel = relative(root, real)
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new CorpusError(`${metaPath}: "${file}" lies outside the corpus directory ${dir}; a corpus reads only its own files`)
    return decodeText(readBytes(p))
  })
}

/** Runs a command body, printing errors as one clear line and exiting non-zero. */
export function run(main: () => void | Promise<void>): void {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as other Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
  })
  Promise.resolve().then(main).catch((e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exit(1)
  })
}

/** Reads a corpus directory's topics.json (an empty list when there is none). */
export function loadTopicsDir(dir: string): Topic[] {
  const path = join(dir, 'topics.json')
  if (!existsSync(path)) return []
  return parseTopics(path, parseJsonFile(path, decodeText(readBytes(path))))
}
