// Bad input to the commands: each case is refused with a message that names what is wrong, or
// read the way the browser's import reads it. Test texts written for this file.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const tsx = join('node_modules', '.bin', 'tsx')
function cli(script: string, args: string[], input?: string | Buffer) {
  const r = spawnSync(tsx, [`src/cli/${script}.ts`, ...args], { input, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const tmp = () => mkdtempSync(join(tmpdir(), 'claims-robust-'))

const ARTICLE = 'قالت الوزارة إن الجيش تسلم 12 مروحية جديدة في مارس الماضي.'

/** A one-source corpus directory; `meta` overrides fields of the source entry. */
function corpusDir(meta: Record<string, unknown> = {}, extra: Record<string, unknown>[] = []): string {
  const dir = tmp()
  const data = join(dir, 'data')
  mkdirSync(join(data, 'sources'), { recursive: true })
  writeFileSync(join(data, 'sources', 'a.txt'), ARTICLE)
  const entry = { id: 'a', file: 'sources/a.txt', title: 'Helicopters', lang: 'ar', outlet: 'Desk', via: null, kind: 'news', published: '2024-04-02', window: null, ...meta }
  writeFileSync(join(data, 'sources.json'), JSON.stringify({ version: 1, sources: [entry, ...extra] }))
  return data
}

describe('a corpus reads only files inside its directory', () => {
  it('refuses a "file" that climbs out with ..', () => {
    const data = corpusDir({ file: '../../../../etc/passwd' })
    const r = cli('corpus', ['check', '--data', data])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/sources\[0\]\.file: must be a path inside the corpus directory/)
    expect(r.out).not.toMatch(/root/)
  })

  it('refuses an absolute path', () => {
    const r = cli('compare', ['--data', corpusDir({ file: '/etc/hostname' })])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/must be a path inside the corpus directory/)
  })

  it('refuses a link inside the directory that points outside it', () => {
    const data = corpusDir({ file: 'sources/link.txt' })
    const outside = join(data, '..', 'secret.txt')
    writeFileSync(outside, 'نص خارج المجلد فيه 7 أرقام سرية.')
    symlinkSync(outside, join(data, 'sources', 'link.txt'))
    const r = cli('corpus', ['check', '--data', data])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/"sources\/link\.txt" lies outside the corpus directory/)
  })

  it('refuses a relay that names no source, and a source relaying itself', () => {
    let r = cli('corpus', ['check', '--data', corpusDir({ relays: 'zz' })])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/\(id a\) sources\[0\]\.relays: no source "zz" in the corpus/)
    r = cli('corpus', ['check', '--data', corpusDir({ relays: 'a' })])
    expect(r.err).toMatch(/relays: a source cannot relay itself/)
  })

  it('refuses a javascript: url, as the import form does', () => {
    const r = cli('corpus', ['check', '--data', corpusDir({ url: 'javascript:alert(1)' })])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/sources\[0\]\.url: must be a web address starting with http:\/\/ or https:\/\//)
  })

  it('names the entry whose "file" is a directory', () => {
    const r = cli('corpus', ['check', '--data', corpusDir({ file: 'sources' })])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/sources: is a directory, not a text file/)
  })
})

describe('options are checked', () => {
  it('refuses a misspelt option and suggests the right one', () => {
    const r = cli('extract', ['x.txt', '--pubished', '2024-01-01'])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/unknown option --pubished \(did you mean --published\?\)/)
    expect(cli('compare', ['--jsn']).err).toMatch(/unknown option --jsn \(did you mean --json\?\)/)
  })
  it('refuses --data without a value', () => {
    for (const args of [['--data'], ['--data', '--json']]) {
      const r = cli('compare', args)
      expect(r.code).not.toBe(0)
      expect(r.err).toMatch(/--data needs a value: --data <dir>/)
    }
  })
  it('refuses an impossible --published date and an unknown --lang', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), ARTICLE)
    let r = cli('extract', [join(dir, 'a.txt'), '--published', '2022-13-45'])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/--published must be a real date as YYYY-MM-DD \(got "2022-13-45"\)/)
    r = cli('extract', [join(dir, 'a.txt'), '--published', '2023-02-29'])
    expect(r.err).toMatch(/--published must be a real date/)
    r = cli('extract', [join(dir, 'a.txt'), '--lang', 'xx'])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/--lang must be one of ar, en, fr \(got "xx"\)/)
  })
  it('names a directory given as a file, and a missing file', () => {
    const dir = tmp()
    let r = cli('extract', [dir])
    expect(r.code).not.toBe(0)
    expect(r.err).toContain(`${dir}: is a directory, not a text file`)
    r = cli('extract', [join(dir, 'nope.txt')])
    expect(r.err).toContain(`${join(dir, 'nope.txt')}: no such file`)
  })
})

