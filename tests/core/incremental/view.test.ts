// viewDiff: what a page that shows a view kept from another session must be sent to show this one.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Corrections, Topic } from '../../../src/core/model'
import { analyze } from '../../../src/core/pipeline'
import { buildCorpus } from '../../../src/core/corpus/load'
import { parseTopics } from '../../../src/core/align/schema'
import { applyPatch, viewDiff, viewOf } from '../../../src/core/incremental'

const read = (f: string) => readFileSync(`data/${f}`, 'utf8')
const seed = buildCorpus('data/sources.json', JSON.parse(read('sources.json')), read)
const topics: Topic[] = parseTopics('data/topics.json', JSON.parse(read('topics.json')))
const none = (): Corrections => ({ claims: {}, added: [], topics: [], weights: {} })

describe('viewDiff', () => {
  const before = viewOf(analyze(seed, topics), none())

  it('sends nothing when the view is the same, even as new objects', () => {
    expect(viewDiff(before, structuredClone(before))).toEqual({})
  })

  it('sends only the row a correction touches, and the counts and figures it moves', () => {
    const row = before.rows.find((r) => r.topic.id === 'wagner-personnel')!
    const fixes: Corrections = { ...none(), claims: { [row.claims[0].id]: { claimId: row.claims[0].id, status: 'wrong-extraction' } } }
    const after = viewOf(analyze(seed, topics, { corrections: fixes }), fixes)
    const patch = viewDiff(before, after)
    expect(patch.rows?.map((r) => r.topic.id)).toEqual(['wagner-personnel'])
    expect(patch.sources).toBeUndefined()
    expect(patch.topics).toBeUndefined()
    expect(patch.extra?.map((c) => c.id)).toContain(row.claims[0].id)
    expect(applyPatch(before, patch)).toEqual(after)
  })

  it('sends every row and the sources when a source is gone', () => {
    const fewer = seed.slice(1)
    const after = viewOf(analyze(fewer, topics), none())
    const patch = viewDiff(before, after)
    expect(patch.sources?.map((s) => s.id)).toEqual(fewer.map((s) => s.id))
    expect(applyPatch(before, patch)).toEqual(after)
  })
})
