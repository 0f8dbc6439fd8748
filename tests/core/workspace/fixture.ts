// A workspace state with one of everything: an imported source, a mark, an edit, a move, an
// added figure, a created topic, a review and the audit entries those made.
import { buildSource, manualClaim, type WorkspaceState } from '../../../src/core/workspace'

export const AT = '2025-12-01T10:00:00.000Z'
export const embeddedTexts = { '000': 'وفي منتصف تشرين الثاني/نوفمبر 2025، أقيم معرض بامكس 2025 طوال ثلاثة أيام.' }

export const imported = buildSource(
  { title: 'BAMEX closes', outlet: 'Mali Web', via: '', lang: 'ar', kind: 'news', published: '2025-11-25', url: 'https://example.org/bamex', text: 'اختتم معرض بامكس 2025 في باماكو يوم 24 نوفمبر بعد 14 يوما من العروض.' },
  { takenIds: ['000'], now: AT, fileName: 'bamex.txt' },
)

export function fullState(): WorkspaceState {
  const start = imported.text.indexOf('14 يوما')
  const added = manualClaim(imported, { start, end: start + '14 يوما'.length }, { kind: 'duration', lo: 14, hi: 14, unit: 'day', per: null, precision: 'exact', qualifier: null }, { at: AT, reviewer: 'Salma' })
  return {
    reviewer: 'Salma',
    sources: [imported],
    corrections: {
      claims: [
        { claimId: '000:4-34', status: 'wrong-extraction', at: AT, reviewer: 'Salma', fromTopic: 'bamex-dates', note: 'not the fair' },
        { claimId: '000:60-70', quantity: { lo: 3, hi: 3, unit: 'day' }, topicId: 'user-bamex-length', at: '2025-12-01T10:05:00.000Z', reviewer: 'Karim' },
        { claimId: added.id, topicId: 'bamex-dates', at: AT, reviewer: 'Salma' },
      ],
      added: [added],
      topics: [{ id: 'user-bamex-length', label: { en: 'BAMEX length', ar: 'مدة بامكس' }, entity: { name: 'BAMEX', aliases: [] }, measure: 'duration', kind: 'duration', cues: [], scope: null, time: null, at: AT, reviewer: 'Salma' }],
      weights: { '000': 0.5 },
    },
    reviews: [{ topicId: 'bamex-dates', override: 'needs-review', reason: 'two readings of the fair', note: 'call the organiser', reviewer: 'Salma', at: AT }],
    audit: [
      { at: AT, reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'conflict → needs-review: two readings of the fair' },
      { at: AT, reviewer: 'Salma', target: 'topic:bamex-dates/claim:000:4-34', action: 'mark', detail: 'ok → wrong-extraction' },
    ],
  }
}
