// npm run eval:compare -- [--data <dir>] [--gold <file>] [--split dev|test] [--verbose]
// Placement (precision, recall, F1), verdict accuracy and candidate-topic recall against the gold
// comparisons (tests/fixtures/news/comparisons.json). Topics are built from the gold topics' own
// words (label and measure) as a reader would type them; candidates are discovered with no topics,
// story by story. Without --data, scores the news dev and test splits (only the one --split names).
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { analyze } from '../core/pipeline'
import { extractClaims } from '../core/extract'
import { topicFromText } from '../core/align/topicFromText'
import { candidateFound, goldAssignments, placementErrors, scoreTopics, type GoldTopic, type StoryScore } from '../core/align/evaluate'
import { compareTopics } from '../core/compare'
import type { CandidateTopic, Claim, Source, Topic } from '../core/model'
import { locate } from '../core/extract/evaluate'
import { DEFAULT_DATA, loadCorpusDir, parseArgs, run } from './args'
import { idTable } from '../core/ids'
import { printVerdictMisses } from './verdict-misses'

const NEWS = resolve(DEFAULT_DATA, '../tests/fixtures/news')
const TOP = 10
const pct = (x: number) => `${(100 * x).toFixed(1)}%`

run(() => {
  const { flags } = parseArgs(process.argv.slice(2), { booleans: ['verbose'], values: { data: 'dir', gold: 'file.json', split: 'dev|test' } })
  const goldFile = typeof flags.gold === 'string' ? flags.gold : join(NEWS, 'comparisons.json')
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldTopic[]>
  const splits = typeof flags.data === 'string'
    ? [{ dir: flags.data, split: typeof flags.split === 'string' ? flags.split : basename(resolve(flags.data)) }]
    : ['dev', 'test'].filter((split) => typeof flags.split !== 'string' || split === flags.split).map((split) => ({ dir: join(NEWS, split), split })).filter((s) => existsSync(join(s.dir, 'sources.json')))
  for (const { dir, split } of splits) {
    const topics = gold[split]
    if (!Array.isArray(topics)) throw new Error(`${goldFile}: no "${split}" topics (give --split)`)
    report(split, loadCorpusDir(dir), topics, !!flags.verbose && split !== 'test')
  }
})

function report(split: string, sources: Source[], gold: GoldTopic[], verbose: boolean): void {
  // By source id: id tables, so a lookup never finds an Object member (core/ids.ts).
  const texts = idTable(sources.map((s) => [s.id, s.text]))
  const extracted = idTable(sources.map((s) => [s.id, extractClaims(s)]))
  const topics = gold.map((t) => topicFromText({ id: t.id, label: t.label, measure: t.measure, kind: t.kind })).filter((t): t is Topic => !!t)
  // A newsroom follows one story at a time: each story's topics over that story's reports.
  const storyOf = (id: string) => id.split('-')[1]
  const stories = [...new Set(gold.map((t) => t.story))]
  const parts = stories.map((story) => analyze(sources.filter((s) => storyOf(s.id) === story), topics.filter((t) => gold.find((g) => g.id === t.id)!.story === story), { extracted }))
  const analysis = { ...parts[0], claims: parts.flatMap((p) => p.claims), assignments: parts.flatMap((p) => p.assignments), comparisons: parts.flatMap((p) => p.comparisons), topics }
  const { perStory, total } = scoreTopics(analysis, gold, texts)
  // Candidates: each story's reports imported with no topics, as a newsroom would start.
  for (const row of perStory) {
    const own = sources.filter((s) => storyOf(s.id) === row.story)
    const a = analyze(own, [], { extracted })
    const claims = new Map<string, Claim>(a.claims.map((c) => [c.id, c]))
    const top = a.candidates.slice(0, TOP)
    const wanted = gold.filter((t) => t.story === row.story && new Set(t.members.map((m) => m.source)).size >= 2)
    const found = wanted.filter((t) => candidateFound(t, top, claims, texts)).length
    row.candidates = { found, of: wanted.length, rate: wanted.length ? found / wanted.length : 1 }
    if (verbose) candidateMisses(wanted, a.candidates, claims, texts)
  }
  total.candidates = perStory.reduce((acc, r) => ({ found: acc.found + r.candidates!.found, of: acc.of + r.candidates!.of, rate: 0 }), { found: 0, of: 0, rate: 0 })
  total.candidates.rate = total.candidates.of ? total.candidates.found / total.candidates.of : 1
  // The verdicts alone: each story's topics judged on the gold's own placement.
  const judgedBy = stories.map((story) => {
    const own = sources.filter((s) => storyOf(s.id) === story)
    const g = gold.filter((t) => t.story === story)
    const claims = own.flatMap((s) => extracted[s.id])
    return { own, claims, comparisons: compareTopics(topics.filter((t) => g.some((x) => x.id === t.id)), claims, goldAssignments(g, claims, texts), own) }
  })
  const judged = judgedBy.flatMap((j) => j.comparisons)
  const alone = new Map<string, number>()
  for (const c of judged) {
    const g = gold.find((t) => t.id === c.topic)!
    alone.set(g.story, (alone.get(g.story) ?? 0) + (c.verdict === g.verdict ? 1 : 0))
  }
  for (const r of perStory) r.verdictsAlone = alone.get(r.story) ?? 0
  total.verdictsAlone = [...alone.values()].reduce((a, b) => a + b, 0)
  console.log(`\nnews/${split}: ${sources.length} reports, ${gold.length} gold topics (${topics.length} built from their words)`)
  console.log('story      placement P    R      F1   | verdicts        | on gold placement | candidates in top 10')
  for (const r of [...perStory, total]) line(r)
  if (verbose) {
    details(analysis, gold, topics, texts)
    for (const j of judgedBy) printVerdictMisses(j.comparisons, gold, j.claims, j.own)
    const built = new Set(topics.map((t) => t.id))
    for (const t of gold.filter((x) => !built.has(x.id))) console.log(`\nGOLD-PLACEMENT ${t.id}: gold ${t.verdict}, no topic built from its words`)
  }
}

