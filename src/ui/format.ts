// Source dates for the screens. Quantities are shown through core/quantity (showQuantity), and
// source names through core/corpus/words (sourceName), so screens and reports say them alike.
import type { Source } from '../core/model'
import { formatNumber, intlLocale, sayDay, uiLang } from '../core/quantity'

export { formatNumber, intlLocale }

/** A day (ISO) formatted for the UI locale; Arabic UI uses Arabic month names with Latin digits, as newsrooms do. */
export function formatDay(iso: string, locale: string): string {
  return sayDay(iso, 'day', uiLang(locale), 'short')
}

/** A source's date as shown: the day, or the inferred window. */
export function sourceDate(s: Pick<Source, 'published' | 'window'>, locale: string): { text: string; inferred: boolean } {
  if (s.published) return { text: formatDay(s.published, locale), inferred: false }
  if (s.window) return { text: `${formatDay(s.window.from, locale)} – ${formatDay(s.window.to, locale)}`, inferred: true }
  return { text: '', inferred: false }
}
