import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Source, Topic } from '../core/model'
import { parseTopics } from '../core/align/schema'
import { buildCorpus, parseJsonFile } from '../core/corpus/load'

/** The embedded corpus, beside the sources. */
export const DEFAULT_DATA = resolve(fileURLToPath(new URL('../../data', import.meta.url)))

/** Minimal flag parsing: `--name value`, `--flag`, and positional arguments. */
export function parseArgs(argv: string[], booleans: string[] = []): { flags: Record<string, string | true>; positional: string[] } {
  const flags: Record<string, string | true> = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--')) {
      const name = a.slice(2)
      if (booleans.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) flags[name] = true
      else flags[name] = argv[++i]
    } else positional.push(a)
  }
  return { flags, positional }
}

/** Reads a corpus directory (sources.json plus the text files it names). */
export function loadCorpusDir(dir: string): Source[] {
  const metaPath = join(dir, 'sources.json')
  if (!existsSync(metaPath)) throw new Error(`${metaPath}: no such file (a corpus directory holds sources.json and the text files it names)`)
  const raw = parseJsonFile(metaPath, readFileSync(metaPath, 'utf8'))
  return buildCorpus(metaPath, raw, (file) => {
    const p = join(dir, file)
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined
  })
}

/** Runs a command body, printing errors as one clear line and exiting non-zero. */
export function run(main: () => void | Promise<void>): void {
  Promise.resolve().then(main).catch((e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exit(1)
  })
}

/** Reads a corpus directory's topics.json (an empty list when there is none). */
export function loadTopicsDir(dir: string): Topic[] {
  const path = join(dir, 'topics.json')
  if (!existsSync(path)) return []
  return parseTopics(path, parseJsonFile(path, readFileSync(path, 'utf8')))
}
