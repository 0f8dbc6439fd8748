import { computed, ref } from 'vue'
import { useRouter, type Router } from 'vue-router'
import { namedStories, storyOfSource, topicInStory, type WorkspaceStory } from '../../core/corpus/workspaceStories'
import { useAnalysisStore } from '../stores/analysis'
import { useReviewStore } from '../stores/review'
import { useI18n } from 'vue-i18n'
import { useSay } from './useSay'
import { sourceWord } from '../../core/corpus/words'

export const STORY_KEY = 'claim-compare.story'
/** The URL query that carries the story looked at (one of its sources' ids). */
export const STORY_QUERY = 'story'

// The story looked at is remembered by one of its sources, in this browser, as the theme and the
// language are: the groups of a workspace change as reports come in, a source stays in its story.
// It is in the URL too (?story=…), so a link opens the view it was copied from; a link's story
// wins over the one remembered.
function stored(): string | null {
  try {
    return localStorage.getItem(STORY_KEY)
  } catch {
    return null
  }
}
const chosen = ref<string | null>(stored())
function remember(storyId: string | null) {
  chosen.value = storyId
  try {
    if (storyId === null) localStorage.removeItem(STORY_KEY)
    else localStorage.setItem(STORY_KEY, storyId)
  } catch { /* private mode: not remembered */ }
}

/**
 * Keeps the story looked at in every page's URL: a link that names one chooses it; a page opened
 * without one gets the story chosen added (the navigation, push or replace, stays what it was).
 */
export function keepStoryInUrl(router: Router): void {
  router.beforeEach((to) => {
    const asked = to.query[STORY_QUERY]
    if (typeof asked === 'string' && asked) {
      if (asked !== chosen.value) remember(asked)
      return true
    }
    if (chosen.value === null) return true
    return { path: to.path, hash: to.hash, query: { ...to.query, [STORY_QUERY]: chosen.value } }
  })
}
/** A story's name is cut after this many characters (an article's title may run long). */
const TITLE = 48

/**
 * The story of the workspace the pages show (the embedded corpus and a story imported beside it
 * are two): the overview, topics, candidates, matrix, sources and exports keep to it. Null: all.
 */
export function useStory() {
  const analysis = useAnalysisStore()
  const review = useReviewStore()
  const router = useRouter()
  /** The stories, named as editors renamed them, else as their reports name them. */
  const stories = computed<WorkspaceStory[]>(() => namedStories(analysis.stories, review.storyNames ?? []))
  /** The story shown, while the workspace has more than one (a story that is gone shows all). */
  const current = computed(() => (stories.value.length > 1 ? storyOfSource(stories.value, chosen.value) : null))
  const members = computed(() => (current.value ? new Set(current.value.sources) : null))
  /** Looks at one story (null: all), and says so in the URL of the page shown. */
  function choose(storyId: string | null) {
    remember(storyId)
    const route = router?.currentRoute.value
    if (!route) return
    const { [STORY_QUERY]: _was, ...query } = route.query
    void router.replace({ path: route.path, hash: route.hash, query: storyId === null ? query : { ...query, [STORY_QUERY]: storyId } })
  }
  /** Whether a source belongs to the story shown (every source does when none is chosen). */
  const inStory = (sourceId: string) => !members.value || members.value.has(sourceId)
  /** Whether a topic is about the story shown. */
  const topicShown = (topic: { story?: string[] }, sourceIds: readonly string[]) => !members.value || topicInStory(topic, sourceIds, members.value)
  const { t } = useI18n()
  const { lang, count } = useSay()
  /** A story's name in a language, uncut: the one an editor gave, the built-in articles as such, the one its reports give, else its first article's title. */
  function title(s: WorkspaceStory, l: 'en' | 'ar' = lang.value): string {
    if (s.renamed && s.name) return s.name[l]
    if (s.sources.every((id) => analysis.source(id)?.origin === 'embedded')) return t('nav.storyBuiltIn', {}, { locale: l })
    const first = analysis.source(s.sources[0])
    return s.name?.[l] ?? ((first ? sourceWord(first, 'title', l)?.text : null) || s.id)
  }
  /** A story by its name (cut when long), with its articles counted. */
  function label(s: WorkspaceStory): string {
    const name = title(s)
    const short = name.length > TITLE ? `${name.slice(0, TITLE - 1).trimEnd()}…` : name
    return `${short} (${count(s.sources.length, 'article')})`
  }
  return { stories, current, members, choose, inStory, topicShown, label, title }
}
