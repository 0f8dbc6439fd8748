// Calendar arithmetic on ISO days, in UTC so no time zone shifts a day.

export const pad = (n: number, w = 2) => String(n).padStart(w, '0')
export const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
export const monthRange = (y: number, m: number): [string, string] => [iso(y, m, 1), iso(y, m, lastDay(y, m))]
export const yearRange = (y: number): [string, string] => [iso(y, 1, 1), iso(y, 12, 31)]

export function parseIso(day: string): { y: number; m: number; d: number } {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) }
}

export function addDays(day: string, n: number): string {
  const { y, m, d } = parseIso(day)
  const t = new Date(Date.UTC(y, m - 1, d + n))
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

export const weekday = (day: string) => { const { y, m, d } = parseIso(day); return new Date(Date.UTC(y, m - 1, d)).getUTCDay() }

/** Days between two ISO days, b − a. */
export function daysBetween(a: string, b: string): number {
  const A = parseIso(a)
  const B = parseIso(b)
  return Math.round((Date.UTC(B.y, B.m - 1, B.d) - Date.UTC(A.y, A.m - 1, A.d)) / 86400000)
}

export const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m)

/** A part of a month: early 1–10, mid 10–20, late 21–end. */
export function monthPart(y: number, m: number, part: 'early' | 'mid' | 'late'): [string, string] {
  if (part === 'early') return [iso(y, m, 1), iso(y, m, 10)]
  if (part === 'mid') return [iso(y, m, 10), iso(y, m, 20)]
  return [iso(y, m, 21), iso(y, m, lastDay(y, m))]
}

/** A part of a year: early Jan–Mar, mid May–Aug, late Oct–Dec. */
export function yearPart(y: number, part: 'early' | 'mid' | 'late'): [string, string] {
  if (part === 'early') return [iso(y, 1, 1), iso(y, 3, 31)]
  if (part === 'mid') return [iso(y, 5, 1), iso(y, 8, 31)]
  return [iso(y, 10, 1), iso(y, 12, 31)]
}
