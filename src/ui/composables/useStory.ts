import { computed, ref } from 'vue'
import { storyOfSource, topicInStory, type WorkspaceStory } from '../../core/corpus/workspaceStories'
import { useAnalysisStore } from '../stores/analysis'
import { useI18n } from 'vue-i18n'
import { useSay } from './useSay'

export const STORY_KEY = 'claim-compare.story'

// The story looked at is remembered by one of its sources, in this browser, as the theme and the
// language are: the groups of a workspace change as reports come in, a source stays in its story.
function stored(): string | null {
  try {
    return localStorage.getItem(STORY_KEY)
  } catch {
    return null
  }
}
const chosen = ref<string | null>(stored())
/** A story's name is cut after this many characters (an article's title may run long). */
const TITLE = 48

/**
 * The story of the workspace the pages show (the embedded corpus and a story imported beside it
 * are two): the overview, topics, candidates, matrix, sources and exports keep to it. Null: all.
 */
export function useStory() {
  const analysis = useAnalysisStore()
  const stories = computed<WorkspaceStory[]>(() => analysis.stories)
  /** The story shown, while the workspace has more than one (a story that is gone shows all). */
  const current = computed(() => (stories.value.length > 1 ? storyOfSource(stories.value, chosen.value) : null))
  const members = computed(() => (current.value ? new Set(current.value.sources) : null))
  function choose(storyId: string | null) {
    chosen.value = storyId
    try {
      if (storyId === null) localStorage.removeItem(STORY_KEY)
      else localStorage.setItem(STORY_KEY, storyId)
    } catch { /* private mode: not remembered */ }
  }
  /** Whether a source belongs to the story shown (every source does when none is chosen). */
  const inStory = (sourceId: string) => !members.value || members.value.has(sourceId)
  /** Whether a topic is about the story shown. */
  const topicShown = (topic: { story?: string[] }, sourceIds: readonly string[]) => !members.value || topicInStory(topic, sourceIds, members.value)
  const { t } = useI18n()
  const { lang, count, word } = useSay()
  /** A story by the name its reports give it, else its first article's title, with its articles counted; the built-in articles as such. */
  function label(s: WorkspaceStory): string {
    const articles = count(s.sources.length, 'article')
    if (s.sources.every((id) => analysis.source(id)?.origin === 'embedded')) return `${t('nav.storyBuiltIn')} (${articles})`
    const first = analysis.source(s.sources[0])
    const title = s.name?.[lang.value] ?? (first ? word(first, 'title') : '')
    const short = title.length > TITLE ? `${title.slice(0, TITLE - 1).trimEnd()}…` : title || s.id
    return `${short} (${articles})`
  }
  return { stories, current, members, choose, inStory, topicShown, label }
}
