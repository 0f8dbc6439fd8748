import { describe, expect, it } from 'vitest'
import { extractClaims } from '../../../src/core/extract'
import { isRecord, RECORD } from '../../../src/core/align/candidateRecord'
import { discoverCandidates, topicFromCandidate } from '../../../src/core/align/discover'
import type { Lang, Source } from '../../../src/core/model'

// A record ("the worst in two decades") read in sentences written for these tests, in Arabic,
// English and French: its length or year is a figure of its own, never the date of the event.

const source = (id: string, lang: Lang, text: string, outlet = id): Source => ({ id, lang, text, outlet, title: id, published: '2025-02-11', window: null, via: null, relays: null, kind: 'news', url: null, origin: 'embedded' }) as Source

/** Whether the figure of a sentence whose text is `figure` is read as a record. */
function record(lang: Lang, text: string, figure: string): boolean {
  const s = source('s', lang, text)
  const c = extractClaims(s).find((x) => x.text.includes(figure))
  if (!c) throw new Error(`no figure "${figure}" in: ${text}`)
  return isRecord(c, text, lang)
}

describe('isRecord', () => {
  it.each([
    ['en', 'It was the deadliest landslide in the province in more than three decades.', 'three decades'],
    ['en', 'Officials called it the worst flooding the valley had seen in 40 years.', '40 years'],
    ['en', 'The river burst its banks for the first time since 1987.', '1987'],
    ['fr', "C'est la tempête la plus violente qu'ait connue la région depuis plus de cinquante ans.", 'cinquante ans'],
    ['fr', "Un séisme d'une telle force n'avait jamais frappé la vallée depuis 1956.", '1956'],
    ['ar', 'وهو أعنف إعصار يضرب الجزيرة منذ أكثر من ثلاثين عاما.', 'ثلاثين عاما'],
    ['ar', 'وتعد هذه الفيضانات الأسوأ في المنطقة منذ 25 عاماً.', '25 عاماً'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, figure) => {
    expect(record(lang, text, figure)).toBe(true)
  })

  it.each([
    // A length since the event itself, with no superlative: when, not how rare.
    ['en', 'Rescuers were still digging three years after the landslide buried the village.', 'three years'],
    ['fr', 'La ville est assiégée depuis dix-huit mois.', 'dix-huit mois'],
    ['ar', 'تحاصر القوات المدينة منذ 18 شهرا.', '18 شهرا'],
    // A superlative beside a short length is a day's figure, not a record.
    ['en', 'It was the highest toll in 24 hours since the fighting began.', '24 hours'],
    // "أكثر من" is "more than", not a superlative.
    ['ar', 'فر أكثر من ألف شخص من القرية منذ عامين.', 'عامين'],
    // "Most" of the people, not the most of anything.
    ['en', 'Most residents have lived in the valley for 90 years.', '90 years'],
  ] as [Lang, string, string][])('not a record: %s: %s', (lang, text, figure) => {
    expect(record(lang, text, figure)).toBe(false)
  })
})

describe('discoverCandidates: records', () => {
  const reports = [
    source('a', 'en', 'The cyclone struck the island on Sunday, 9 February. It was the strongest storm to hit the island in more than seventy years, forecasters said.'),
    source('b', 'fr', "Le cyclone a frappé l'île dimanche 9 février. C'est la tempête la plus puissante depuis près de soixante-dix ans."),
    source('c', 'ar', 'ضرب الإعصار الجزيرة يوم الأحد 9 فبراير، وهو الأقوى منذ أكثر من سبعين عاما.'),
  ]
  const claims = reports.flatMap((s) => extractClaims(s))
  const text = (id: string) => claims.find((c) => c.id === id)!.text
  const found = discoverCandidates(claims, reports)

  it('the lengths a record counts back are one candidate, named for what they measure in both languages', () => {
    const rec = found.find((c) => c.concept === RECORD.id)
    expect(rec?.claims.map(text).sort()).toEqual(['more than seventy years', 'près de soixante-dix ans', 'أكثر من سبعين عاما'])
    expect(rec?.sources.sort()).toEqual(['a', 'b', 'c'])
    expect(rec?.label).toEqual(RECORD.label)
    expect(rec?.label?.ar).not.toMatch(/[A-Za-z]/)
  })

  it('none of them joins the date the cyclone struck', () => {
    const dated = found.filter((c) => c.kind === 'date')
    for (const d of dated) expect(d.claims.map(text).some((t) => /years|ans|عاما/.test(t))).toBe(false)
  })

  it('an accepted record becomes a topic found by its words, with its measure named', () => {
    const rec = found.find((c) => c.concept === RECORD.id)!
    const topic = topicFromCandidate(rec, 'r')
    expect(topic.measure).toBe(RECORD.label.en)
    expect(topic.concept).toBeUndefined()
    expect(topic.cues).toContain('since')
  })
})
