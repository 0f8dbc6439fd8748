import type { Assignment, Claim, Comparison, Source, Topic } from '../model'

export interface CompareOptions {
  /** Relative tolerance for "about" figures (default 0.1). */
  tolerance?: number
  /** Per-source weights for the consensus (default 1). */
  weights?: Record<string, number>
}

/** Judges each topic. (Being written.) */
export function compareTopics(_topics: Topic[], _claims: Claim[], _assignments: Assignment[], _sources: Source[], _options: CompareOptions = {}): Comparison[] {
  return []
}
