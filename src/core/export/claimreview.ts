// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), one per reviewed topic, as
// Google's fact-check markup reads it: claimReviewed states the disputed figure in words,
// itemReviewed is a Claim with one appearance per source (its URL, outlet, date and quote), and
// reviewRating carries the verdict in words as alternateName. Verdicts are not put on a 1–5 truth
// scale: "sources conflict" says nothing of which figure is false. Types from schema-dts.
import type { AnalysisNewsArticle, ClaimReview, NewsArticle, Organization, Person, WithContext } from 'schema-dts'
import type { Claim, Source } from '../model'
import { indexExport, sourcesOf, type ExportInput } from './context'
import { VERDICT_LABEL } from './words'
import { quoteText } from './quote'
import { countNoun, listOf, NOUNS, sayQuantity, type UiLang } from '../quantity'
import { sourceName, sourceWord } from '../corpus/words'
import { finalVerdict } from '../workspace/review'

export interface ClaimReviewOptions {
  lang?: UiLang
  /** Where the app (or the published fact-check) lives; a review's url is this + "#/topics/<id>". */
  baseUrl?: string | null
  /** The organisation that publishes the fact-check, if any. */
  publisher?: string | null
  /** Topics to include; all reviewed topics when absent. Topics with no review are always left out. */
  topicIds?: string[]
}

function appearance(s: Source, quotes: string[], lang: UiLang): NewsArticle | AnalysisNewsArticle {
  const outlet = sourceWord(s, 'outlet', lang)
  const via = sourceWord(s, 'via', lang)
  const base = {
    headline: sourceWord(s, 'title', lang)?.text ?? s.id,
    inLanguage: s.lang,
    ...(quotes.length ? { text: quotes.join(' … ') } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
    ...(outlet ? { publisher: { '@type': 'Organization', name: outlet.text } satisfies Organization } : {}),
    ...(via ? { sourceOrganization: { '@type': 'Organization', name: via.text } satisfies Organization } : {}),
  }
  return s.kind === 'analysis' ? { '@type': 'AnalysisNewsArticle', ...base } : { '@type': 'NewsArticle', ...base }
}

/** The figure in dispute, stated: "BAMEX 2025 dates: 3 days (Le Monde) or 11–24 November 2025 (Daily Sabah)". */
export function claimStatement(label: string, claims: Claim[], sources: Map<string, Source>, lang: UiLang): string {
  const said = [...new Set(claims.map((c) => {
    const s = sources.get(c.source)
    return `${sayQuantity(c.quantity, lang)} (${s ? sourceName(s, lang) : c.source})`
  }))]
  if (!said.length) return label
  if (said.length <= STATED) return `${label}: ${listOf(said, lang, 'disjunction')}`
  // A topic of many figures is summed up: a fact-check's claim is a line, not the whole table.
  const outlets = countNoun(new Set(claims.map((c) => c.source)).size, NOUNS.source, lang)
  const figures = countNoun(said.length, NOUNS.figure, lang)
  const some = listOf(said.slice(0, STATED - 1), lang, 'disjunction')
  return lang === 'ar' ? `${label}: ${figures} من ${outlets}، منها ${some}` : `${label}: ${figures} from ${outlets}, among them ${some}`
}
/** How many figures the claim names before it sums them up. */
const STATED = 6

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
    const claims = (ix.claimsOf.get(topic.id) ?? []).map((id) => ix.claim.get(id)).filter((c) => c !== undefined)
    const label = topic.label[lang] || topic.label.en
    const explanation = review.override ? review.reason || (cmp?.explanation[lang] ?? '') : (cmp?.explanation[lang] ?? '')
    const author: Person = { '@type': 'Person', name: review.reviewer || (lang === 'ar' ? 'مراجِع غير مسمّى' : 'unnamed reviewer') }
    const body = [review.override && review.reason ? review.reason : '', review.note].filter(Boolean).join('\n\n')
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(opts.baseUrl ? { url: `${opts.baseUrl.replace(/#.*$/, '')}#/topics/${encodeURIComponent(topic.id)}` } : {}),
      name: label,
      inLanguage: lang,
      claimReviewed: claimStatement(label, claims, ix.source, lang),
      datePublished: review.at.slice(0, 10),
      author,
      ...(opts.publisher ? { publisher: { '@type': 'Organization', name: opts.publisher } satisfies Organization } : {}),
      ...(body ? { reviewBody: body } : {}),
      reviewRating: {
        '@type': 'Rating',
        alternateName: VERDICT_LABEL[verdict][lang],
        ...(explanation ? { ratingExplanation: explanation } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        name: label,
        appearance: sourcesOf(claims.map((c) => c.id), ix).map((s) => {
          const quotes = [...new Set(claims.filter((c) => c.source === s.id).map((c) => quoteText(s.text, c.sentence, c.span)))]
          return appearance(s, quotes, lang)
        }),
      },
    })
  }
  return out
}

/**
 * The JSON-LD file: a single review as an object, several as an array. `<`, `>` and `&` (and the
 * two line separators JavaScript reads as line ends) are written as \u escapes, so the text can
 * go inside <script type="application/ld+json"> as it is: a quote holding "</script>" cannot end it.
 */
export function claimReviewJson(reviews: WithContext<ClaimReview>[]): string {
  const json = JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2)
  return `${json.replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}
