import type { Source } from '../core/model'

/** A day (ISO) formatted for the UI locale; Arabic UI uses Arabic month names with Latin digits, as newsrooms do. */
export function formatDay(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d)
}

export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { maximumFractionDigits: 2 }).format(n)
}

/** A source's date as shown: the day, or the inferred window. */
export function sourceDate(s: Pick<Source, 'published' | 'window'>, locale: string): { text: string; inferred: boolean } {
  if (s.published) return { text: formatDay(s.published, locale), inferred: false }
  if (s.window) return { text: `${formatDay(s.window.from, locale)} – ${formatDay(s.window.to, locale)}`, inferred: true }
  return { text: '', inferred: false }
}
