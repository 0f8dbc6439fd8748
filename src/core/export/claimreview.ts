// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for each reviewed topic, as
// fact-check publishers and search engines read it. Types from schema-dts.
import type { AnalysisNewsArticle, ClaimReview, NewsArticle, Organization, Person, WithContext } from 'schema-dts'
import type { Source, Verdict } from '../model'
import { indexExport, sourcesOf, type ExportInput } from './context'
import { VERDICT_LABEL } from './words'
import { sayQuantity } from '../quantity'
import { finalVerdict } from '../workspace/review'

/**
 * The verdict on a 1–5 scale of how far the sources bear one another out (5: they agree; 1: they
 * conflict). It rates the coverage, not the truth of the figure; alternateName says which verdict.
 */
export const VERDICT_RATING: Record<Verdict, number> = {
  'agree': 5,
  'agree-precision': 4,
  'time-series': 3,
  'other-scope': 3,
  'single-source': 2,
  'needs-review': 2,
  'conflict': 1,
}

export interface ClaimReviewOptions {
  lang?: 'en' | 'ar'
  /** Where the app (or the published fact-check) lives; a review's url is this + "#/topics/<id>". */
  baseUrl?: string | null
  /** The organisation that publishes the fact-check, if any. */
  publisher?: string | null
  /** Topics to include; all reviewed topics when absent. Topics with no review are always left out. */
  topicIds?: string[]
}

function appearance(s: Source, quote: string): NewsArticle | AnalysisNewsArticle {
  const base = {
    headline: s.title,
    inLanguage: s.lang,
    text: quote,
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
    ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } satisfies Organization } : {}),
    ...(s.via ? { sourceOrganization: { '@type': 'Organization', name: s.via } satisfies Organization } : {}),
  }
  return s.kind === 'analysis' ? { '@type': 'AnalysisNewsArticle', ...base } : { '@type': 'NewsArticle', ...base }
}

/** One ClaimReview per reviewed topic (a topic with a TopicReview), in topic order. */
export function claimReviews(input: ExportInput, opts: ClaimReviewOptions = {}): WithContext<ClaimReview>[] {
  const lang = opts.lang ?? 'en'
  const ix = indexExport(input)
  const wanted = opts.topicIds ? new Set(opts.topicIds) : null
  const out: WithContext<ClaimReview>[] = []
  for (const topic of input.analysis.topics) {
    const review = ix.review.get(topic.id)
    if (!review || (wanted && !wanted.has(topic.id))) continue
    const cmp = ix.comparison.get(topic.id)
    const verdict = finalVerdict(cmp, review)
    if (!verdict) continue
    const claimIds = ix.claimsOf.get(topic.id) ?? []
    const claims = claimIds.map((id) => ix.claim.get(id)).filter((c) => c !== undefined)
    const stated = claims.map((c) => `«${c.text}» (${ix.source.get(c.source)?.outlet ?? ix.source.get(c.source)?.title ?? c.source}: ${sayQuantity(c.quantity, lang)})`)
    const label = topic.label[lang]
    const explanation = review.override ? review.reason || (cmp?.explanation[lang] ?? '') : (cmp?.explanation[lang] ?? '')
    const author: Person = { '@type': 'Person', name: review.reviewer || 'anonymous' }
    const body = [review.override && review.reason ? review.reason : '', review.note].filter(Boolean).join('\n\n')
    const item: WithContext<ClaimReview> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(opts.baseUrl ? { url: `${opts.baseUrl.replace(/#.*$/, '')}#/topics/${encodeURIComponent(topic.id)}` } : {}),
      name: label,
      inLanguage: lang,
      claimReviewed: stated.length ? `${label}: ${stated.join('; ')}` : label,
      datePublished: review.at.slice(0, 10),
      author,
      ...(opts.publisher ? { publisher: { '@type': 'Organization', name: opts.publisher } satisfies Organization } : {}),
      ...(body ? { reviewBody: body } : {}),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: VERDICT_RATING[verdict],
        bestRating: 5,
        worstRating: 1,
        alternateName: VERDICT_LABEL[verdict][lang],
        ...(explanation ? { ratingExplanation: explanation } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        name: label,
        appearance: sourcesOf(claimIds, ix).map((s) => {
          const quotes = claims.filter((c) => c.source === s.id).map((c) => s.text.slice(c.sentence.start, c.sentence.end) || c.text)
          return appearance(s, quotes.join(' … '))
        }),
      },
    }
    out.push(item)
  }
  return out
}

/** The JSON-LD file: a single review as an object, several as an array. */
export function claimReviewJson(reviews: WithContext<ClaimReview>[]): string {
  return `${JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2)}\n`
}
