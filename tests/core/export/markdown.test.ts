import { describe, expect, it } from 'vitest'
import { markdownReport, mdInline } from '../../../src/core/export'
import { analysis, claims, corrections, reviews } from './fixture'

const input = { analysis, reviews, corrections }
const generatedAt = '2025-12-02T08:30:00.000Z'

describe('Markdown report', () => {
  it('shows the verdict that stands, the suggestion, the reason, sources and quotes, and notes', () => {
    const md = markdownReport(input, { generatedAt, topicIds: ['bamex-dates'] })
    expect(md).toContain('# Claim comparison report')
    expect(md).toContain('## BAMEX 2025 dates')
    expect(md).toContain('**Verdict:** Needs review (suggested by the tool: Sources conflict; overridden by Salma, 2025-12-01)')
    expect(md).toContain('**Reason:** The fair may have run 11–24 Nov with a 3-day public part')
    expect(md).toContain('**Explanation:** A 3-day event and a 14-day event cannot both be right.')
    expect(md).toContain('**Sources** (2, 2 independent):')
    expect(md).toContain('| Turkey in Mali (Le Monde) | Le Monde | 2025-11-16 … 2026-03-31 | mid-November 2025 |')
    expect(md).toContain('| Blockade in Mali | Daily Sabah | 2025-11-28 | 11–24 November 2025 | «وقد حظي معرض BAMEX25، الذي أقيم في الفترة من 11 إلى 24 نوفمبر، باهتمام كبير.» |')
    expect(md).toContain('(note: three days = public days?)')
    // Markup in notes is escaped, so a table or emphasis cannot be injected.
    expect(md).toContain('**Reviewer notes:** Ask the organiser \\| check \\*dates\\*')
    expect(md).not.toContain('## Ransom')
  })

  it('covers every topic when none is selected, and says when one has no figures', () => {
    const md = markdownReport(input, { generatedAt })
    expect(md).toContain('2 topics')
    expect(md).toContain('## Ransom')
    expect(md).toContain('**Verdict:** Single source, uncorroborated')
    expect(md).toContain('No figures.')
  })

  it('lists figures set aside and the topic history', () => {
    const setAside = { ...corrections, claims: { [claims[1].id]: { claimId: claims[1].id, status: 'wrong-extraction' as const, note: 'not the fair' } } }
    const audit = [{ at: '2025-12-01T10:00:00.000Z', reviewer: 'Salma', target: 'topic:bamex-dates', action: 'override', detail: 'conflict → needs-review' }]
    const md = markdownReport({ analysis, reviews, corrections: setAside }, { generatedAt, topicIds: ['bamex-dates'], audit })
    expect(md).toContain('**Figures set aside:**')
    expect(md).toContain('- «ثلاثة أيام» (Turkey in Mali (Le Monde)): wrong-extraction: not the fair')
    expect(md).toContain('- 2025-12-01 10:00 · Salma · override: conflict → needs-review')
  })

  it('writes its headings in Arabic when asked', () => {
    const md = markdownReport(input, { generatedAt, lang: 'ar', topicIds: ['bamex-dates'] })
    expect(md).toContain('# تقرير مقارنة الادعاءات')
    expect(md).toContain('## مواعيد معرض بامكس 2025')
    expect(md).toContain('**الحكم:** تحتاج إلى مراجعة')
  })

  it('escapes HTML and Markdown in inline text', () => {
    expect(mdInline('<script>x</script> *a* | b\nc')).toBe('&lt;script&gt;x&lt;/script&gt; \\*a\\* \\| b c')
  })
})
