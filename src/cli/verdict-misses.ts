// The verdicts on gold placement that differ from the gold, for `eval:compare --verbose` (dev
// only): each topic with the gold verdict, ours and our reason code, then its figures with what
// the decision reads of them (value, speaker, origin, as-of time, published day).
import type { Comparison, Source } from '../core/model'
import type { GoldTopic } from '../core/align/evaluate'
import { baseOrigin } from '../core/compare'
import { topicOrigins } from '../core/compare/relays'
import { independence } from '../core/compare/independence'
import { asOf } from '../core/compare/asof'
import { quantityCode } from '../core/quantity'
import type { Claim } from '../core/model'

export function printVerdictMisses(judged: Comparison[], gold: GoldTopic[], claims: Claim[], sources: Source[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const src = new Map(sources.map((s) => [s.id, s]))
  const { groupOf } = independence(sources)
  const group = (s: string) => groupOf.get(s) ?? s
  for (const c of judged) {
    const g = gold.find((t) => t.id === c.topic)!
    if (c.verdict === g.verdict) continue
    console.log(`\nGOLD-PLACEMENT ${c.topic}: gold ${g.verdict}, got ${c.verdict} (${c.reason?.code ?? '-'}) — gold: ${g.reason}\n  ours: ${c.explanation.en}`)
    const cs = c.claims.map((id) => byId.get(id)!).filter(Boolean)
    const origins = topicOrigins(cs, (x) => baseOrigin(x, group, src))
    for (const x of cs) {
      const s = src.get(x.source)
      const t = asOf(x, s)
      const scopes = x.scopes.map((sc) => `${sc.kind}:${sc.label}`).join(',')
      console.log(`  ${x.source.padEnd(16)} ${quantityCode(x.quantity).padEnd(34)} «${x.text}» who=${x.attribution?.who ?? '-'} origin=${origins.get(x.id)} asOf=${t ? `${t.from}..${t.to}` : '?'} published=${s?.published ?? (s?.window ? `${s.window.from}..${s.window.to}` : '?')}${x.role ? ` role=${x.role}` : ''}${scopes ? ` scopes=${scopes}` : ''}`)
    }
  }
}
