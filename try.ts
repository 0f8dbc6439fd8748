import { markdownReport } from './src/core/export'
import { analysis, claims, corrections, reviews } from './tests/core/export/fixture'
const setAside = { ...corrections, claims: { [claims[1].id]: { claimId: claims[1].id, status: 'wrong-extraction' as const, note: 'not the fair' } } }
console.log(markdownReport({ analysis, reviews, corrections: setAside }, { generatedAt: '2025-12-02T08:30:00.000Z', topicIds: ['bamex-dates'] }).split('\n').filter(l => l.includes('ثلاثة أيام')).join('\n'))
