import type { Hit, Refiner } from '../contracts'

/** Drops readings no refiner anchored (a bare year that was no date) and what is no figure (clock times, page furniture). */
export const DropWeak: Refiner = {
  name: 'DropWeak',
  refine: (_ctx, hits: Hit[]) => hits.filter((h) => !h.weak && !h.drop),
}
