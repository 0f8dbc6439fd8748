import type { CandidateTopic, Claim, Source } from '../model'
import { foldKey } from '../text/normalize'
import { entityKey } from '../entities/fold'

// Candidate topics: unassigned figures from two or more sources that share an entity (a quoted
// name or a capitalised/named word near the figure), a kind and a unit, ranked by sources spanned.

const NAME = /"([^"\n]{2,40})"|“([^”\n]{2,40})”|«([^»\n]{2,40})»/gu
const GENERIC = new Set(['مالي', 'روسيا', 'تركيا', 'فرنسا', 'باماكو'].map(foldKey))

export function discoverCandidates(claims: Claim[], sources: Source[]): CandidateTopic[] {
  const text = new Map(sources.map((s) => [s.id, s.text]))
  const groups = new Map<string, { entity: string; claims: Claim[] }>()
  for (const c of claims) {
    const src = text.get(c.source)
    if (!src) continue
    for (const name of namesNear(src, c)) {
      const key = `${entityKey(name)}|${c.quantity.kind}|${c.quantity.unit ?? ''}`
      const g = groups.get(key) ?? { entity: name, claims: [] }
      if (!g.claims.includes(c)) g.claims.push(c)
      groups.set(key, g)
    }
  }
  const out: CandidateTopic[] = []
  for (const [key, g] of groups) {
    const srcs = [...new Set(g.claims.map((c) => c.source))]
    if (srcs.length < 2) continue
    const [, kind, unit] = key.split('|')
    out.push({ key, entity: g.entity, kind: kind as CandidateTopic['kind'], unit: unit || null, claims: g.claims.map((c) => c.id), sources: srcs })
  }
  return out.sort((a, b) => b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.key.localeCompare(b.key))
}

// Names in the claim's sentence: quoted phrases, and the counted noun's head.
function namesNear(text: string, c: Claim): string[] {
  const sentence = text.slice(c.sentence.start, c.sentence.end)
  const names: string[] = []
  for (const m of sentence.matchAll(NAME)) names.push((m[1] ?? m[2] ?? m[3]).trim())
  if (c.counted) names.push(c.counted.split(/\s+/)[0])
  return names.filter((n) => entityKey(n).length >= 2 && !GENERIC.has(foldKey(n)))
}
