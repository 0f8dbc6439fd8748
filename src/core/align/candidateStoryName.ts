import type { Source } from '../model'
import { namesIn } from '../corpus/stories'
import { transliterate } from '../text/transliterate'
import { countryAliases } from '../entities/countries'

// Candidates of several stories loaded together say which story they belong to ("death toll —
// Derna" beside "death toll — Marrakesh"): the story is named by the name its reports use most
// that the workspace's other stories use least.

/**
 * What a reader would call a story: of the names (capitalised in a Latin report) half its reports
 * use or more, the one they repeat most (a report names its town again and again, a unit or a
 * speaker once or twice), counted for the share of its reports that use it beyond the share of the
 * other stories' reports. In Arabic, as half its Arabic reports write it, else spelt in Arabic
 * letters (a word of the same consonants is no proof: "غريقاً" is not "Greek"). Null when none.
 */
export function storyName(own: Source[], others: Source[]): { en: string; ar: string } | null {
  const reports = new Map<string, number>()
  const uses = new Map<string, number>()
  const latin = new Map<string, Map<string, number>>()
  const arabic = new Map<string, Map<string, number>>()
  for (const s of own) {
    for (const [k, { form, n }] of namesIn(s.text)) {
      reports.set(k, (reports.get(k) ?? 0) + 1)
      uses.set(k, (uses.get(k) ?? 0) + n)
      const by = s.lang === 'ar' ? arabic : latin
      const f = by.get(k) ?? new Map<string, number>()
      f.set(form, (f.get(form) ?? 0) + 1)
      by.set(k, f)
    }
  }
  const elsewhere = new Map<string, number>()
  for (const s of others) for (const k of namesIn(s.text).keys()) if (reports.has(k)) elsewhere.set(k, (elsewhere.get(k) ?? 0) + 1)
  let best: { k: string; score: number } | null = null
  for (const [k, n] of reports) {
    if (n * 2 < own.length || !latin.has(k)) continue
    const share = n / own.length - (elsewhere.get(k) ?? 0) / Math.max(1, others.length)
    const score = share * (uses.get(k)! / n)
    if (share > 0 && (!best || score > best.score)) best = { k, score }
  }
  if (!best) return null
  const top = (m: Map<string, number> | undefined) => [...(m ?? [])].sort((a, b) => b[1] - a[1])[0]
  const en = top(latin.get(best.k))![0]
  const ar = top(arabic.get(best.k))
  const arabicReports = own.filter((s) => s.lang === 'ar').length
  const country = countryAliases(en).find((a) => /\p{Script=Arabic}/u.test(a))
  return { en, ar: ar && ar[1] * 2 >= arabicReports ? ar[0] : country ?? transliterate(en) }
}
