// npm run extract -- <file.txt> [--published YYYY-MM-DD] [--lang ar] [--json]
// npm run --silent extract -- --jsonl < in.jsonl   (one {"id","text","published"?,"lang"?} per line)
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { extractClaims } from '../core/extract'
import type { Lang } from '../core/model'
import { claimJson } from './json'
import { parseArgs, run } from './args'

function checkDay(d: string | true | undefined): string | null {
  if (d === undefined) return null
  if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error('--published takes a date as YYYY-MM-DD')
  return d
}

run(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['json', 'jsonl'])
  if (flags.jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
    let n = 0
    for await (const line of rl) {
      n++
      if (!line.trim()) continue
      let rec: { id?: unknown; text?: unknown; published?: unknown; lang?: unknown }
      try { rec = JSON.parse(line) } catch { throw new Error(`line ${n}: not valid JSON`) }
      if (typeof rec.text !== 'string') throw new Error(`line ${n}: "text" must be a string`)
      const published = typeof rec.published === 'string' ? checkDay(rec.published) : null
      const claims = extractClaims({ id: String(rec.id ?? n), text: rec.text, lang: (rec.lang as Lang) ?? 'ar', published, window: null })
      process.stdout.write(JSON.stringify({ id: rec.id ?? n, claims: claims.map((c) => claimJson(c, rec.text as string)) }) + '\n')
    }
    return
  }
  const file = positional[0]
  if (!file) throw new Error('usage: npm run extract -- <file.txt> [--published YYYY-MM-DD] [--lang ar] [--json]')
  let text: string
  try { text = readFileSync(file, 'utf8') } catch { throw new Error(`${file}: cannot read the file`) }
  if (text.includes('\u0000')) throw new Error(`${file}: the file is binary, not text`)
  if (!text.trim()) throw new Error(`${file}: the file is empty`)
  const claims = extractClaims({ id: 'cli', text, lang: (flags.lang as Lang) ?? 'ar', published: checkDay(flags.published), window: null })
  if (flags.json) { console.log(JSON.stringify(claims.map((c) => claimJson(c, text)), null, 1)); return }
  for (const c of claims) {
    const q = c.quantity
    const v = q.lo === q.hi ? String(q.lo) : `[${q.lo ?? '…'}, ${q.hi ?? '…'}]`
    console.log([`${c.span.start}-${c.span.end}`.padEnd(11), q.kind.padEnd(9), v.padEnd(26), (q.unit ?? '').padEnd(10), (q.qualifier ?? '').padEnd(9), c.text, c.counted ? `(${c.counted})` : ''].join(' '))
  }
  console.log(`${claims.length} figures`)
})
