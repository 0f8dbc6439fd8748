// Machine-readable: the raw parts of a quantity for exports (ISO days, plain numbers, ISO
// currencies), beside which the exports put the readable text in other columns.
import type { Quantity } from '../model'
import { partsOf } from './parts'

/** The columns an export writes for a quantity: raw values only, never formatted. */
export interface QuantityFields {
  kind: Quantity['kind']
  /** A plain number, an ISO day, or '' for an open bound. */
  lo: number | string
  hi: number | string
  /** ISO currency, "%", a unit of time or measure; '' for a plain count. */
  unit: string
  /** For a rate: what it is per; '' otherwise. */
  per: string
  qualifier: string
  precision: Quantity['precision']
}

/** The raw fields of a quantity, for CSV and JSON exports. */
export function quantityFields(q: Quantity): QuantityFields {
  const p = partsOf(q)
  const raw = (b: Quantity['lo']) => (b === null || b === undefined ? '' : b)
  return { kind: q.kind, lo: raw(q.lo), hi: raw(q.hi), unit: p.unit ?? '', per: p.period ?? '', qualifier: q.qualifier ?? '', precision: q.precision }
}

/**
 * A quantity as one language-neutral line for logs (the audit trail): raw values and codes,
 * "1000", "≥ 100", "2025-11-11/2025-11-24", "50000000 USD/month".
 */
export function quantityCode(q: Pick<Quantity, 'kind' | 'lo' | 'hi' | 'unit' | 'per' | 'qualifier' | 'precision'>): string {
  const p = partsOf(q)
  const s = (b: Quantity['lo']) => (typeof b === 'number' ? String(Math.round(b * 1000) / 1000) : String(b))
  const dates = p.kind === 'date' || p.kind === 'daterange'
  let v = q.lo !== null && q.hi !== null ? (q.lo === q.hi ? s(q.lo) : `${s(q.lo)}${dates ? '/' : '–'}${s(q.hi)}`) : q.lo !== null ? `≥ ${s(q.lo)}` : q.hi !== null ? `≤ ${s(q.hi)}` : '?'
  if (q.qualifier === 'about') v = `~${v}`
  const unit = [p.unit, p.period].filter(Boolean).join('/')
  return unit ? `${v} ${unit}` : v
}
