import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const tsx = join('node_modules', '.bin', 'tsx')
function cli(script: string, args: string[], input?: string) {
  const r = spawnSync(tsx, [`src/cli/${script}.ts`, ...args], { input, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
function tmp(): string { return mkdtempSync(join(tmpdir(), 'claims-')) }

describe('npm run corpus -- check', () => {
  it('prints one line per source', () => {
    const r = cli('corpus', ['check'])
    expect(r.code).toBe(0)
    expect(r.out.split('\n').filter((l) => /^00\d\t/.test(l))).toHaveLength(5)
  })
  it('fails with a message naming the file, the source and the field', () => {
    const dir = tmp()
    cpSync('data', dir, { recursive: true })
    const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'))
    meta.sources[3].published = 'yesterday'
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(meta))
    const r = cli('corpus', ['check', '--data', dir])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/sources\.json: \(id 003\) sources\[3\]\.published: must be a date/)
  })
})

describe('npm run extract', () => {
  it('--json gives start, end, text, kind, lo, hi, unit, qualifier, counted and sentence', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'تشير تقديرات غربية إلى انتشار نحو ألف من مقاتلي فاجنر حالياً في مالي.')
    const r = cli('extract', [join(dir, 'a.txt'), '--published', '2022-04-15', '--json'])
    expect(r.code).toBe(0)
    const [c] = JSON.parse(r.out)
    expect(c).toMatchObject({ text: 'نحو ألف', kind: 'count', lo: 1000, hi: 1000, qualifier: 'about', counted: 'مقاتلي فاجنر', attribution: 'تقديرات غربية' })
    expect(c.sentence).toContain('تشير تقديرات غربية')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8').slice(c.start, c.end)).toBe('نحو ألف')
  })
  it('reads JSON Lines in batch and answers one line per input', () => {
    const input = ['{"id":"a","text":"دفع 50 مليون دولار"}', '{"id":"b","text":"في 3 سبتمبر 2025","published":"2025-11-28"}', ''].join('\n')
    const r = cli('extract', ['--jsonl'], input)
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['a', 'b'])
    expect(lines[0].claims[0]).toMatchObject({ kind: 'money', lo: 5e7, unit: 'USD' })
    expect(lines[1].claims[0]).toMatchObject({ kind: 'date', lo: '2025-09-03' })
  })
  it('rejects empty and binary files with a clear error', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'empty.txt'), '  \n')
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3]))
    expect(cli('extract', [join(dir, 'empty.txt')]).err).toMatch(/empty/)
    expect(cli('extract', [join(dir, 'bin.txt')]).err).toMatch(/binary/)
    expect(JSON.parse(cli('extract', ['--jsonl'], 'not json\n').out).error).toMatch(/line 1: not valid JSON/)
  })
})

describe('npm run topics and compare', () => {
  it('topics --json has topics with claims, candidates and unassigned', () => {
    const r = cli('topics', ['--json'])
    const j = JSON.parse(r.out)
    const bamex = j.topics.find((t: { id: string }) => t.id === 'bamex-dates')
    expect(bamex.label.en).toMatch(/BAMEX/)
    expect(bamex.claims.map((c: { source: string }) => c.source).sort()).toEqual(['000', '000', '001'])
    expect(Array.isArray(j.candidates)).toBe(true)
    expect(j.unassigned.length).toBeGreaterThan(0)
  })
  it('compare --json gives verdicts with explanations in both languages', () => {
    const j = JSON.parse(cli('compare', ['--json']).out)
    const bamex = j.comparisons.find((c: { topic: string }) => c.topic === 'bamex-dates')
    expect(bamex).toMatchObject({ verdict: 'conflict', independentSources: 2 })
    expect(bamex.explanation.en).toMatch(/14 days/)
    expect(bamex.explanation.ar.length).toBeGreaterThan(10)
    expect(bamex.claims[0]).toHaveProperty('score')
  })
})
