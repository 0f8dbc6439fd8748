import { describe, expect, it, beforeAll } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildWorkspaceFile, serializeWorkspace, textHash } from '../../src/core/workspace'

const tsx = join('node_modules', '.bin', 'tsx')
function exportCli(args: string[]) {
  const r = spawnSync(tsx, ['src/cli/export.ts', ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

// The seed corpus plus articles imported beside it (reports of other stories, in Arabic, English
// and French, from the news fixtures), as a newsroom would run its daily report.
const IMPORTED = ['ar-derna-01', 'ar-haouz-01', 'ar-beirut-01', 'ar-niger-01', 'ar-migrants-01', 'ar-fasher-01', 'en-derna-01', 'en-beirut-01', 'en-haouz-01', 'fr-derna-01', 'fr-niger-01']
let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-'))
  cpSync('data', dir, { recursive: true })
  const news = JSON.parse(readFileSync('tests/fixtures/news/dev/sources.json', 'utf8')).sources as { id: string; file: string }[]
  const meta = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'))
  for (const id of IMPORTED) {
    const s = news.find((x) => x.id === id)
    if (!s) continue
    cpSync(join('tests/fixtures/news/dev', s.file), join(dir, s.file))
    meta.sources.push(s)
  }
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(meta))
})

/** What the report itself writes: quotes, names and titles (the sources' own words) left out. */
function ownWords(md: string, names: string[]): string {
  let text = md.split('\n').filter((l) => !l.startsWith('  > ') && !l.startsWith('### ')).join('\n')
  // Greedy: a quote may hold quotes of its own (French «…» inside an Arabic «…»).
  text = text.replace(/«.*»|“.*”|(?<!\*)\*[^*\n]+\*(?!\*)/gu, '')
  for (const n of names) text = text.split(n).join('')
  return text
}

// Arabic number–noun agreement, written as the patterns a wrong text would show.
const AR_NOUNS = { singular: ['يوم', 'شهر', 'سنة', 'مصدر', 'رقم', 'موضوع', 'دولار', 'أسبوع'], accusative: ['يوماً', 'شهراً', 'مصدراً', 'رقماً', 'موضوعاً', 'دولاراً', 'أسبوعاً', 'يومًا', 'رقمًا', 'موضوعًا'], plural: ['أيام', 'أشهر', 'سنوات', 'مصادر', 'أرقام', 'مواضيع', 'دولارات', 'أسابيع'] }
const alt = (xs: string[]) => xs.join('|')
const START = '(?<![\\d.,])'
const END = '(?!\\p{L})'
const AR_FORBIDDEN: [string, RegExp][] = [
  ['3–10 with a singular', new RegExp(`${START}([3-9]|10) (${alt([...AR_NOUNS.singular, ...AR_NOUNS.accusative])})${END}`, 'u')],
  ['11–99 with a plural or a genitive singular', new RegExp(`${START}(1[1-9]|[2-9]\\d) (${alt([...AR_NOUNS.plural, ...AR_NOUNS.singular.filter((w) => w !== 'سنة')])})${END}`, 'u')],
  ['2 with a number instead of a dual', new RegExp(`${START}2 (${alt([...AR_NOUNS.plural, ...AR_NOUNS.singular, ...AR_NOUNS.accusative])})${END}`, 'u')],
  ['1 with a number', new RegExp(`${START}1 (${alt([...AR_NOUNS.plural, ...AR_NOUNS.singular, ...AR_NOUNS.accusative])})${END}`, 'u')],
  ['a fraction with a plural', new RegExp(`\\d[.,]\\d+ (${alt(AR_NOUNS.plural)})${END}`, 'u')],
  ['100 and more with a plural or an accusative', new RegExp(`${START}\\d*00 (${alt([...AR_NOUNS.plural, ...AR_NOUNS.accusative])})${END}`, 'u')],
  ['a Latin word', /(?<![\p{L}\d])(?![A-Z]+\d)[A-Za-z]{2,}/u],
  ['a Latin comma between Arabic words', /\p{Script=Arabic}\s*, \p{Script=Arabic}/u],
  ['a currency symbol', /US\$|\$US|[$€£]/u],
]
const COMMON: [string, RegExp][] = [
  ['eight raw digits', /\d{8,}/u],
  ['a unit written twice', /(\p{L}{3,})\s*\/?\s*\/\s*\1(?!\p{L})|\/ ?(month|year|day|شهر)\b.*\/ ?\2/u],
  ['a word twice in a row', /(?<!\p{L})(\p{L}{3,}) \1(?!\p{L})/u],
  ['a rate unit code', /\b(USD|EUR|count)\/\w+/u],
]
const EN_FORBIDDEN: [string, RegExp][] = [
  ['1 with a plural', /(?<![\d.,])1 (days|years|months|weeks|sources|figures|topics|dollars)\b/u],
  ['a number above 1 with a singular', /(?<![\d.,])([2-9]|\d{2,}|\d+\.\d+) (day|year|month|week|source|figure|topic)\b(?!s)/u],
]

function problems(text: string, rules: [string, RegExp][]): string[] {
  return text.split('\n').flatMap((line) => rules.filter(([, re]) => re.test(line)).map(([why]) => `${why}: ${line}`))
}

