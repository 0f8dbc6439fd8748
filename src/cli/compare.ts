// npm run compare -- [--data <dir>] [--json]: each topic's verdict, explanation, consensus and figures.
import { analyzeCorpus } from '../core/incremental'
import { dataDir, loadCorpusDir, loadTopicsDir, parseArgs, run } from './args'
import { topicClaimJson } from './topics-json'

run(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { booleans: ['json'], values: { data: 'dir' } })
  if (positional.length) throw new Error(`unexpected argument "${positional[0]}" (usage: npm run compare -- [--data <dir>] [--json])`)
  const dir = dataDir(flags)
  // The incremental engine gives analyze()'s result without comparing every pair of sources.
  const a = analyzeCorpus(loadCorpusDir(dir), loadTopicsDir(dir))
  const byId = new Map(a.claims.map((c) => [c.id, c]))
  if (flags.json) {
    console.log(JSON.stringify({
      comparisons: a.comparisons.map((c) => ({
        topic: c.topic, verdict: c.verdict, reason: c.reason, explanation: c.explanation, independentSources: c.independentSources, outlets: c.outlets, folded: c.folded,
        consensus: c.consensus, withinSource: c.withinSource, weak: c.weak ?? [], claims: c.claims.map((id) => topicClaimJson(a, byId.get(id)!)),
      })),
    }, null, 1))
    return
  }
  for (const c of a.comparisons) {
    const t = a.topics.find((x) => x.id === c.topic)!
    console.log(`\n${c.verdict.toUpperCase().padEnd(16)} ${t.id}: ${t.label.en}`)
    console.log(`  ${c.explanation.en}`)
    console.log(`  ${c.explanation.ar}`)
    console.log(`  outlets: ${c.outlets ?? c.independentSources}, independent origins: ${c.independentSources}${c.folded.length ? `; folded: ${c.folded.map((f) => f.why).join('; ')}` : ''}`)
    if (c.consensus?.interval) console.log(`  consensus: [${c.consensus.interval.lo}, ${c.consensus.interval.hi}] held by ${c.consensus.interval.count}; median ${c.consensus.median}; spread ${c.consensus.spread}${c.consensus.outliers.length ? `; outliers ${c.consensus.outliers.join(', ')}` : ''}`)
    for (const w of c.withinSource) console.log(`  within source ${w.source}: ${w.why}`)
    // A figure placed on weak evidence that the verdict set aside is marked with why.
    const weak = new Map((c.weak ?? []).map((w) => [w.claim, w.why]))
    for (const id of c.claims) { const cl = byId.get(id)!; console.log(`    ${cl.source}  ${cl.text}${weak.has(id) ? `  (set aside, weak placement: ${weak.get(id)})` : ''}`) }
  }
})