describe('files are decoded and checked as the browser does', () => {
  const offsetsOf = (out: string, text: string) => (JSON.parse(out) as { start: number; end: number; text: string }[]).map((c) => ({ got: text.slice(c.start, c.end), want: c.text }))

  it('reads UTF-16 with a byte-order mark (little and big endian)', () => {
    const dir = tmp()
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    writeFileSync(join(dir, 'le.txt'), le)
    writeFileSync(join(dir, 'be.txt'), be)
    for (const f of ['le.txt', 'be.txt']) {
      const r = cli('extract', [join(dir, f), '--json'])
      expect(r.code, r.err).toBe(0)
      const claims = JSON.parse(r.out)
      expect(claims.find((c: { kind: string }) => c.kind === 'count')).toMatchObject({ lo: 12, hi: 12 })
      for (const { got, want } of offsetsOf(r.out, ARTICLE)) expect(got).toBe(want)
    }
  })

  it('drops a UTF-8 byte-order mark so offsets count from the first letter', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))
    const r = cli('extract', [join(dir, 'bom.txt'), '--json'])
    expect(r.code, r.err).toBe(0)
    const count = JSON.parse(r.out).find((c: { kind: string }) => c.kind === 'count')
    expect(count.start).toBe(ARTICLE.indexOf('12'))
    for (const { got, want } of offsetsOf(r.out, ARTICLE)) expect(got).toBe(want)
  })

  it('drops a UTF-8 byte-order mark in a corpus text too', () => {
    const data = corpusDir()
    writeFileSync(join(data, 'sources', 'a.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))
    const j = JSON.parse(cli('topics', ['--data', data, '--json']).out)
    const all = [...j.unassigned, ...j.topics.flatMap((t: { claims: unknown[] }) => t.claims)] as { start: number; text: string }[]
    const count = all.find((c) => c.text.includes('12'))!
    expect(ARTICLE.slice(count.start, count.start + count.text.length)).toBe(count.text)
  })

  it('refuses random bytes that hold no NUL', () => {
    const dir = tmp()
    // A deterministic byte soup without 0x00 (a linear congruential sequence over 1..255).
    const bytes = Buffer.alloc(4096)
    let x = 7
    for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) % 2147483648; bytes[i] = 1 + (x % 255) }
    expect(bytes.includes(0)).toBe(false)
    writeFileSync(join(dir, 'noise.txt'), bytes)
    const r = cli('extract', [join(dir, 'noise.txt')])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/noise\.txt: is binary, not text/)
  })

  it('refuses a file over the size limit every import shares', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'huge.txt'), 'أ'.repeat(10_000_001))
    const r = cli('extract', [join(dir, 'huge.txt')])
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/huge\.txt: the text is too large \(10,000,001 characters; the limit is 10,000,000\)/)
  })
})

describe('JSON Lines batches', () => {
  const input = [
    '{"id":"a","text":"دفع 50 مليون دولار"}',
    'null',
    '{"id":"c","text":"في 3 سبتمبر 2025","published":"2025-02-30"}',
    'not json',
    '{"id":"e"}',
    '{"id":"f","text":"بلغ عدد الزوار 800 زائر","lang":"xx"}',
    '[1,2]',
    '{"id":"h","text":"في 3 سبتمبر 2025","published":"2025-11-28"}',
    '',
  ].join('\n')

  it('answers every line, naming the line of each bad one, and exits 0', () => {
    const r = cli('extract', ['--jsonl'], input)
    expect(r.code, r.err).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c', 4, 'e', 'f', 7, 'h'])
    expect(lines[0].claims[0]).toMatchObject({ kind: 'money', lo: 5e7 })
    expect(lines[1]).toEqual({ id: 2, line: 2, error: 'line 2: expected a JSON object with a "text" string' })
    expect(lines[2].error).toMatch(/^line 3: "published" must be a real date/)
    expect(lines[3].error).toMatch(/^line 4: not valid JSON/)
    expect(lines[4].error).toBe('line 5: "text" must be a string')
    expect(lines[5].error).toMatch(/^line 6: "lang" must be one of ar, en, fr/)
    expect(lines[6].error).toMatch(/^line 7: expected a JSON object/)
    expect(lines[7].claims[0]).toMatchObject({ kind: 'date', lo: '2025-09-03' })
  })

  it('with --strict still answers every line, then exits non-zero', () => {
    const r = cli('extract', ['--jsonl', '--strict'], input)
    expect(r.code).toBe(1)
    expect(r.out.trim().split('\n')).toHaveLength(8)
    expect(r.err).toMatch(/6 lines could not be read/)
  })

  it('with --strict and no bad line, exits 0', () => {
    const r = cli('extract', ['--jsonl', '--strict'], '{"id":"a","text":"دفع 50 مليون دولار"}\n')
    expect(r.code).toBe(0)
  })
})

describe('output into a closed pipe', () => {
  it('stops quietly when the reader goes away (| head)', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'long.txt'), Array.from({ length: 3000 }, (_, i) => `تسلم الجيش ${i + 1} مروحية.`).join('\n'))
    const r = spawnSync('bash', ['-c', `${tsx} src/cli/extract.ts ${join(dir, 'long.txt')} | head -n 1`], { encoding: 'utf8' })
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /)
  })
})

describe('the embedded corpus still loads through the same checks', () => {
  it('corpus check passes on data/ and on a copy of it', () => {
    const dir = tmp()
    cpSync('data', dir, { recursive: true })
    const r = cli('corpus', ['check', '--data', dir])
    expect(r.code, r.err).toBe(0)
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toContain('"version"')
  })
})
