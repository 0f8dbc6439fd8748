import type { Lang, Topic } from '../model'
import { conceptsIn } from './measureOf'
import { narrowingOf } from './narrowing'

// A date topic whose words name no event the product reads ("Day the UN launched its appeal",
// "Day internet service was restored") is given the day the disaster struck by its kind alone
// (topicFromText's fallback). Beside a topic that names the disaster in words ("Day the main
// earthquake struck"), that guess is a rival with nothing to show for it: every date of the quake
// would be split between the two by chance. The guessed topic yields: the dates of the disaster go
// to the one that names it. (Alone of its kind, the guess still takes them: the reader wrote a
// date topic and nothing else dates the story.) A guessed topic its label narrows ("Date deaths were
// added to the toll", "Turnout announced at 5 pm") is no rival: narrowing already sends it its own dates.

const LANGS: Lang[] = ['en', 'fr', 'ar']
const names = (t: Topic, id: string) => [t.label.en, t.label.ar, t.measure].some((s) => s && LANGS.some((l) => conceptsIn(s, { start: 0, end: s.length }, l, true).some((m) => m.concept.id === id)))
const isDateTopic = (t: Topic) => t.kind === 'date' || t.kind === 'daterange'
const narrowed = (t: Topic) => {
  const n = narrowingOf(t.label.en, t.measure ?? '')
  // (Not a year alone: the story's own year in a label narrows nothing, and no story year is known here.)
  return !!(n.added || n.previous || n.abroad || n.side || n.whole || n.hour !== undefined)
}

/** The ids of date topics whose event is only guessed from their kind while a sibling of that event names it. */
export function guessedBeside(topics: Topic[]): string[] {
  const byEvent = new Map<string, { named: Topic[]; guessed: Topic[] }>()
  for (const t of topics) {
    if (!t.concept || !isDateTopic(t) || narrowed(t)) continue
    const g = byEvent.get(t.concept) ?? { named: [], guessed: [] }
    byEvent.set(t.concept, g)
    ;(names(t, t.concept) ? g.named : g.guessed).push(t)
  }
  return [...byEvent.values()].flatMap((g) => (g.named.length ? g.guessed.map((t) => t.id) : []))
}
