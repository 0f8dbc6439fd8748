// npm run topics -- [--data <dir>] [--json]: each topic with its claims, then candidates and unassigned figures.
import { analyze } from '../core/pipeline'
import { dataDir, loadCorpusDir, loadTopicsDir, parseArgs, run } from './args'
import { topicClaimJson } from './topics-json'

run(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { booleans: ['json'], values: { data: 'dir' } })
  if (positional.length) throw new Error(`unexpected argument "${positional[0]}" (usage: npm run topics -- [--data <dir>] [--json])`)
  const dir = dataDir(flags)
  const a = analyze(loadCorpusDir(dir), loadTopicsDir(dir))
  const byId = new Map(a.claims.map((c) => [c.id, c]))
  const claimsOf = (topicId: string) => a.assignments.filter((x) => x.topicId === topicId).map((x) => byId.get(x.claimId)!)
  if (flags.json) {
    console.log(JSON.stringify({
      topics: a.topics.map((t) => ({ id: t.id, label: t.label, kind: t.kind, claims: claimsOf(t.id).map((c) => topicClaimJson(a, c)) })),
      candidates: a.candidates,
      unassigned: a.unassigned.map((id) => topicClaimJson(a, byId.get(id)!)),
    }, null, 1))
    return
  }
  for (const t of a.topics) {
    console.log(`\n## ${t.id}: ${t.label.en} (${t.kind})`)
    const cs = claimsOf(t.id)
    if (!cs.length) console.log('   (no figures)')
    for (const c of cs) {
      const j = topicClaimJson(a, c)
      const v = j.lo === j.hi ? String(j.lo) : `[${j.lo ?? '…'}, ${j.hi ?? '…'}]`
      console.log(`   ${c.source}  ${c.text}  = ${v} ${j.unit ?? ''}${j.scope ? `  scope: ${j.scope}` : ''}${j.attribution ? `  per ${j.attribution}` : ''}  (score ${j.score}: ${j.reasons.join('; ')})`)
    }
  }
  console.log(`\n## candidate topics (${a.candidates.length})`)
  for (const c of a.candidates.slice(0, 20)) console.log(`   ${c.entity} · ${c.kind}${c.unit ? ` ${c.unit}` : ''} · ${c.sources.length} sources, ${c.claims.length} figures`)
  console.log(`\n${a.unassigned.length} figures unassigned of ${a.claims.length}`)
})
