// Filtering and sorting of the overview's topic rows, and their round trip through the URL query.
import type { Lang, QuantityKind, Verdict } from '../model'
import type { TopicRow } from './topics'

/** Verdicts from most to least in need of a look: conflicts and open questions first. */
export const VERDICT_ORDER: Verdict[] = ['conflict', 'needs-review', 'other-scope', 'time-series', 'agree-precision', 'agree', 'single-source']

export const SORT_KEYS = ['severity', 'sources', 'label'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** What the overview shows: every filter is optional; `q` is the search text. */
export interface OverviewFilter {
  verdict: Verdict | null
  kind: QuantityKind | null
  source: string | null
  lang: Lang | null
  sort: SortKey
  q: string
}

export const EMPTY_FILTER: OverviewFilter = { verdict: null, kind: null, source: null, lang: null, sort: 'severity', q: '' }

const VERDICTS = new Set<string>(VERDICT_ORDER)
const KINDS = new Set<string>(['count', 'money', 'percent', 'rate', 'date', 'daterange', 'duration'])
const LANGS = new Set<string>(['ar', 'en', 'fr'])

function first(v: unknown): string | null {
  const x = Array.isArray(v) ? v[0] : v
  return typeof x === 'string' && x !== '' ? x : null
}

/** A filter read from a route query; unknown values are dropped. */
export function parseFilter(query: Record<string, unknown>): OverviewFilter {
  const verdict = first(query.verdict)
  const kind = first(query.kind)
  const lang = first(query.lang)
  const sort = first(query.sort)
  return {
    verdict: verdict && VERDICTS.has(verdict) ? (verdict as Verdict) : null,
    kind: kind && KINDS.has(kind) ? (kind as QuantityKind) : null,
    source: first(query.source),
    lang: lang && LANGS.has(lang) ? (lang as Lang) : null,
    sort: sort && (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'severity',
    q: first(query.q) ?? '',
  }
}

/** The route query for a filter, without the defaults, so a plain overview has a plain URL. */
export function filterQuery(f: OverviewFilter): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.verdict) out.verdict = f.verdict
  if (f.kind) out.kind = f.kind
  if (f.source) out.source = f.source
  if (f.lang) out.lang = f.lang
  if (f.sort !== 'severity') out.sort = f.sort
  if (f.q.trim()) out.q = f.q
  return out
}

/** The rows a filter keeps; `matches` (topic ids found by the search) applies when given. */
export function filterRows(rows: TopicRow[], f: OverviewFilter, matches: Set<string> | null = null): TopicRow[] {
  return rows.filter((r) =>
    (!f.verdict || r.verdict === f.verdict)
    && (!f.kind || r.topic.kind === f.kind || (r.topic.alsoKinds ?? []).includes(f.kind) || r.claims.some((c) => c.quantity.kind === f.kind))
    && (!f.source || r.sourceIds.includes(f.source))
    && (!f.lang || r.langs.includes(f.lang))
    && (!matches || matches.has(r.topic.id)))
}

function severity(r: TopicRow): number {
  const i = r.verdict ? VERDICT_ORDER.indexOf(r.verdict) : -1
  return i < 0 ? VERDICT_ORDER.length : i
}

/** Rows sorted by a key: severity (conflicts and needs-review first), most sources, or label in the UI language. */
export function sortRows(rows: TopicRow[], key: SortKey, locale: 'en' | 'ar' = 'en'): TopicRow[] {
  const label = (r: TopicRow) => r.topic.label[locale] || r.topic.label.en
  const collator = new Intl.Collator(locale)
  const byLabel = (a: TopicRow, b: TopicRow) => collator.compare(label(a), label(b))
  const cmp: Record<SortKey, (a: TopicRow, b: TopicRow) => number> = {
    severity: (a, b) => severity(a) - severity(b) || b.independent - a.independent || byLabel(a, b),
    sources: (a, b) => b.independent - a.independent || severity(a) - severity(b) || byLabel(a, b),
    label: byLabel,
  }
  return [...rows].sort(cmp[key])
}

/** How many topics carry each verdict, in VERDICT_ORDER (zeros included). */
export function verdictCounts(rows: Pick<TopicRow, 'verdict'>[]): { verdict: Verdict; count: number }[] {
  return VERDICT_ORDER.map((verdict) => ({ verdict, count: rows.filter((r) => r.verdict === verdict).length }))
}
