import type { Topic } from '../model'

// Reports call one violent event by the name of its kind as often as by what it was: the pagers
// that exploded are "Tuesday's attack", the strike on a hospital "la frappe qui a touché mardi
// l'hôpital", the bombing "الهجوم". A date topic of an explosion takes the dates a report gives of
// an attack, and one of an attack those of an explosion, when no other date topic of the story
// dates the other (then the two are told apart: "Day of the blast" beside "Day of the ground
// attack"). A topic whose words name no event this product reads ("Date of the strike") falls back
// to the day the story's disaster struck: it takes an attack's, a blast's or a fire's dates the same
// way ("a drone bombed the village on Sunday night", "قصفت طائرة مسيّرة القرية مساء الأحد").
const COVERS: Record<string, string[]> = { explosion: ['attack'], attack: ['explosion'], struck: ['attack', 'explosion', 'wildfire'] }
const isDateTopic = (t: Topic) => t.kind === 'date' || t.kind === 'daterange'

/** The events a date topic's concept also goes by in its story (`alike` with the cover names no sibling dates). */
export function withCoverEvents(alike: Set<string>, t: Topic, topics: Topic[]): Set<string> {
  const covers = isDateTopic(t) && t.concept ? COVERS[t.concept] : undefined
  if (!covers) return alike
  const free = covers.filter((id) => !topics.some((o) => o !== t && isDateTopic(o) && o.concept === id))
  return free.length ? new Set([...alike, ...free]) : alike
}