describe('npm run export', () => {
  it('writes the Arabic report of the seed corpus and imported articles in clean Arabic', () => {
    const r = exportCli(['--data', dir, '--format', 'md', '--lang', 'ar', '--unassigned', '--generated-at', '2025-12-02T08:30'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('# تقرير مقارنة الادعاءات')
    expect(r.out).toContain('## أرقام خارج أي موضوع')
    const names = [...r.out.matchAll(/\*\*([^*]+)\*\* \[[^\]]+\]/gu)].map((m) => m[1])
    const own = ownWords(r.out, names)
    expect(problems(own, [...AR_FORBIDDEN, ...COMMON])).toEqual([])
    // Quotes pair.
    for (const line of r.out.split('\n')) expect(line.split('«').length).toBe(line.split('»').length)
  })

  it('writes the English report without disagreement, doubled units or raw amounts', () => {
    const r = exportCli(['--data', dir, '--lang', 'en', '--unassigned', '--generated-at', '2025-12-02T08:30'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('# Claim comparison report')
    expect(r.out).toContain('50 million US dollars')
    const names = [...r.out.matchAll(/\*\*([^*]+)\*\* \[[^\]]+\]/gu)].map((m) => m[1])
    expect(problems(ownWords(r.out, names), [...EN_FORBIDDEN, ...COMMON])).toEqual([])
  })

  it('catches what it is meant to catch', () => {
    for (const bad of ['4 يوماً', '3 رقمًا', '2 مصادر', '16 مواضيع', '3.5 سنوات', 'USD/month / month', '50000000 USD', 'أ, ب']) {
      expect(problems(bad, [...AR_FORBIDDEN, ...COMMON]), bad).not.toEqual([])
    }
    for (const good of ['4 أيام', '11 يوماً', 'مصدران', '16 موضوعاً', '3.5 سنة', '100 يوم', '50 مليون دولار', 'أ وب']) {
      expect(problems(good, [...AR_FORBIDDEN, ...COMMON]), good).toEqual([])
    }
    expect(problems('3 day', EN_FORBIDDEN)).not.toEqual([])
  })

  it('gives CSV, and JSON of the chosen topics', () => {
    const csv = exportCli(['--format', 'csv', '--table', 'topics'])
    expect(csv.out.split('\r\n')[0]).toContain('topic_id')
    const json = JSON.parse(exportCli(['--format', 'json', '--lang', 'en', '--topics', 'wagner-monthly-cost', '--generated-at', '2025-12-02T08:30']).out)
    expect(json.topics).toHaveLength(1)
    expect(json.topics[0].claims[0]).toMatchObject({ kind: 'rate', lo: 10e6, unit: 'USD', per: 'month', value: '10 million US dollars a month' })
  })

  // (Each command is a process of several seconds: two per test keep a loaded machine within the timeout.)
  it('gives no ClaimReview before a decision, and writes a file with --out', () => {
    // Nobody reviewed anything on the command line: no ClaimReview without a reviewer's decision.
    expect(exportCli(['--format', 'claimreview']).out.trim()).toBe('[]')
    const out = join(dir, 'report.md')
    expect(exportCli(['--lang', 'en', '--out', out]).out).toBe('')
    expect(readFileSync(out, 'utf8')).toContain('# Claim comparison report')
  })

  it('takes a workspace file: its articles join the corpus, its decisions make the ClaimReview and the report', () => {
    const at = '2025-12-01T10:00:00.000Z'
    const text = 'وأقيم معرض بامكس 2025 في باماكو من 18 إلى 21 نوفمبر 2025 بمشاركة شركات تركية.'
    const ws = buildWorkspaceFile({
      reviewer: 'Salma',
      sources: [{ id: 'mali-web', title: 'BAMEX closes', lang: 'ar', outlet: 'Mali Web', via: null, relays: null, kind: 'news', published: '2025-11-22', window: null, url: 'https://example.org/bamex', text, origin: 'imported', hash: textHash(text), importedAt: at, fileName: null }],
      corrections: { claims: [], added: [], topics: [], weights: {} },
      reviews: [{ topicId: 'bamex-dates', override: 'needs-review', reason: 'The fair had public and trade days', note: 'Ask the organiser', reviewer: 'Salma', at }],
      audit: [{ at, reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'conflict → needs-review: The fair had public and trade days' }],
    }, at)
    const file = join(dir, 'workspace.json')
    writeFileSync(file, serializeWorkspace(ws))
    const md = exportCli(['--workspace', file, '--lang', 'ar', '--topics', 'bamex-dates', '--generated-at', '2025-12-02T08:30'])
    expect(md.err).toBe('')
    expect(md.out).toContain('**الحكم:** تحتاج إلى مراجعة — قرار Salma في 1 ديسمبر 2025')
    expect(md.out).toContain('عدّل الحكم: المصادر متعارضة ← تحتاج إلى مراجعة: The fair had public and trade days')
    const ld = JSON.parse(exportCli(['--workspace', file, '--format', 'claimreview', '--lang', 'en', '--base-url', 'https://desk.example/']).out)
    expect(ld).toMatchObject({ '@type': 'ClaimReview', url: 'https://desk.example/#/topics/bamex-dates', reviewRating: { alternateName: 'Needs review' } })
    expect(ld.itemReviewed.appearance.some((a: { url?: string }) => a.url === 'https://example.org/bamex')).toBe(true)
    writeFileSync(file, '{"format": "claim-compare-workspace"')
    expect(exportCli(['--workspace', file]).err).toMatch(/workspace\.json: not valid JSON/)
  })

  it('refuses a bad format or language with a message that says what it takes', () => {
    expect(exportCli(['--format', 'pdf']).err).toMatch(/--format must be one of md, csv, claimreview, json/)
    expect(exportCli(['--lang', 'fr']).err).toMatch(/--lang must be one of ar, en/)
  })

  it('refuses an unknown topic or option, naming what there is', () => {
    expect(exportCli(['--topics', 'nope']).err).toMatch(/no topic "nope"; the topics are .*bamex-dates/)
    expect(exportCli(['--formt', 'md']).err).toMatch(/unknown option --formt \(did you mean --format\?\)/)
  })
})
