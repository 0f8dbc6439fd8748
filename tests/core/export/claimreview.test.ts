import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ClaimReview, WithContext } from 'schema-dts'
import { claimReviews, claimReviewJson } from '../../../src/core/export'
import { claimStatement } from '../../../src/core/export/claimreview'
import type { Claim, Source } from '../../../src/core/model'
import { analysis, corrections, reviews } from './fixture'

const input = { analysis, reviews, corrections }

// The shape a ClaimReview consumer (Google's fact-check markup, the ClaimReview project) expects.
const Org = z.object({ '@type': z.literal('Organization'), name: z.string().min(1) }).strict()
const Appearance = z.object({
  '@type': z.enum(['NewsArticle', 'AnalysisNewsArticle']),
  headline: z.string().min(1),
  inLanguage: z.string(),
  text: z.string().min(1).optional(),
  url: z.url().optional(),
  datePublished: z.iso.date().optional(),
  publisher: Org.optional(),
  sourceOrganization: Org.optional(),
}).strict()
const ClaimReviewShape = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.url().optional(),
  name: z.string().min(1),
  inLanguage: z.enum(['en', 'ar']),
  claimReviewed: z.string().min(1),
  datePublished: z.iso.date(),
  author: z.object({ '@type': z.literal('Person'), name: z.string().min(1) }).strict(),
  publisher: Org.optional(),
  reviewBody: z.string().optional(),
  // The verdict in words; no number, as a verdict is not a degree of truth.
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    alternateName: z.string().min(1),
    ratingExplanation: z.string().optional(),
  }).strict(),
  itemReviewed: z.object({ '@type': z.literal('Claim'), name: z.string(), appearance: z.array(Appearance).min(1) }).strict(),
}).strict()

describe('ClaimReview JSON-LD', () => {
  it('can be embedded in a script element: < > & are written as \\u escapes, and the data is unchanged', () => {
    const evil = '</script><script>alert(1)</script> & more'
    const hostile = { ...input, reviews: [{ ...reviews[0], note: evil, reason: evil }] }
    const json = claimReviewJson(claimReviews(hostile))
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json).reviewBody).toContain(evil)
  })

  it('gives one review per reviewed topic, in the expected shape', () => {
    const out = claimReviews(input, { baseUrl: 'https://factcheck.example/app/', publisher: 'Desk' })
    expect(out).toHaveLength(1)
    const review = ClaimReviewShape.parse(out[0])
    expect(review.url).toBe('https://factcheck.example/app/#/topics/bamex-dates')
    expect(review.datePublished).toBe('2025-12-01')
    expect(review.author.name).toBe('Salma')
    expect(review.publisher?.name).toBe('Desk')
    expect(review.reviewRating.alternateName).toBe('Needs review')
    expect(review.reviewRating.ratingExplanation).toBe(reviews[0].reason)
    // The disputed figure stated in words, each value with who gives it.
    expect(review.claimReviewed).toBe('BAMEX 2025 dates: mid-November 2025 (Le Monde), 3 days (Le Monde) or 11–24 November 2025 (Daily Sabah)')
  })

  it('sums up a topic of many figures: how many, from how many sources, and the first few', () => {
    const src = (id: string, outlet: string) => ({ id, outlet, text: '', lang: 'en', published: null, window: null }) as unknown as Source
    const sources = new Map([src('a', 'Alpha'), src('b', 'Beta'), src('c', 'Gamma')].map((s) => [s.id, s]))
    const claims = [10, 20, 30, 40, 50, 60, 70, 80].map((v, i) => ({ id: `x${i}`, source: 'abc'[i % 3], quantity: { kind: 'count', lo: v, hi: v, unit: null, per: null, precision: 'exact', qualifier: null } }) as unknown as Claim)
    expect(claimStatement('People injured', claims, sources, 'en')).toBe('People injured: 8 figures from 3 sources, among them 10 (Alpha), 20 (Beta), 30 (Gamma), 40 (Alpha) or 50 (Beta)')
    expect(claimStatement('الجرحى', claims, sources, 'ar')).toBe('الجرحى: 8 أرقام من 3 مصادر، منها 10 (Alpha) أو 20 (Beta) أو 30 (Gamma) أو 40 (Alpha) أو 50 (Beta)')
  })

  it('lists each source once as an appearance, with its quote, outlet and URL', () => {
    const [review] = claimReviews(input)
    const item = ClaimReviewShape.parse(review).itemReviewed
    expect(item.appearance.map((a) => a.headline)).toEqual(['Turkey in Mali (Le Monde)', 'Blockade in Mali'])
    expect(item.appearance[0]).toMatchObject({ '@type': 'NewsArticle', publisher: { name: 'Le Monde' }, sourceOrganization: { name: 'Arabi21' } })
    expect(item.appearance[0].text).toContain('منتصف تشرين الثاني/نوفمبر 2025')
    expect(item.appearance[1]).toMatchObject({ '@type': 'AnalysisNewsArticle', url: 'https://example.org/a?x=1', datePublished: '2025-11-28' })
  })

  it('takes an accepted suggestion as the verdict, in Arabic when asked', () => {
    const accepted = [{ ...reviews[0], override: null, reason: '' }]
    const [review] = claimReviews({ ...input, reviews: accepted }, { lang: 'ar' })
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'المصادر متعارضة', ratingExplanation: analysis.comparisons[0].explanation.ar })
    expect(review.name).toBe('مواعيد معرض بامكس 2025')
    expect(review.claimReviewed).toBe('مواعيد معرض بامكس 2025: منتصف نوفمبر 2025 (Le Monde) أو 3 أيام (Le Monde) أو 11–24 نوفمبر 2025 (Daily Sabah)')
  })

  it('is typed by schema-dts and is JSON-LD: a context, a type on every node, and the topic’s own address', () => {
    const out: WithContext<ClaimReview>[] = claimReviews(input, { baseUrl: 'https://desk.example/claims/#/overview' })
    const json = JSON.parse(claimReviewJson(out))
    expect(json['@context']).toBe('https://schema.org')
    const untyped: string[] = []
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`))
      else if (node && typeof node === 'object') {
        if (!('@type' in node)) untyped.push(path)
        for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') walk(v, `${path}.${k}`)
      }
    }
    walk(json, '$')
    expect(untyped).toEqual([])
    expect(json.url).toBe('https://desk.example/claims/#/topics/bamex-dates')
  })

  it('leaves out topics nobody reviewed, and writes one object for one review', () => {
    expect(claimReviews({ ...input, reviews: [] })).toEqual([])
    const json = JSON.parse(claimReviewJson(claimReviews(input)))
    expect(json['@type']).toBe('ClaimReview')
    expect(Array.isArray(JSON.parse(claimReviewJson([])))).toBe(true)
  })
})
