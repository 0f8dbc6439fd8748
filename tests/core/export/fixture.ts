// A small hand-made analysis (two sources disagreeing on the BAMEX dates, one reviewed), so the
// exports can be tested without the extractor.
import type { Analysis, Claim, Corrections, Source, Topic, TopicReview } from '../../../src/core/model'

const text000 = 'وفي منتصف تشرين الثاني/نوفمبر 2025، أقيم معرض بامكس 2025 طوال ثلاثة أيام.\nسطر آخر.'
const text001 = 'وقد حظي معرض BAMEX25، الذي أقيم في الفترة من 11 إلى 24 نوفمبر، باهتمام كبير.'

export const sources: Source[] = [
  { id: '000', title: 'Turkey in Mali (Le Monde)', lang: 'ar', outlet: 'Le Monde', via: 'Arabi21', relays: null, kind: 'translation', published: null, window: { from: '2025-11-16', to: '2026-03-31', how: 'x' }, url: null, text: text000, origin: 'embedded' },
  { id: '001', title: 'Blockade in Mali', lang: 'ar', outlet: 'Daily Sabah', via: null, relays: null, kind: 'analysis', published: '2025-11-28', window: null, url: 'https://example.org/a?x=1', text: text001, origin: 'embedded' },
]

function claimAt(source: Source, words: string, quantity: Claim['quantity']): Claim {
  const start = source.text.indexOf(words)
  const end = start + words.length
  return { id: `${source.id}:${start}-${end}`, source: source.id, span: { start, end }, text: words, quantity, counted: null, sentence: { start: 0, end: source.text.indexOf('.') + 1 }, attribution: null, scopes: [] }
}

export const claims: Claim[] = [
  claimAt(sources[0], 'منتصف تشرين الثاني/نوفمبر 2025', { kind: 'date', lo: '2025-11-10', hi: '2025-11-20', unit: null, per: null, precision: 'part-month', qualifier: null }),
  claimAt(sources[0], 'ثلاثة أيام', { kind: 'duration', lo: 3, hi: 3, unit: 'day', per: null, precision: 'exact', qualifier: null }),
  claimAt(sources[1], 'من 11 إلى 24 نوفمبر', { kind: 'daterange', lo: '2025-11-11', hi: '2025-11-24', unit: null, per: null, precision: 'day', qualifier: 'range' }),
]

export const topics: Topic[] = [
  { id: 'bamex-dates', label: { en: 'BAMEX 2025 dates', ar: 'مواعيد معرض بامكس 2025' }, entity: { name: 'BAMEX', aliases: ['بامكس'] }, measure: 'dates', kind: 'daterange', alsoKinds: ['date', 'duration'], cues: ['معرض'] },
  { id: 'ransom', label: { en: 'Ransom', ar: 'الفدية' }, entity: { name: 'ransom', aliases: [] }, measure: 'amount', kind: 'money', cues: ['فدية'] },
]

export const analysis: Analysis = {
  sources,
  claims,
  topics,
  assignments: claims.map((c) => ({ claimId: c.id, topicId: 'bamex-dates', score: 1, reasons: [] })),
  comparisons: [
    { topic: 'bamex-dates', verdict: 'conflict', explanation: { en: 'A 3-day event and a 14-day event cannot both be right.', ar: 'لا يمكن أن يصح حدث من 3 أيام وآخر من 14 يومًا.' }, independentSources: 2, folded: [], consensus: null, withinSource: [], claims: claims.map((c) => c.id) },
    { topic: 'ransom', verdict: 'single-source', explanation: { en: 'One source.', ar: 'مصدر واحد.' }, independentSources: 0, folded: [], consensus: null, withinSource: [], claims: [] },
  ],
  candidates: [],
  unassigned: [],
}

export const reviews: TopicReview[] = [
  { topicId: 'bamex-dates', override: 'needs-review', reason: 'The fair may have run 11–24 Nov with a 3-day public part', note: 'Ask the organiser | check *dates*', reviewer: 'Salma', at: '2025-12-01T10:00:00.000Z' },
]

export const corrections: Corrections = {
  claims: { [claims[1].id]: { claimId: claims[1].id, note: 'three days = public days?' } },
  added: [],
  topics: [],
  weights: {},
}
