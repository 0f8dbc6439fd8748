import { z } from 'zod'
import type { Topic } from '../model'
import { describeIssues } from '../corpus/schema'
import { CorpusError } from '../corpus/load'
import { CONCEPTS, CONCEPT_BY_ID } from './measures'

const KIND = z.enum(['count', 'money', 'percent', 'rate', 'date', 'daterange', 'duration'], { error: 'must be one of count, money, percent, rate, date, daterange, duration' })

export const TopicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and -'),
  label: z.object({ en: z.string().min(1, 'must not be empty'), ar: z.string().min(1, 'must not be empty') }).strict(),
  entity: z.object({ name: z.string(), aliases: z.array(z.string().min(1)) }).strict(),
  measure: z.string().min(1, 'must say what is counted or dated'),
  kind: KIND,
  alsoKinds: z.array(KIND).optional(),
  cues: z.array(z.string().min(1)),
  concept: z.string().refine((c) => CONCEPT_BY_ID.has(c), { error: `must be one of ${CONCEPTS.map((c) => c.id).join(', ')}` }).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  scope: z.string().nullable().optional(),
  time: z.string().nullable().optional(),
  recurring: z.boolean().optional(),
  fixed: z.boolean().optional(),
  projection: z.boolean().optional(),
  elsewhere: z.boolean().optional(),
}).strict().refine((t) => t.entity.aliases.length > 0 || !!t.concept, { error: 'entity.aliases: must list at least one alias (a topic with a concept may name none: it is then about the whole story)', path: ['entity', 'aliases'] })

export const TopicsFileSchema = z.object({ version: z.literal(1), topics: z.array(TopicSchema) }).strict()

/** Validates data/topics.json; errors name the file, the topic (by id) and the field. */
export function parseTopics(fileName: string, raw: unknown): Topic[] {
  const parsed = TopicsFileSchema.safeParse(raw)
  if (!parsed.success) throw new CorpusError(describeIssues(fileName, parsed.error, raw).replace(/\(id /g, '(topic '))
  const seen = new Set<string>()
  for (const [i, t] of parsed.data.topics.entries()) {
    if (seen.has(t.id)) throw new CorpusError(`${fileName}: (topic ${t.id}) topics[${i}].id: duplicate id`)
    seen.add(t.id)
  }
  return parsed.data.topics
}
