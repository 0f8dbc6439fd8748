import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { locate } from '../../src/core/extract/evaluate'
import { loadCorpusDir } from '../../src/cli/args'
import type { GoldTopic } from '../../src/core/align/evaluate'

// Every story set under tests/fixtures/news that `eval:compare --data` scores holds what its gold
// names: each member is found in its report at its occurrence, on one line, and each topic's
// story is the one its members' reports tell. A gold that cannot be located would score nothing.
const NEWS = resolve(__dirname, '../fixtures/news')
const sets = readdirSync(NEWS).filter((d) => existsSync(join(NEWS, d, 'comparisons.json')) && existsSync(join(NEWS, d, 'sources.json')))

describe.each(sets)('news set %s', (set) => {
  const dir = join(NEWS, set)
  const gold = JSON.parse(readFileSync(join(dir, 'comparisons.json'), 'utf8'))[set] as GoldTopic[]
  const texts = new Map(loadCorpusDir(dir).map((s) => [s.id, s.text]))
  it('has topics with unique ids', () => {
    expect(gold.length).toBeGreaterThan(0)
    expect(new Set(gold.map((t) => t.id)).size).toBe(gold.length)
  })
  it('locates every member in its report, on one line, in a report of its story', () => {
    const lost = gold.flatMap((t) => t.members.filter((m) => {
      const span = texts.has(m.source) ? locate(texts.get(m.source)!, m) : null
      return !span || m.text.includes('\n') || m.source.split('-')[1] !== t.story
    }).map((m) => `${t.id}: ${m.source} «${m.text}» #${m.occurrence}`))
    expect(lost).toEqual([])
  })
})
