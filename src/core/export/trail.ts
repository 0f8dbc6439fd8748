// The history as a reader takes it in: one row per step. Accepting a candidate (or moving a
// selection) writes one entry per figure, all of one moment; shown one per figure, a topic made
// from forty figures opens on forty identical lines. Those entries become one row per source
// (the topic's history on screen and in the report).
import type { AuditEntry } from '../model'
import { intlLocale, sayDay, type UiLang } from '../quantity'
import { sayAuditEntry, sayAuditGroup } from './words'

/** One row of the history: an entry, and the figures (of one source) that the same step touched. */
export interface TrailRow { entry: AuditEntry; claims: string[]; source: string | null }

const CLAIM = /(?:^|\/)claim:(.+)$/

/** The figure an entry is about, if any. */
export function claimOfTarget(target: string): string | null { return CLAIM.exec(target)?.[1] ?? null }

/**
 * Groups entries (newest first, as the index gives them) of one step on one source's figures:
 * same moment, reviewer, action and detail, and a figure of the same source. Order is kept.
 */
export function trailRows(entries: readonly AuditEntry[], sourceOf: (claimId: string) => string | null): TrailRow[] {
  const out: TrailRow[] = []
  const open = new Map<string, TrailRow>()
  let moment = ''
  for (const e of entries) {
    if (e.at !== moment) { open.clear(); moment = e.at }
    const claim = claimOfTarget(e.target)
    if (claim === null) { out.push({ entry: e, claims: [], source: null }); continue }
    const source = sourceOf(claim)
    const key = JSON.stringify([e.reviewer, e.action, e.detail, source ?? claim])
    const row = open.get(key)
    if (row) { row.claims.push(claim); continue }
    const fresh: TrailRow = { entry: e, claims: [claim], source }
    open.set(key, fresh)
    out.push(fresh)
  }
  return out
}

// --- the history in words: one way of saying it, on the topic's page and in the report -----------

/** The rows of a topic's history given at once: a page on screen, and the report's share (it says how many older rows it leaves out). */
export const HISTORY_PAGE = 50
/** The figures quoted on a row (its words say how many the step touched). */
export const HISTORY_QUOTES = 6

/** What a row of the history needs named: a topic, a source, a figure's words. */
export interface HistoryNames {
  topic: (topicId: string) => string | null
  source: (sourceId: string) => string
  quote: (claimId: string) => string | null
}

/** A row of the history in words; the figures it quotes apart, so a page can set each in its own direction. */
export interface HistoryLine {
  at: string
  /** The step's action code ("move", "override") and how many figures it touched. */
  action: string
  figures: number
  /** When, in the reader's language: the day in words and the time in UTC (a report is read in other time zones). */
  when: string
  who: string
  /** What was done: "moved 2 figures from Coastal Times", "accepted the verdict". */
  did: string
  /** The figures quoted, as written, and how many more the step touched. */
  quotes: string[]
  more: number
  /** The list's own words between the quotes ("، و", ", and "), one more than the quotes less one. */
  joins: string[]
  detail: string
}

const UNNAMED = { en: 'unnamed reviewer', ar: 'مراجِع غير مسمّى' } as const
const AT = { en: (day: string, time: string) => `${day}, ${time} UTC`, ar: (day: string, time: string) => `${day}، الساعة ${time} بالتوقيت العالمي` } as const
const lists = new Map<UiLang, Intl.ListFormat>()

/** A moment of the trail in words: "30 November 2026, 11:12 UTC" / "30 نوفمبر 2026، الساعة 11:12 بالتوقيت العالمي". */
export function sayMoment(iso: string, lang: UiLang): string {
  return Number.isNaN(Date.parse(iso)) ? iso : AT[lang](sayDay(iso.slice(0, 10), 'day', lang), iso.slice(11, 16))
}

/** A row of the history in words, the same on screen and in the report. */
export function sayHistoryRow(row: TrailRow, lang: UiLang, names: HistoryNames): HistoryLine {
  const e = row.entry
  const said = sayAuditEntry(e, lang, names.topic)
  const did = row.claims.length > 1 ? sayAuditGroup(e.action, row.claims.length, names.source(row.source ?? ''), lang) : said.action
  const quotes = row.claims.slice(0, HISTORY_QUOTES).map((c) => names.quote(c) ?? c)
  let list = lists.get(lang)
  if (!list) lists.set(lang, (list = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction', style: 'long' })))
  // The list's words between its items, read from the formatted list (Arabic joins with "و", English with commas and "and").
  const joins = list.formatToParts(quotes.map((_, i) => `\u0000${i}`)).filter((p) => p.type === 'literal').map((p) => p.value)
  return { at: e.at, action: e.action, figures: row.claims.length, when: sayMoment(e.at, lang), who: e.reviewer || UNNAMED[lang], did, quotes, more: row.claims.length - quotes.length, joins, detail: e.detail ? said.detail : '' }
}

/**
 * A topic's history as the page and the report give it: its entries (newest first), one row per
 * step on one source's figures, the newest `limit` of them in words, and how many rows there are.
 */
export function topicHistory(entries: readonly AuditEntry[], lang: UiLang, names: HistoryNames & { sourceOf: (claimId: string) => string | null }, limit = HISTORY_PAGE): { lines: HistoryLine[]; rows: number } {
  // A figure's source: the one known, else its id's own prefix (figures are "source:start-end").
  const rows = trailRows(entries, (c) => names.sourceOf(c) ?? (c.includes(':') ? c.slice(0, c.indexOf(':')) : null))
  return { lines: rows.slice(0, limit).map((r) => sayHistoryRow(r, lang, names)), rows: rows.length }
}
