import type { Claim, Source } from '../model'

/** Every figure a source states. (Being written: returns nothing yet.) */
export function extractClaims(_source: Pick<Source, 'id' | 'text' | 'lang' | 'published' | 'window'>): Claim[] {
  return []
}
