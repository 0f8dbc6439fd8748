import { describe, expect, it } from 'vitest'
import { coverageCues, nounKey, skeleton } from '../../../src/core/align/coverageCues'
import { assignClaims } from '../../../src/core/align/assign'
import { topicFromText } from '../../../src/core/align/topicFromText'
import { extractClaims } from '../../../src/core/extract'
import type { Lang, Source } from '../../../src/core/model'

// A topic named by a noun no measure covers finds its figures through the coverage: the other
// forms of its noun that reports write, and the nouns other-language reports give the same figure.
// Reports written for these tests.

const source = (id: string, lang: Lang, text: string): Source => ({ id, lang, text, published: '2025-02-03', window: null }) as Source

describe('noun keys', () => {
  it.each([
    ['ar', 'والجسور', 'جسور'],
    ['ar', 'جسراً', 'جسر'],
    ['ar', 'للمساجد', 'مساجد'],
    ['en', 'bridges', 'bridge'],
    ['fr', 'ponts', 'pont'],
    ['fr', 'Châteaux', 'château'],
    ['en', 'bus', 'bus'],
  ] as const)('%s %s → %s', (lang, word, key) => {
    expect(nounKey(word, lang)).toBe(key)
  })
  it('a broken plural meets its singular', () => {
    expect(skeleton(nounKey('المساجد', 'ar'))).toBe(skeleton(nounKey('مسجد', 'ar')))
    expect(skeleton(nounKey('الجسور', 'ar'))).toBe(skeleton(nounKey('جسراً', 'ar')))
    expect(skeleton(nounKey('مدارس', 'ar'))).not.toBe(skeleton(nounKey('جسور', 'ar')))
  })
})

describe('cues from the coverage', () => {
  const reports = [
    source('en-1', 'en', 'Officials said 47 mosques were swept away by the flood, and 300 people were evacuated.'),
    source('ar-1', 'ar', 'جرفت السيول 47 مسجداً في الإقليم، وأجلت السلطات 300 شخص. وتعمل الفرق على إصلاح المساجد المتبقية.'),
    source('fr-1', 'fr', "La crue a emporté 47 mosquées dans la région, selon les autorités."),
  ]
  it('adds the nouns other languages give the same figure, and the Arabic forms the reports use', () => {
    const cues = coverageCues(['mosque'], reports)
    expect(cues).toEqual(expect.arrayContaining(['mosque', 'مسجد', 'mosquée', 'مساجد']))
  })
  it('adds nothing a figure of another thing states', () => {
    // (300 people: people are no noun of a thing counted.)
    const cues = coverageCues(['mosque'], reports)
    expect(cues).not.toContain('شخص')
    expect(cues.some((c) => /إقليم|اقليم|region|région/u.test(c))).toBe(false)
  })
  it('reads a report again when its text changes', () => {
    const en = source('en-1', 'en', 'Officials said 47 mosques were swept away.')
    const fr = source('fr-1', 'fr', 'La crue a emporté 47 mosquées.')
    expect(coverageCues(['mosque'], [en, fr])).toContain('mosquée')
    fr.text = 'La crue a emporté 47 chapelles.'
    const cues = coverageCues(['mosque'], [en, fr])
    expect(cues).toContain('chapelle')
    expect(cues).not.toContain('mosquée')
  })
  it('a round number pairs two nouns only when another figure agrees', () => {
    const round = [source('en-1', 'en', 'Crews cleared 40 mosques.'), source('ar-1', 'ar', 'سقط 40 قتيلاً في الإقليم.')]
    expect(coverageCues(['mosque'], round)).toEqual(['mosque'])
  })
  it('a topic from a reader\'s words takes the figures of the other languages', () => {
    const t = topicFromText({ id: 'mosques', label: 'Mosques swept away', kind: 'count' })!
    expect(t.concept).toBeUndefined()
    const later = source('ar-2', 'ar', 'قالت الوزارة إن 12 مسجداً أعيد فتحها أمام المصلين.')
    const all = [...reports, later]
    const claims = all.flatMap((s) => extractClaims(s))
    const placed = assignClaims(claims, [t], all).map((a) => { const c = claims.find((x) => x.id === a.claimId)!; return `${c.source}:${c.text}` })
    expect(placed).toEqual(expect.arrayContaining(['en-1:47', 'ar-1:47', 'fr-1:47', 'ar-2:12']))
    expect(placed.some((p) => p.endsWith(':300'))).toBe(false)
  })
})

describe('a topic named in Arabic by a noun no measure covers', () => {
  it('finds the Arabic figures in every form of the noun, and the other languages\' figures', () => {
    const t = topicFromText({ id: 'mosques', label: 'عدد المساجد المنهارة', kind: 'count' })!
    expect(t.concept).toBeUndefined()
    expect(t.cues).toContain('مساجد')
    const reports = [
      source('ar-1', 'ar', 'انهار 23 مسجداً بسبب الفيضانات، بحسب وزارة الأوقاف.'),
      source('en-1', 'en', 'The religious affairs ministry said 23 mosques had collapsed in the floods.'),
      source('fr-1', 'fr', 'Selon le ministère, 23 mosquées se sont effondrées pendant les inondations.'),
    ]
    const claims = reports.flatMap((s) => extractClaims(s))
    const placed = assignClaims(claims, [t], reports).map((a) => claims.find((x) => x.id === a.claimId)!.source)
    expect(placed.sort()).toEqual(['ar-1', 'en-1', 'fr-1'])
  })
})
