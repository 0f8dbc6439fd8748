import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { analyze } from '../../../src/core/pipeline'
import { buildCorpus } from '../../../src/core/corpus/load'
import { parseTopics } from '../../../src/core/align/schema'
import { assignClaims } from '../../../src/core/align'
import { extractClaims } from '../../../src/core/extract'
import type { Source } from '../../../src/core/model'

const sources = buildCorpus('data/sources.json', JSON.parse(readFileSync('data/sources.json', 'utf8')), (f) => readFileSync(`data/${f}`, 'utf8'))
const topics = parseTopics('data/topics.json', JSON.parse(readFileSync('data/topics.json', 'utf8')))
const a = analyze(sources, topics)
const byId = new Map(a.claims.map((c) => [c.id, c]))
const inTopic = (id: string) => a.assignments.filter((x) => x.topicId === id).map((x) => byId.get(x.claimId)!)
const rows = (id: string) => inTopic(id).map((c) => `${c.source} ${c.text}`).sort()

describe('the reference comparisons land in their topics, and nothing else does', () => {
  it('TB2 first delivery: end of 2022 (000) and 2022 (001)', () => expect(rows('tb2-first-delivery')).toEqual(['000 نهاية سنة 2022', '001 عام 2022']))
  it('TB2 count: two in 2022, three more in 2023 (001); the two Akıncı are not there', () => {
    expect(rows('tb2-count')).toEqual(['001 ثلاث', '001 طائرتين'])
    expect(rows('akinci-count')).toEqual(['000 طائرتان'])
  })
  it('Wagner personnel: ≈1000, ≤1000, Ségou and Moura with their scopes', () => {
    expect(rows('wagner-personnel')).toEqual(['003 أكثر من 100', '003 لا يتجاوز 1000', '003 نحو 200', '003 نحو ألف'])
    const segou = inTopic('wagner-personnel').find((c) => c.text === 'نحو 200')!
    const moura = inTopic('wagner-personnel').find((c) => c.text === 'أكثر من 100')!
    expect(segou.scopes.find((s) => s.kind === 'place')?.label).toContain('سيجو')
    expect(moura.scopes.find((s) => s.kind === 'operation')?.label).toContain('بمورا')
    expect(moura.attribution?.who).toContain('هيومن رايتس ووتش عن مصادر محلية')
  })
  it('"نحو ألف" in 003 carries "تقديرات غربية" as attribution and "حالياً" as its time', () => {
    const c = inTopic('wagner-personnel').find((x) => x.text === 'نحو ألف')!
    expect(c.attribution?.who).toBe('تقديرات غربية')
    expect(c.scopes.some((s) => s.kind === 'time' && s.label === 'حالياً')).toBe(true)
  })
  it('Africa Corps share of Wagner veterans: 70–80 % (002)', () => expect(rows('africa-corps-wagner-share')).toEqual(['002 حوالي 70-80%']))
  it('Wagner arrival and withdrawal', () => {
    expect(rows('wagner-arrival')).toEqual(['000 أواخر سنة 2021', '003 ديسمبر 2021'])
    expect(rows('wagner-withdrawal')).toEqual(['000 حزيران/ يونيو 2025', '002 6 يونيو 2025'])
  })
  it('the ransom: USD 50 million (001) only', () => expect(rows('emirati-ransom')).toEqual(['001 50 مليون دولار']))
  it('BAMEX: mid-November 2025 and three days (000), 11–24 November (001)', () => {
    expect(rows('bamex-dates')).toEqual(['000 ثلاثة أيام', '000 منتصف تشرين الثاني/نوفمبر 2025', '001 من 11 إلى 24 نوفمبر'])
  })
  it('Goïta, Moura, helicopters, Canik', () => {
    expect(rows('goita-takeover')).toEqual(['000 آب/ أغسطس 2020', '001 عام 2021'])
    expect(rows('moura-civilians')).toEqual(['003 عشرات', '003 مئات'])
    expect(rows('russian-helicopters')).toEqual(['003 أربع', '003 مروحيتين', '004 أربع', '004 ما لا يقل عن طائرتي'])
    expect(rows('canik-video')).toEqual(['000 تشرين الثاني/ نوفمبر 2024', '001 نوفمبر 2024'])
  })
  it('gives every assignment a score and the cue words as reasons', () => {
    for (const x of a.assignments) {
      expect(x.score).toBeGreaterThanOrEqual(3)
      expect(x.reasons.join(' ')).toMatch(/entity ".+"/)
    }
  })
})

describe('unassigned claims', () => {
  it('a figure with no topic cue stays unassigned', () => {
    const s: Source = { ...sources[0], id: 'x', text: 'وارتفعت أسعار الخبز بنسبة 20% في باماكو خلال 2024.' }
    const claims = extractClaims(s)
    expect(claims.length).toBeGreaterThan(0)
    expect(assignClaims(claims, topics, [s])).toEqual([])
  })
  it('a figure near the entity but with the wrong measure stays unassigned', () => {
    const s: Source = { ...sources[0], id: 'y', text: 'قتل 12 صحفيا في هجوم قرب معسكر فاجنر.' }
    expect(assignClaims(extractClaims(s), topics, [s])).toEqual([])
  })
})

describe('topics.json validation', () => {
  it('names the file, the topic and the field', () => {
    const raw = JSON.parse(readFileSync('data/topics.json', 'utf8'))
    raw.topics[1].kind = 'number'
    expect(() => parseTopics('data/topics.json', raw)).toThrow(/data\/topics\.json: \(topic tb2-count\) topics\[1\]\.kind: must be one of/)
  })
})

describe('a narrower measure counts toward a wider one', () => {
  const src = (id: string, text: string, lang: Source['lang'] = 'en'): Source => ({ id, text, lang, outlet: id, published: '2023-06-16', window: null, title: id, url: null } as unknown as Source)
  const toll = { id: 'toll', label: { en: 'Death toll', ar: 'حصيلة القتلى' }, entity: { name: '', aliases: [] }, measure: 'people killed', kind: 'count' as const, cues: [], concept: 'killed', scope: null, time: null }
  const bodies = { ...toll, id: 'bodies', label: { en: 'Bodies recovered', ar: 'الجثث' }, measure: 'bodies recovered', concept: 'bodies' }
  const sources = [src('a', 'Rescuers recovered 78 bodies from the sea.'), src('b', 'At least 81 people were killed in the shipwreck.')]
  const claims = sources.flatMap((s) => extractClaims(s))
  const placed = (topics: typeof toll[]) => Object.fromEntries(assignClaims(claims, topics, sources).map((x) => [claims.find((c) => c.id === x.claimId)!.text, x.topicId]))
  it('bodies recovered join the death toll when no topic asks for bodies alone', () => {
    expect(placed([toll])).toEqual({ '78': 'toll', 'At least 81': 'toll' })
  })
  it('and go to their own topic when there is one', () => {
    expect(placed([toll, bodies])).toEqual({ '78': 'bodies', 'At least 81': 'toll' })
  })
})
