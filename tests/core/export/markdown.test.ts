import { describe, expect, it } from 'vitest'
import { markdownReport, mdInline } from '../../../src/core/export'
import { analysis, claims, corrections, reviews } from './fixture'

const input = { analysis, reviews, corrections }
const generatedAt = '2025-12-02T08:30:00.000Z'
const audit = [{ at: '2025-12-01T10:00:00.000Z', reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'conflict → needs-review' }]

describe('Markdown report', () => {
  // A topic made from a candidate: one "moved" entry per figure, all of one moment. The report's
  // history says it once per source, counting and quoting the figures.
  it('gives one history line per source for a step on several figures', () => {
    const at = '2025-12-01T09:00:00.000Z'
    const moves = claims.map((c) => ({ at, reviewer: 'Salma', target: `claim:${c.id}`, action: 'move', detail: 'automatic → bamex-dates' }))
    for (const [lang, two, one] of [
      ['en', 'moved 2 figures from Le Monde', 'moved a figure “من 11 إلى 24 نوفمبر”: automatic placement → BAMEX 2025 dates'],
      ['ar', 'نُقل من Le Monde رقمان', 'نقل رقماً «من 11 إلى 24 نوفمبر»: التوزيع الآلي ← مواعيد معرض بامكس 2025'],
    ] as const) {
      const lines = markdownReport(input, { generatedAt, topicIds: ['bamex-dates'], audit: moves, lang }).split('\n').filter((l) => l.startsWith('- ') && l.includes('Salma'))
      expect(lines).toHaveLength(2)
      expect(lines[0]).toContain(two)
      expect(lines[1]).toContain(one)
    }
  })

  // Two speakers in one article are two origins to the comparison; the report counts sources.
  it('never says more independent sources than the sources it lists', () => {
    const speakers = { ...analysis, comparisons: analysis.comparisons.map((c) => (c.topic === 'bamex-dates' ? { ...c, independentSources: 3 } : c)) }
    const md = markdownReport({ ...input, analysis: speakers }, { generatedAt, topicIds: ['bamex-dates'] })
    expect(md).toContain('**Sources:** 2 sources (2 independent)')
  })

  it('reads as a memo: the verdict that stands and who decided it, the reason, the explanation, each source with its figures in words and its sentence', () => {
    const md = markdownReport(input, { generatedAt, topicIds: ['bamex-dates'] })
    expect(md).toContain('# Claim comparison report')
    expect(md).toContain('Generated on 2 December 2025 at 08:30 UTC · 1 topic · 2 sources')
    expect(md).toContain('| BAMEX 2025 dates | Needs review | 2 |')
    expect(md).toContain('## BAMEX 2025 dates')
    expect(md).toContain('**Verdict:** Needs review — decided by Salma on 1 December 2025; the tool suggested “Sources conflict”.')
    expect(md).toContain('**Reviewer’s reason:** The fair may have run 11–24 Nov with a 3-day public part')
    // (The topic's verdict is the reviewer's: the tool's sentence is said to be the tool's.)
    expect(md).toContain('**The tool’s explanation, for the verdict it suggested:** A 3-day event and a 14-day event cannot both be right.')
    expect(md).not.toContain('**Why:**')
    expect(md).toContain('**Sources:** 2 sources (2 independent)')
    expect(md).toContain('- **Le Monde** [000] · *Turkey in Mali (Le Monde)* · via Arabi21 · publication date unknown, between 16 November 2025 and 31 March 2026: **mid-November 2025** and **3 days**')
    expect(md).toContain('- **Daily Sabah** [001] · *Blockade in Mali* · 28 November 2025: **11–24 November 2025**')
    // The quote is the sentence around the figure, not the line after it.
    expect(md).toContain('  > “وفي منتصف تشرين الثاني/نوفمبر 2025، أقيم معرض بامكس 2025 طوال ثلاثة أيام.”')
    expect(md).not.toContain('سطر آخر')
    expect(md).toContain('  Note (“ثلاثة أيام”): three days = public days?')
    // Markup in notes is escaped, so a table or emphasis cannot be injected.
    expect(md).toContain('**Reviewer’s note:** Ask the organiser \\| check \\*dates\\*')
    expect(md).not.toContain('## Ransom')
  })

  it('covers every topic when none is selected, and says when one has no figures', () => {
    const md = markdownReport(input, { generatedAt })
    expect(md).toContain('2 topics')
    expect(md).toContain('## Ransom')
    expect(md).toContain('**Verdict:** Single source, uncorroborated — suggested by the tool, not yet reviewed.')
    expect(md).toContain('No source gives this figure yet.')
  })

  it('lists figures set aside and the topic history in words', () => {
    const setAside = { ...corrections, claims: { [claims[1].id]: { claimId: claims[1].id, status: 'wrong-extraction' as const, note: 'not the fair' } } }
    const md = markdownReport({ analysis, reviews, corrections: setAside }, { generatedAt, topicIds: ['bamex-dates'], audit })
    expect(md).toContain('**Figures set aside:**')
    expect(md).toContain('- “ثلاثة أيام” (Le Monde [000]): wrongly extracted: not the fair')
    expect(md).toContain('- 1 December 2025, 10:00 UTC · Salma · overrode the verdict: Sources conflict → Needs review')
  })

  it('is written in Arabic throughout when asked: words, counts, dates, verdicts and history', () => {
    const md = markdownReport(input, { generatedAt, lang: 'ar', topicIds: ['bamex-dates'], audit })
    expect(md).toContain('# تقرير مقارنة الادعاءات')
    expect(md).toContain('أُعدّ في 2 ديسمبر 2025، الساعة 08:30 بالتوقيت العالمي · موضوع واحد · مصدران')
    expect(md).toContain('## مواعيد معرض بامكس 2025')
    expect(md).toContain('**الحكم:** تحتاج إلى مراجعة — قرار Salma في 1 ديسمبر 2025؛ واقترحت الأداة «المصادر متعارضة».')
    expect(md).toContain('**المصادر:** مصدران (المستقلة منها: 2)')
    expect(md).toContain('تاريخ النشر غير معروف، بين 16 نوفمبر 2025 و31 مارس 2026: **منتصف نوفمبر 2025** و**3 أيام**')
    expect(md).toContain('  > «وقد حظي معرض BAMEX25، الذي أقيم في الفترة من 11 إلى 24 نوفمبر، باهتمام كبير.»')
    expect(md).toContain('· Salma · عدّل الحكم: المصادر متعارضة ← تحتاج إلى مراجعة')
  })

  it('lists the figures in no topic with their sentence when asked', () => {
    const loose = { ...analysis, unassigned: [claims[1].id] }
    const md = markdownReport({ ...input, analysis: loose }, { generatedAt, topicIds: [], unassigned: true })
    expect(md).toContain('## Figures in no topic')
    expect(md).toContain('### Le Monde [000]')
    expect(md).toContain('- **3 days**: “وفي منتصف تشرين الثاني/نوفمبر 2025، أقيم معرض بامكس 2025 طوال ثلاثة أيام.”')
    expect(markdownReport({ ...input, analysis: loose }, { generatedAt, topicIds: [] })).not.toContain('Figures in no topic')
  })

  it('escapes HTML and Markdown in inline text', () => {
    expect(mdInline('<script>x</script> *a* | b\nc')).toBe('&lt;script&gt;x&lt;/script&gt; \\*a\\* \\| b c')
  })
})

// An id this app made from a text's hash says nothing to a reader; a corpus's own id tells two
// reports of one outlet apart.
describe('source ids in the report', () => {
  it('names a source by its corpus id, never by an id made from its hash', () => {
    const made = { ...analysis, sources: analysis.sources.map((s) => (s.id === '001' ? { ...s, id: 'u81c491b4' } : s)), claims: analysis.claims.map((c) => (c.source === '001' ? { ...c, source: 'u81c491b4' } : c)) }
    const md = markdownReport({ ...input, analysis: made }, { generatedAt, topicIds: ['bamex-dates'] })
    expect(md).toContain('**Le Monde** [000]')
    expect(md).toContain('**Daily Sabah** ·')
    expect(md).not.toContain('u81c491b4')
  })
})
