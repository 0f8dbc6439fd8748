// npm run extract -- <file.txt> [--published YYYY-MM-DD] [--lang ar] [--json]
// npm run --silent extract -- --jsonl [--strict] < in.jsonl   (one {"id","text","published"?,"lang"?} per line)
import { createInterface } from 'node:readline'
import { extractClaims } from '../core/extract'
import { checkText, describeTextProblem } from '../core/text/check'
import { stripBom } from '../core/text/decode'
import { claimJson } from './json'
import { checkDay, checkLang, parseArgs, readArticle, run } from './args'

const USAGE = 'usage: npm run extract -- <file.txt> [--published YYYY-MM-DD] [--lang ar|en|fr] [--json], or --jsonl [--strict] with JSON Lines on stdin'

run(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { booleans: ['json', 'jsonl', 'strict'], values: { published: 'YYYY-MM-DD', lang: 'ar|en|fr' } })
  if (flags.jsonl) {
    if (positional.length) throw new Error(`--jsonl reads its input from stdin, not from ${positional[0]}`)
    const failed = await batch()
    if (failed && flags.strict) {
      process.stderr.write(`error: ${failed} line${failed === 1 ? '' : 's'} could not be read (each is answered with its "error")\n`)
      process.exitCode = 1
    }
    return
  }
  if (flags.strict) throw new Error('--strict applies to --jsonl batches only')
  const file = positional[0]
  if (!file) throw new Error(USAGE)
  if (positional.length > 1) throw new Error(`one file at a time (got ${positional.length}); for many texts use --jsonl`)
  const lang = checkLang(flags.lang)
  const published = checkDay(flags.published)
  const text = readArticle(file)
  const claims = extractClaims({ id: 'cli', text, lang, published, window: null })
  if (flags.json) { console.log(JSON.stringify(claims.map((c) => claimJson(c, text)), null, 1)); return }
  for (const c of claims) {
    const q = c.quantity
    const v = q.lo === q.hi ? String(q.lo) : `[${q.lo ?? '…'}, ${q.hi ?? '…'}]`
    console.log([`${c.span.start}-${c.span.end}`.padEnd(11), q.kind.padEnd(9), v.padEnd(26), (q.unit ?? '').padEnd(10), (q.qualifier ?? '').padEnd(9), c.text, c.counted ? `(${c.counted})` : ''].join(' '))
  }
  console.log(`${claims.length} figures`)
})

// Every line gets an answer, in order: its claims, or {"id", "error"} naming the line. One bad
// line never stops the batch; the count of bad lines is returned.
async function batch(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let n = 0
  let failed = 0
  for await (const raw of rl) {
    n++
    const line = n === 1 ? stripBom(raw) : raw
    if (!line.trim()) continue
    let id: unknown = n
    try {
      let rec: unknown
      try { rec = JSON.parse(line) } catch (e) { throw new Error(`not valid JSON (${(e as Error).message})`, { cause: e }) }
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new Error('expected a JSON object with a "text" string')
      const r = rec as Record<string, unknown>
      if (Object.hasOwn(r, 'id') && r.id !== null && r.id !== undefined) id = r.id
      if (typeof r.text !== 'string') throw new Error('"text" must be a string')
      const problem = checkText(r.text)
      if (problem) throw new Error(describeTextProblem('"text"', problem))
      const text = r.text
      const claims = extractClaims({ id: String(id), text, lang: checkLang(r.lang, '"lang"'), published: checkDay(r.published, '"published"'), window: null })
      process.stdout.write(JSON.stringify({ id, claims: claims.map((c) => claimJson(c, text)) }) + '\n')
    } catch (e) {
      failed++
      process.stdout.write(JSON.stringify({ id, line: n, error: `line ${n}: ${(e as Error).message}` }) + '\n')
    }
  }
  return failed
}
