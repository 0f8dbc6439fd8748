import type { Assignment, CandidateTopic, Claim, Source, Topic } from '../model'

/** Places claims in topics. (Being written: places none yet.) */
export function assignClaims(_claims: Claim[], _topics: Topic[], _sources: Source[]): Assignment[] {
  return []
}

/** Candidate topics from unassigned claims. (Being written.) */
export function discoverCandidates(_claims: Claim[], _sources: Source[]): CandidateTopic[] {
  return []
}
