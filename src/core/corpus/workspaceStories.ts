// The stories of a workspace as a reader picks among them: the groups groupStories() finds (the
// embedded corpus and each story imported beside it), each named as candidateStoryName.ts names a
// story, and what an export keeps of the analysis when one story is looked at.
import type { Analysis, AuditEntry, Source } from '../model'
import type { ExportInput } from '../export/context'
import { LABEL_JOIN } from '../workspace/review'
import { groupStories } from './stories'
import { storyTitle } from '../align/candidateStoryName'

/** One story of the workspace: its id (its first source's), its sources, and its name when its reports give one. */
export interface WorkspaceStory {
  id: string
  sources: string[]
  name: { en: string; ar: string } | null
  /** True when an editor gave the name (it stands over any other, the built-in articles' too). */
  renamed?: boolean
}

/** The stories of a workspace, in the order of their first source. */
export function workspaceStories(sources: Source[]): WorkspaceStory[] {
  const groups = groupStories(sources)
  const byId = new Map(sources.map((s) => [s.id, s]))
  return groups.map((ids) => {
    const own = new Set(ids)
    return { id: ids[0], sources: ids, name: groups.length > 1 ? storyTitle(ids.map((id) => byId.get(id)!), sources.filter((s) => !own.has(s.id))) : null }
  })
}

/**
 * A story's name as an editor gave it: kept by one of its sources (a story is remembered so, as its
 * groups change while reports come in), with who named it and when.
 */
export interface StoredStoryName { source: string; label: { en: string; ar: string }; at: string; reviewer: string }

/** Where a story's renamings are filed in the audit trail (by the source it is kept by). */
export const storyTarget = (sourceId: string) => `story:${sourceId}`

/** The name an editor gave a story, of those stored: the newest given to any of its sources. */
export function givenName(story: WorkspaceStory, names: readonly StoredStoryName[]): StoredStoryName | null {
  const members = new Set(story.sources)
  let best: StoredStoryName | null = null
  for (const n of names) if (members.has(n.source) && (!best || Date.parse(n.at) > Date.parse(best.at))) best = n
  return best
}

/** The stories with the names editors gave them in place of the names read from their reports. */
export function namedStories(stories: WorkspaceStory[], names: readonly StoredStoryName[]): WorkspaceStory[] {
  if (!names.length) return stories
  return stories.map((s) => { const given = givenName(s, names); return given ? { ...s, name: given.label, renamed: true } : s })
}

/**
 * A story under a new name, kept by the story's own id, and the audit entry that says so (as a
 * topic's renaming: "old → new", each "English ‖ Arabic"); null when the name is empty or
 * unchanged. A name given in one language only names it in both. `shown` is the name it had.
 */
export function renamedStory(story: WorkspaceStory, shown: { en: string; ar: string }, label: { en: string; ar: string }, stamp: { at: string; reviewer: string }): { name: StoredStoryName; audit: AuditEntry } | null {
  const en = label.en.trim() || label.ar.trim()
  const ar = label.ar.trim() || label.en.trim()
  if (!en || (en === shown.en && ar === shown.ar)) return null
  const joined = (l: { en: string; ar: string }) => (l.ar && l.ar !== l.en ? `${l.en} ${LABEL_JOIN} ${l.ar}` : l.en)
  return {
    name: { source: story.id, label: { en, ar }, at: stamp.at, reviewer: stamp.reviewer },
    audit: { at: stamp.at, reviewer: stamp.reviewer, target: storyTarget(story.id), action: 'rename-story', detail: `${joined(shown)} → ${joined({ en, ar })}` },
  }
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
 * The topics a figure of one article may be placed in: those about the story looked at, or about
 * the article's own story when it lies outside that one (a link opened it); with no story chosen,
 * every topic, its own story's first.
 */
export function topicsForSource<R extends { topic: { story?: string[] }; sourceIds: readonly string[] }>(rows: readonly R[], stories: WorkspaceStory[], shown: WorkspaceStory | null, sourceId: string): R[] {
  const story = shown?.sources.includes(sourceId) ? shown : storyOfSource(stories, sourceId)
  if (!story) return [...rows]
  const members = new Set(story.sources)
  const own = rows.filter((r) => topicInStory(r.topic, r.sourceIds, members))
  return shown ? own : [...own, ...rows.filter((r) => !own.includes(r))]
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