/** Each gold topic not among the top candidates, with the candidate that holds most of its figures: its rank, and how many of its figures are the topic's. */
function candidateMisses(wanted: GoldTopic[], candidates: CandidateTopic[], claims: Map<string, Claim>, texts: Record<string, string>): void {
  for (const t of wanted.filter((x) => !candidateFound(x, candidates.slice(0, TOP), claims, texts))) {
    const spans = t.members.flatMap((m) => { const s = locate(texts[m.source] ?? '', m); return s ? [{ source: m.source, ...s }] : [] })
    const holds = (id: string) => { const c = claims.get(id); return !!c && spans.some((g) => g.source === c.source && Math.min(g.end, c.span.end) > Math.max(g.start, c.span.start)) }
    const best = candidates.map((c, i) => ({ c, i, hits: c.claims.filter(holds).length })).sort((x, y) => y.hits - x.hits)[0]
    console.log(`CANDIDATE ${t.id} (${t.members.length} figures, ${new Set(t.members.map((m) => m.source)).size} sources): ${best?.hits ? `best #${best.i + 1} "${best.c.label?.en ?? best.c.key}" holds ${best.hits} of its ${best.c.claims.length}` : 'in no candidate'}`)
  }
}

function line(r: StoryScore): void {
  const p = r.placement
  const c = r.candidates!
  const va = r.verdictsAlone ?? 0
  console.log(`${r.story.padEnd(10)} ${pct(p.precision).padStart(12)} ${pct(p.recall).padStart(6)} ${pct(p.f1).padStart(6)} | ${`${r.verdicts.right}/${r.verdicts.of}`.padStart(7)} ${pct(r.verdicts.rate).padStart(6)} | ${`${va}/${r.verdicts.of}`.padStart(9)} ${pct(r.verdicts.of ? va / r.verdicts.of : 1).padStart(6)}  | ${`${c.found}/${c.of}`.padStart(7)} ${pct(c.rate).padStart(6)}`)
}

function details(analysis: ReturnType<typeof analyze>, gold: GoldTopic[], topics: Topic[], texts: Record<string, string>): void {
  for (const e of placementErrors(analysis, gold, texts)) console.log(`${e.type.toUpperCase()} ${e.topic} ${e.source} «${e.text}» → ${e.where} — ${e.sentence.slice(0, 220)}`)
  const byId = new Map(analysis.comparisons.map((c) => [c.topic, c]))
  for (const t of gold) {
    const c = byId.get(t.id)
    const built = topics.find((x) => x.id === t.id)
    if (!c || c.verdict !== t.verdict) console.log(`VERDICT ${t.id}: gold ${t.verdict}, got ${c?.verdict ?? '(no topic built)'} ${built ? `[${built.concept}; ${built.entity.aliases.join('/')}]` : ''} — ${c?.explanation.en ?? ''}`)
  }
}
