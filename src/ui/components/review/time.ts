// Times of decisions and audit entries, in the UI locale.
import { intlLocale } from '../../format'

export function formatTime(iso: string, locale: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  // The month in words, as every other date on the screens ("30 نوفمبر 2026"), not "30‏/11‏/2026".
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(d)
}

/** A name inside a sentence of the other direction, isolated so that the words around it keep their order. */
export const isolated = (name: string) => `\u2068${name}\u2069`
