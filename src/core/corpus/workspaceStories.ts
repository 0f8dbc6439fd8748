// The stories of a workspace as a reader picks among them: the groups groupStories() finds (the
// embedded corpus and each story imported beside it), each named as candidateStoryName.ts names a
// story, and what an export keeps of the analysis when one story is looked at.
import type { Analysis, Source } from '../model'
import type { ExportInput } from '../export/context'
import { groupStories } from './stories'
import { storyName } from '../align/candidateStoryName'

/** One story of the workspace: its id (its first source's), its sources, and its name when its reports give one. */
export interface WorkspaceStory { id: string; sources: string[]; name: { en: string; ar: string } | null }

/** The stories of a workspace, in the order of their first source. */
export function workspaceStories(sources: Source[]): WorkspaceStory[] {
  const groups = groupStories(sources)
  const byId = new Map(sources.map((s) => [s.id, s]))
  return groups.map((ids) => {
    const own = new Set(ids)
    return { id: ids[0], sources: ids, name: groups.length > 1 ? storyName(ids.map((id) => byId.get(id)!), sources.filter((s) => !own.has(s.id))) : null }
  })
}

/** The story that holds a source (a story is remembered by one of its sources: its groups change as reports come in). */
export function storyOfSource(stories: WorkspaceStory[], sourceId: string | null): WorkspaceStory | null {
  return sourceId === null ? null : stories.find((s) => s.sources.includes(sourceId)) ?? null
}

/**
 * Whether a topic is about the story: a figure of it comes from one of the story's sources, or
 * (a topic with none yet) it was made from one of them.
 */
export function topicInStory(topic: { story?: string[] }, sourceIds: readonly string[], members: ReadonlySet<string>): boolean {
  return sourceIds.some((id) => members.has(id)) || (!sourceIds.length && !!topic.story?.some((id) => members.has(id)))
}

/**
 * The analysis an export reads when one story is looked at: its sources, their figures, the topics
 * about it and their comparisons; a topic keeps every figure it holds (its verdict was judged on them).
 */
export function analysisOfStory(a: Analysis, members: ReadonlySet<string>): Analysis {
  const sourceOf = new Map(a.claims.map((c) => [c.id, c.source]))
  const held = new Map<string, string[]>()
  for (const x of a.assignments) held.set(x.topicId, [...(held.get(x.topicId) ?? []), sourceOf.get(x.claimId) ?? ''])
  const topics = a.topics.filter((t) => topicInStory(t, held.get(t.id) ?? [], members))
  const kept = new Set(topics.map((t) => t.id))
  const assignments = a.assignments.filter((x) => kept.has(x.topicId))
  const claimsKept = new Set(assignments.map((x) => x.claimId))
  // (A topic's figures from another story's reports keep their sources: the report quotes them.)
  const quoted = new Set(assignments.map((x) => sourceOf.get(x.claimId)))
  return {
    ...a,
    sources: a.sources.filter((s) => members.has(s.id) || quoted.has(s.id)),
    claims: a.claims.filter((c) => members.has(c.source) || claimsKept.has(c.id)),
    topics,
    assignments,
    comparisons: a.comparisons.filter((c) => kept.has(c.topic)),
    candidates: a.candidates.filter((c) => c.sources.some((id) => members.has(id))),
    unassigned: a.unassigned.filter((id) => members.has(sourceOf.get(id) ?? '')),
  }
}

/** An export's input narrowed to one story (none: the whole workspace). */
export function exportOfStory(input: ExportInput, members: ReadonlySet<string> | null): ExportInput {
  return members ? { ...input, analysis: analysisOfStory(input.analysis, members) } : input
}
