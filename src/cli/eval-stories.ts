// npm run eval:stories -- [--data <dir>] [--join <similarity>]
// How well groupStories() (src/core/corpus/stories.ts) finds the stories of a workspace from the
// texts and publication days. The known story of a source is the second part of its id
// ("ar-hajj-01": hajj), as in tests/fixtures/news. Prints the similarity of pairs within and across
// stories (before the publication days are weighed), the groups found, pair precision and recall,
// on the whole corpus, on each story alone and on every workspace of three of its stories.
import { join, resolve } from 'node:path'
import { groupStories, pairAgreement, storySimilarities, STORY_JOIN } from '../core/corpus/stories'
import { DEFAULT_DATA, loadCorpusDir, parseArgs, run } from './args'

const DEV = join(resolve(DEFAULT_DATA, '../tests/fixtures/news'), 'dev')
const storyOf = (id: string) => id.split('-')[1] ?? id
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(p * (s.length - 1))].toFixed(3) : '-' }

run(() => {
  const { flags } = parseArgs(process.argv.slice(2), { values: { data: 'dir', join: 'similarity' } })
  const sources = loadCorpusDir(typeof flags.data === 'string' ? flags.data : DEV)
  const joinAt = typeof flags.join === 'string' ? Number(flags.join) : STORY_JOIN
  const sim = storySimilarities(sources)
  const within: number[] = []
  const across: number[] = []
  const withinAcrossLang: number[] = []
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const s = sim.get(i)?.get(j) ?? 0
      if (storyOf(sources[i].id) !== storyOf(sources[j].id)) { across.push(s); continue }
      within.push(s)
      if (sources[i].lang !== sources[j].lang) withinAcrossLang.push(s)
    }
  }
  const stories = [...new Set(sources.map((s) => storyOf(s.id)))]
  console.log(`${sources.length} sources, ${stories.length} stories; similarity (cosine) of pairs:`)
  console.log(`  within a story   p10 ${q(within, 0.1)}  p50 ${q(within, 0.5)}   (across languages p10 ${q(withinAcrossLang, 0.1)}  p50 ${q(withinAcrossLang, 0.5)})`)
  console.log(`  across stories   p50 ${q(across, 0.5)}  p90 ${q(across, 0.9)}  p99 ${q(across, 0.99)}`)
  const all = groupStories(sources, joinAt)
  const whole = pairAgreement(all, storyOf)
  console.log(`all ${stories.length} stories: ${all.length} groups, pair precision ${whole.precision.toFixed(3)}, recall ${whole.recall.toFixed(3)}`)
  for (const g of all) console.log(`  ${g.join(' ')}`)
  // Every story loaded alone, as eval:compare reads candidates: it must stay one group.
  const alone = stories.filter((st) => groupStories(sources.filter((s) => storyOf(s.id) === st), joinAt).length === 1)
  console.log(`each story alone: ${alone.length} of ${stories.length} found as one group${alone.length < stories.length ? ` (split: ${stories.filter((st) => !alone.includes(st)).join(', ')})` : ''}`)
  // Every workspace of three stories, as a newsroom following a few at once would hold.
  let exact = 0
  let n = 0
  let p = 0
  let r = 0
  for (let a = 0; a < stories.length; a++) for (let b = a + 1; b < stories.length; b++) for (let c = b + 1; c < stories.length; c++) {
    const pick = new Set([stories[a], stories[b], stories[c]])
    const groups = groupStories(sources.filter((s) => pick.has(storyOf(s.id))), joinAt)
    const score = pairAgreement(groups, storyOf)
    n++
    p += score.precision
    r += score.recall
    if (score.precision === 1 && score.recall === 1) exact++
  }
  console.log(`workspaces of 3 stories: ${n}; found exactly ${exact}; mean pair precision ${(p / n).toFixed(3)}, recall ${(r / n).toFixed(3)}`)
})
