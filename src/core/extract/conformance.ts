import type { Quantity } from '../model'

// Duckling's Arabic corpus (shared/conformance/duckling-ar.json): each input, read whole as one
// figure, must give the expected value. Duckling names currencies its own way.

export interface DucklingCase { dimension: 'numeral' | 'money' | 'duration'; expected: Record<string, unknown>; input: string }

const CURRENCY: Record<string, string[]> = { Dollar: ['USD'], EUR: ['EUR'], Pound: ['GBP', 'EGP'], Cent: ['USD'] }

export function flattenDuckling(file: { cases: Record<string, { expected: Record<string, unknown>; inputs: string[] }[]> }): DucklingCase[] {
  return Object.entries(file.cases).flatMap(([dimension, groups]) =>
    groups.flatMap((g) => g.inputs.map((input) => ({ dimension: dimension as DucklingCase['dimension'], expected: g.expected, input }))))
}

/** Does a parsed quantity say what Duckling expects? */
export function conforms(c: DucklingCase, q: Quantity | null): boolean {
  if (!q) return false
  const e = c.expected
  const cents = e.currency === 'Cent' ? 0.01 : 1
  const eq = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b * cents) < 1e-6
  if (c.dimension === 'numeral') return q.kind === 'count' && q.unit === null && eq(q.lo, e.value) && eq(q.hi, e.value)
  if (c.dimension === 'duration') return q.kind === 'duration' && q.unit === e.unit && eq(q.lo, e.value) && eq(q.hi, e.value)
  const codes = CURRENCY[String(e.currency)] ?? [String(e.currency)]
  if (q.kind !== 'money' || !codes.includes(q.unit ?? '')) return false
  if (e.value !== undefined) return eq(q.lo, e.value) && eq(q.hi, e.value)
  if (e.qualifier === 'under') return q.lo === null && eq(q.hi, e.hi)
  if (e.qualifier === 'above') return eq(q.lo, e.lo) && q.hi === null
  return eq(q.lo, e.lo) && eq(q.hi, e.hi)
}
