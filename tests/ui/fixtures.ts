// Hand-built sources, claims, topics and comparisons for component and core-shaping tests, so they
// do not depend on what the extractor finds today.
import type { Analysis, Claim, Comparison, Consensus, Quantity, Source, Topic, Verdict } from '../../src/core/model'

/** A source with sensible defaults; `text` is what offsets point into. */
export function makeSource(id: string, text: string, over: Partial<Source> = {}): Source {
  return {
    id, title: `Source ${id}`, lang: 'ar', outlet: `Outlet ${id}`, via: null, relays: null, kind: 'news',
    published: null, window: { from: '2025-11-20', to: '2025-12-31', how: 'test' }, url: null, text, origin: 'embedded', ...over,
  }
}

/** The sentence around an offset: from after the previous . or newline to the next one (inclusive). */
function sentenceAround(text: string, start: number, end: number) {
  const before = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1))
  const s = before + 1
  const dot = text.indexOf('.', end)
  const nl = text.indexOf('\n', end)
  const ends = [dot, nl].filter((x) => x >= 0)
  const e = ends.length ? Math.min(...ends) + 1 : text.length
  return { start: s + (text.slice(s).match(/^\s*/)?.[0].length ?? 0), end: e }
}

/** A claim on the n-th occurrence of `needle` in the source's text. */
export function makeClaim(source: Source, needle: string, quantity: Partial<Quantity> & Pick<Quantity, 'kind'>, over: Partial<Claim> = {}, occurrence = 1): Claim {
  let start = -1
  for (let i = 0; i < occurrence; i++) start = source.text.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`"${needle}" is not in source ${source.id}`)
  const end = start + needle.length
  return {
    id: `${source.id}:${start}-${end}`, source: source.id, span: { start, end }, text: needle,
    quantity: { lo: null, hi: null, unit: null, per: null, precision: 'exact', qualifier: null, ...quantity },
    counted: null, sentence: sentenceAround(source.text, start, end), attribution: null, scopes: [], ...over,
  }
}

export function makeTopic(id: string, over: Partial<Topic> = {}): Topic {
  return {
    id, label: { en: `Topic ${id}`, ar: `موضوع ${id}` }, entity: { name: id, aliases: [] }, measure: 'count', kind: 'count', cues: [], ...over,
  }
}

export function makeConsensus(over: Partial<Consensus> = {}): Consensus {
  return { interval: null, median: null, spread: null, weights: {}, outliers: [], ...over }
}

export function makeComparison(topic: string, verdict: Verdict, claims: Claim[], over: Partial<Comparison> = {}): Comparison {
  return {
    topic, verdict, explanation: { en: `Explained ${verdict}.`, ar: `شرح ${verdict}.` },
    independentSources: new Set(claims.map((c) => c.source)).size, folded: [], consensus: null, withinSource: [],
    claims: claims.map((c) => c.id), ...over,
  }
}

/** An analysis from its parts; assignments follow the comparisons' claim lists. */
export function makeAnalysis(sources: Source[], claims: Claim[], topics: Topic[], comparisons: Comparison[], unassigned: string[] = []): Analysis {
  return {
    sources, claims, topics, comparisons, candidates: [], unassigned,
    assignments: comparisons.flatMap((c) => c.claims.map((claimId) => ({ claimId, topicId: c.topic, score: 1, reasons: ['test'] }))),
  }
}

export const TEXT_000 = 'وفي منتصف تشرين الثاني/نوفمبر 2025، أقيم معرض بامكس 2025 طوال ثلاثة أيام. ونشر فيديو في نوفمبر 2024.\nوقال مسؤول إن نحو ألف مقاتل من فاغنر في مالي.'
export const TEXT_001 = 'وقد حظي معرض BAMEX25، الذي أقيم في الفترة من 11 إلى 24 نوفمبر، باهتمام كبير.\nتم التوصل إلى اتفاق حول دفع فدية قدرها 50 مليون دولار.\nوقالت مصادر إن عدد مقاتلي فاغنر لا يتجاوز 1000 عنصر.'

/**
 * The BAMEX case and two more: 000 says "mid-November 2025, three days", 001 says "11–24 November";
 * Wagner personnel (about 1,000 vs at most 1,000) agree; the $50M ransom has one source; one figure is unassigned.
 */
export function bamexAnalysis(): Analysis {
  const s0 = makeSource('000', TEXT_000, { outlet: 'Le Monde', via: 'Arabi21 (Arabic translation)', kind: 'translation', window: { from: '2025-11-16', to: '2026-03-31', how: 'test' } })
  const s1 = makeSource('001', TEXT_001, { outlet: 'Daily Sabah', via: 'Arabic translation', kind: 'translation', window: { from: '2025-11-25', to: '2025-12-31', how: 'test' } })
  const mid = makeClaim(s0, 'منتصف تشرين الثاني/نوفمبر 2025', { kind: 'date', lo: '2025-11-10', hi: '2025-11-20', precision: 'part-month' })
  const days = makeClaim(s0, 'ثلاثة أيام', { kind: 'duration', lo: 3, hi: 3, unit: 'day' })
  const range = makeClaim(s1, 'من 11 إلى 24 نوفمبر', { kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', precision: 'day', qualifier: 'range' })
  const about = makeClaim(s0, 'نحو ألف', { kind: 'count', lo: 1000, hi: 1000, qualifier: 'about', precision: 'round' }, { attribution: null })
  const atMost = makeClaim(s1, 'لا يتجاوز 1000', { kind: 'count', lo: null, hi: 1000, qualifier: 'at-most' })
  const ransom = makeClaim(s1, '50 مليون دولار', { kind: 'money', lo: 50_000_000, hi: 50_000_000, unit: 'USD' })
  const stray = makeClaim(s0, 'نوفمبر 2024', { kind: 'date', lo: '2024-11-01', hi: '2024-11-30', precision: 'month' })
  const topics = [
    makeTopic('bamex-dates', { label: { en: 'BAMEX 2025 dates', ar: 'مواعيد معرض بامكس 2025' }, entity: { name: 'BAMEX 2025', aliases: ['بامكس', 'BAMEX25'] }, measure: 'dates', kind: 'daterange', alsoKinds: ['date', 'duration'] }),
    makeTopic('wagner-personnel', { label: { en: 'Wagner personnel in Mali', ar: 'عدد عناصر فاغنر في مالي' }, entity: { name: 'Wagner', aliases: ['فاغنر'] }, measure: 'personnel' }),
    makeTopic('ransom', { label: { en: 'Ransom paid', ar: 'الفدية المدفوعة' }, entity: { name: 'ransom', aliases: ['فدية'] }, measure: 'amount', kind: 'money' }),
  ]
  const comparisons = [
    makeComparison('bamex-dates', 'conflict', [mid, days, range], { explanation: { en: '000 says three days in mid-November; 001 says 11–24 November (14 days).', ar: 'يقول 000 ثلاثة أيام في منتصف نوفمبر؛ ويقول 001 من 11 إلى 24 نوفمبر.' } }),
    makeComparison('wagner-personnel', 'agree', [about, atMost], { consensus: makeConsensus({ interval: { lo: 900, hi: 1000, count: 2 }, median: 1000 }) }),
    makeComparison('ransom', 'single-source', [ransom]),
  ]
  return makeAnalysis([s0, s1], [mid, days, range, about, atMost, ransom, stray], topics, comparisons, [stray.id])
}
