import type { Hit, Refiner } from '../contracts'

/** Drops readings no refiner anchored: a bare year that was no date, page furniture, a day that opened no range. */
export const DropWeak: Refiner = {
  name: 'DropWeak',
  refine: (_ctx, hits: Hit[]) => hits.filter((h) => !h.weak),
}
