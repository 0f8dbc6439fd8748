// Plain-text renderings of figures and verdicts shared by the exports and the audit trail.
// Language-neutral where it can be (ISO days, Latin digits), English words where it must.
import type { Bound, Quantity, Verdict } from '../model'

/** The verdicts in words, for exports read outside the app. */
export const VERDICT_LABEL: Record<Verdict, { en: string; ar: string }> = {
  'agree': { en: 'Sources agree', ar: 'المصادر متفقة' },
  'agree-precision': { en: 'Agree, at different precision', ar: 'متفقة بدقة مختلفة' },
  'conflict': { en: 'Sources conflict', ar: 'المصادر متعارضة' },
  'single-source': { en: 'Single source, uncorroborated', ar: 'مصدر واحد غير مؤكَّد' },
  'other-scope': { en: 'Different scopes', ar: 'نطاقات مختلفة' },
  'time-series': { en: 'Figures at different times', ar: 'أرقام في أوقات مختلفة' },
  'needs-review': { en: 'Needs review', ar: 'تحتاج إلى مراجعة' },
}

function bound(b: Bound): string {
  if (b === null) return ''
  if (typeof b === 'number') return Number.isInteger(b) ? String(b) : String(Math.round(b * 1000) / 1000)
  return b
}

/** A figure as one short line: "1000", "≥ 100", "70–80 %", "2025-11-10 … 2025-11-20", "USD 50000000". */
export function quantityText(q: Pick<Quantity, 'kind' | 'lo' | 'hi' | 'unit' | 'per' | 'qualifier'>): string {
  const lo = bound(q.lo), hi = bound(q.hi)
  const dates = q.kind === 'date' || q.kind === 'daterange'
  const sep = dates ? ' … ' : '–'
  let value: string
  if (lo !== '' && hi !== '') value = lo === hi ? lo : `${lo}${sep}${hi}`
  else if (lo !== '') value = `≥ ${lo}`
  else if (hi !== '') value = `≤ ${hi}`
  else value = '?'
  if (q.qualifier === 'about') value = `~${value}`
  if (q.qualifier === 'more-than' && lo !== '' && hi === '') value = `> ${lo}`
  if (q.qualifier === 'less-than' && hi !== '' && lo === '') value = `< ${hi}`
  const unit = q.unit && !dates ? (q.kind === 'money' ? `${q.unit} ` : '') : ''
  const suffix = q.unit && !dates && q.kind !== 'money' ? ` ${q.unit}` : ''
  const per = q.per ? ` / ${q.per}` : ''
  return `${unit}${value}${suffix}${per}`
}
