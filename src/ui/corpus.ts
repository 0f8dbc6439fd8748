// The embedded corpus, bundled at build time so the app works offline.
import type { Source, Topic } from '../core/model'
import { parseTopics } from '../core/align/schema'
import topicsJson from '../../data/topics.json'
import { buildCorpus } from '../core/corpus/load'
import sourcesJson from '../../data/sources.json'

const texts = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

/** The five seed sources (or whatever data/ holds at build time), validated like the CLI does. */
export function embeddedSources(): Source[] {
  return buildCorpus('data/sources.json', sourcesJson, (file) => texts[`../../data/${file}`])
}

/** The topic definitions of data/topics.json, validated like the CLI does (errors name file, topic and field). */
export function embeddedTopics(): Topic[] {
  return parseTopics('data/topics.json', topicsJson)
}
