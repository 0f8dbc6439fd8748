// The embedded corpus, bundled at build time so the app works offline.
import type { Source } from '../core/model'
import { buildCorpus } from '../core/corpus/load'
import sourcesJson from '../../data/sources.json'

const texts = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The five seed sources (or whatever data/ holds at build time), validated like the CLI does. */
export function embeddedSources(): Source[] {
  return buildCorpus('data/sources.json', sourcesJson, (file) => texts[`../../data/${file}`])
}

const topicsFiles = import.meta.glob('../../data/topics.json', { import: 'default', eager: true }) as Record<string, unknown>

/** The topic definitions of data/topics.json, validated. (Until the alignment lands: none.) */
export function embeddedTopics(): import('../core/model').Topic[] {
  const raw = topicsFiles['../../data/topics.json'] as { topics?: import('../core/model').Topic[] } | undefined
  return raw?.topics ?? []
}
