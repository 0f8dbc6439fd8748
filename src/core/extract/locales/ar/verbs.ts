// An Arabic verb in the persons a report uses it in: the past and the present, singular, dual
// and plural ("تجاوز، تجاوزت، تجاوزوا، يتجاوز، تتجاوز، يتجاوزون"). A list of bounding verbs then
// names each verb once, by its past and its present stem, instead of spelling every person.

/** A verb by its past (3rd person masculine singular) and its present stem (without the prefix ي). */
export interface VerbStems { past: string; present: string }

/** Every form of a verb a subject of any number and gender gives it, in the past and the present. */
export function verbForms({ past, present }: VerbStems): string[] {
  // A verb ending in alif maqsura ("تخطى", "يتخطى") drops it before a suffix: "تخطت", "تخطوا", "يتخطون".
  const weak = (w: string) => (w.endsWith('ى') ? w.slice(0, -1) : null)
  const p = weak(past)
  const s = weak(present)
  const pasts = p !== null ? [past, `${p}ت`, `${p}وا`, `${p}يا`, `${p}تا`] : [past, `${past}ت`, `${past}وا`, `${past}ا`, `${past}تا`]
  const presents = s !== null
    ? [`ي${present}`, `ت${present}`, `ي${s}ون`, `ي${s}يان`, `ت${s}يان`]
    : [`ي${present}`, `ت${present}`, `ي${present}ون`, `ي${present}ان`, `ت${present}ان`, `ي${present}ن`]
  return [...pasts, ...presents]
}

/** A list of verbs with what they say, each in all its forms, a preposition after it when it takes one. */
export function conjugated<V>(verbs: { stems: VerbStems; after?: string; value: V }[]): Record<string, V> {
  const out: Record<string, V> = {}
  for (const v of verbs) for (const f of verbForms(v.stems)) out[v.after ? `${f} ${v.after}` : f] = v.value
  return out
}
