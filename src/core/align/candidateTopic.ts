import type { CandidateTopic, Topic } from '../model'
import { CONCEPT_BY_ID } from './measures'
import { countryAliases } from '../entities/countries'
import { RECORD, RECORD_CUES } from './candidateRecord'

// Facets of a candidate's key that its topic keeps: discovery writes them, acceptance reads them.
export const PROJECTED = 'projected'
export const ELSEWHERE = 'elsewhere'

/** The topic a candidate becomes when a reviewer accepts it: its measure and kind filled in. */
export function topicFromCandidate(c: CandidateTopic, id: string): Topic {
  // A record's measure is no concept of the lexicon: its topic finds its figures by its words.
  if (c.concept === RECORD.id) return { ...topicFromCandidate({ ...c, concept: undefined, cues: [...(c.cues ?? []), ...RECORD_CUES] }, id), measure: RECORD.label.en, fixed: true }
  const concept = c.concept ? CONCEPT_BY_ID.get(c.concept) : undefined
  const facets = c.key.split('|')
  return {
    id,
    label: c.label ? { ...c.label } : concept ? { en: concept.label.en, ar: concept.label.ar } : { en: c.entity, ar: c.entity },
    // A people's candidate is named in every language its country has names in.
    entity: { name: c.entity, aliases: c.entity ? countryAliases(c.entity) : [] },
    measure: concept?.label.en ?? c.entity,
    kind: c.kind,
    alsoKinds: c.kind === 'date' ? ['daterange'] : undefined,
    cues: c.cues ? [...c.cues] : [],
    concept: c.concept,
    fixed: concept?.fixed,
    scope: null,
    time: null,
    projection: facets.includes(PROJECTED) || undefined,
    elsewhere: facets.includes(ELSEWHERE) || undefined,
  }
}
