import type { Concept } from './measures'
import { conceptById } from './measureOf'

// A length of time stated with an event ("18 months of siege", "48 hours to leave", "three days
// after the quake") is not the date of that event: its candidate is named for what lasts.
const DURATION_LABELS: Record<string, { en: string; ar: string }> = {
  struck: { en: 'time since the disaster', ar: 'المدة منذ الكارثة' },
  explosion: { en: 'time since the explosion', ar: 'المدة منذ الانفجار' },
  sank: { en: 'time since the shipwreck', ar: 'المدة منذ الغرق' },
  coup: { en: 'time since the coup', ar: 'المدة منذ الانقلاب' },
  withdrawal: { en: 'time given to withdraw', ar: 'مهلة الانسحاب' },
  captured: { en: 'time since the town fell', ar: 'المدة منذ سقوط المدينة' },
  siege: { en: 'length of the siege', ar: 'مدة الحصار' },
  war: { en: 'length of the war', ar: 'مدة الحرب' },
  deadline: { en: 'length of the deadline', ar: 'مدة المهلة' },
}

/** The events whose length of time counts from them ("three days after the quake"): such a length dates the event. */
export const SINCE_EVENTS = new Set(['struck', 'explosion', 'sank', 'coup', 'captured'])

/** A candidate's measure as a reader names it: the concept's label, or for a length of time beside an event, what lasts. */
export function measureLabel(concept: Concept, kind: string): { en: string; ar: string } {
  if (kind !== 'duration' || !concept.event) return concept.label
  return DURATION_LABELS[concept.id] ?? { en: `${concept.label.en} (length of time)`, ar: `${concept.label.ar} (المدة)` }
}

// An event as a facet of a count names it ("death toll (the war)", "النازحون (الحرب)").
const EVENT_NAMES: Record<string, { en: string; ar: string }> = {
  struck: { en: 'the disaster', ar: 'الكارثة' },
  explosion: { en: 'the explosion', ar: 'الانفجار' },
  sank: { en: 'the shipwreck', ar: 'الغرق' },
  coup: { en: 'the coup', ar: 'الانقلاب' },
  withdrawal: { en: 'the withdrawal', ar: 'الانسحاب' },
  captured: { en: 'the fall of the town', ar: 'سقوط المدينة' },
  siege: { en: 'the siege', ar: 'الحصار' },
  war: { en: 'the war', ar: 'الحرب' },
  aftershock: { en: 'the aftershock', ar: 'الهزة الارتدادية' },
  announced: { en: 'the announcement', ar: 'الإعلان' },
  summit: { en: 'the summit', ar: 'القمة' },
  deadline: { en: 'the deadline', ar: 'المهلة' },
  emergency: { en: 'the state of emergency', ar: 'حالة الطوارئ' },
}

/** An event concept's name, for a candidate about what happened in it (its own label when none is written: never its id, which is English). */
export function eventName(id: string): { en: string; ar: string } {
  return EVENT_NAMES[id] ?? conceptById(id)?.label ?? { en: id, ar: id }
}

// A qualifier as a facet of a measure ("people injured (serious cases)", "death toll (at the
// hospital)"): its name carries the qualifier's own words, so that the topic it becomes keeps them.
const QUALIFIER_NAMES: Record<string, { en: string; ar: string }> = {
  serious: { en: 'serious cases', ar: 'الحالات الخطيرة' },
  partial: { en: 'partial', ar: 'جزئي' },
  emergency: { en: 'emergency', ar: 'عاجلة' },
  hospital: { en: 'at the hospital', ar: 'في المستشفى' },
}

/** The qualifiers that set figures apart as a facet ("so far" dates a figure rather than sets it apart). */
export const FACET_QUALIFIERS: ReadonlySet<string> = new Set(Object.keys(QUALIFIER_NAMES))

/** A facet qualifier's name, for a candidate about the figures it sets apart. */
export const qualifierName = (id: string): { en: string; ar: string } => QUALIFIER_NAMES[id]
