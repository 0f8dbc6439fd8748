// A newsroom's archive made from the development reports: N sources, each a report of one story of
// the corpus directories given (a headline, then paragraphs drawn from that story's reports in a new
// order, some figures moved a little, a publication date a few days off), one in twenty a relay of
// an earlier one. Deterministic: the same seed and N give the same archive. Written as a corpus directory
// (sources.json, sources/, topics.json) for the CLI, and as a workspace file for the browser.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Source, Topic } from '../../../src/core/model'
import { loadCorpusDir } from '../../../src/cli/args'
import { buildWorkspaceFile, serializeWorkspace, textHash, type StoredSource } from '../../../src/core/workspace'

/** mulberry32: a small seeded generator, enough for shuffling. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The story a report belongs to: its id without the language and the number ("ar-derna-04" → "derna"). */
const storyOf = (s: Source) => s.id.replace(/^(ar|en|fr)-/, '').replace(/-\d+$/, '')

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** The reports of the corpus directories, read and checked as the CLI reads them. */
export function baseReports(dirs: string[]): Source[] {
  return dirs.flatMap((d) => loadCorpusDir(d))
}

/** N sources made from `base`, in a deterministic order. */
export function generate(base: Source[], n: number, seed = 13): Source[] {
  const r = rng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  const byStory = new Map<string, Source[]>()
  for (const s of base) byStory.set(`${storyOf(s)}|${s.lang}`, [...(byStory.get(`${storyOf(s)}|${s.lang}`) ?? []), s])
  const seen = new Set<string>()
  const out: Source[] = []
  while (out.length < n) {
    const i = out.length
    const id = `g${String(i).padStart(6, '0')}`
    // One in twenty relays an earlier generated report (an agency story republished).
    if (i > 10 && r() < 0.05) {
      const orig = out[Math.floor(r() * out.length)]
      const text = `${orig.text}\n${pick(['(نقلاً عن وكالة)', '(via agency)', '(dépêche)'])} ${id}`
      out.push({ ...orig, id, text, title: `${orig.title} (relay)`, outlet: `Relay ${i % 97}`, relays: orig.id, via: orig.outlet })
      continue
    }
    // A report of its own on a story: the headline of one report, then three to six paragraphs drawn
    // from all the reports of that story in that language, in a new order.
    const s = pick(base)
    const pool = [...new Set((byStory.get(`${storyOf(s)}|${s.lang}`) ?? [s]).flatMap((x) => x.text.split(/\n+/).slice(1).filter((p) => p.trim().length > 40)))]
    const head = s.text.split(/\n+/)[0]
    const kept: string[] = []
    for (let k = 0, want = 3 + Math.floor(r() * 4); k < want && pool.length; k++) kept.push(...pool.splice(Math.floor(r() * pool.length), 1))
    // Light variation: a number in one paragraph in four moves by up to 10 %, and about one word in
    // ten (letters only, away from digits) is left out, as an editor trims copy; without it every
    // report drawn from the same paragraphs would be a near-copy of the others.
    const varied = kept.map((p) => (r() < 0.25 ? p.replace(/\d{2,}/u, (d) => String(Math.max(1, Math.round(Number(d) * (0.9 + r() * 0.2))))) : p))
      .map((p) => p.split(' ').filter((w, k, ws) => !(/^\p{L}{4,}$/u.test(w) && !/\d/.test(`${ws[k - 1] ?? ''}${ws[k + 1] ?? ''}`) && r() < 0.1)).join(' '))
    const text = [head, ...varied].join('\n')
    const hash = textHash(text)
    if (seen.has(hash)) continue
    seen.add(hash)
    const published = s.published ? addDays(s.published, Math.floor(r() * 20) - 5) : null
    out.push({ ...s, id, text, published, window: published ? null : s.window, relays: null, title: `${s.title} · ${i}`, url: null, origin: 'imported' })
  }
  return out
}

/** Writes the archive as a corpus directory and as a workspace file; returns their paths. */
export function writeArchive(dir: string, sources: Source[], topics: Topic[]): { corpus: string; workspace: string; chars: number } {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'sources'), { recursive: true })
  for (const s of sources) writeFileSync(join(dir, 'sources', `${s.id}.txt`), s.text)
  const meta = sources.map((s) => ({ id: s.id, file: `sources/${s.id}.txt`, title: s.title, lang: s.lang, outlet: s.outlet, via: s.via, relays: s.relays ?? null, kind: s.kind, published: s.published, window: s.window, url: s.url ?? null }))
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ version: 1, sources: meta }, null, 1))
  writeFileSync(join(dir, 'topics.json'), JSON.stringify({ version: 1, topics }, null, 1))
  const at = '2026-01-01T00:00:00.000Z'
  const stored: StoredSource[] = sources.map((s) => ({ ...s, origin: 'imported', hash: textHash(s.text), importedAt: at, fileName: null }))
  const file = buildWorkspaceFile({ reviewer: null, sources: stored, corrections: { claims: [], added: [], topics: topics.map((t) => ({ ...t, at, reviewer: 'bench' })), weights: {} }, reviews: [], audit: [] }, at, 'claim-compare bench:scale')
  const workspace = join(dir, 'workspace.json')
  writeFileSync(workspace, serializeWorkspace(file))
  return { corpus: dir, workspace, chars: sources.reduce((n, s) => n + s.text.length, 0) }
}
