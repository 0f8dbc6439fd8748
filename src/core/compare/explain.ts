import type { Claim, Source } from '../model'
import type { UiLang } from '../quantity'
import { sourceRef } from '../corpus/words'
import { sayDay } from '../quantity/dates'
import type { Reason } from './reason'
import type { WeakFigure } from './weak'
import { explainEn, weakEn } from './explain.en'
import { explainAr, weakAr } from './explain.ar'

// The words of a decision, in each interface language. The templates (explain.en.ts and
// explain.ar.ts) read a reason and name its figures through this context.

export interface ExplainContext {
  claim: (id: string) => Claim
  source: (c: Claim, lang: UiLang) => string
  /** Figures about a part, set aside, and what part they concern. */
  setAside: Claim[]
  /** How many outlets and origins the topic has. */
  outlets: number
  origins: number
  /** Figures placed on weak evidence, set aside from the decision (weak.ts). */
  weak?: WeakFigure[]
  /** The larger figure a figure set aside is a part of, when its report gives it as one ("including 20 million"). */
  wholeOf?: (id: string) => Claim | undefined
}

export function explain(reason: Reason, ctx: ExplainContext): { en: string; ar: string } {
  return { en: `${explainEn(reason, ctx)}${weakEn(ctx)}`, ar: `${explainAr(reason, ctx)}${weakAr(ctx)}` }
}

/** Whether the figures a reason names all come from one article, quoting speakers who differ: then each is named with its speaker. */
export function oneArticle(r: Reason, x: ExplainContext): boolean {
  const ids = r.code === 'bound' ? [r.bound, r.value] : r.code === 'within' ? [r.fine, r.coarse] : r.code === 'same' ? r.figures : r.code === 'no-overlap' ? [r.a, r.b] : r.code === 'fell' ? [r.earlier, r.later] : []
  const cs = ids.map(x.claim)
  return cs.length > 1 && new Set(cs.map((c) => c.source)).size === 1 && new Set(cs.map((c) => c.attribution?.who ?? '')).size > 1
}

/** Whether the two figures a conflict names are both credited to a speaker (two speakers of one article, not the article and a speaker). */
export const bothQuoted = (a: string, b: string, x: ExplainContext): boolean => !!x.claim(a).attribution?.who && !!x.claim(b).attribution?.who

/** The context of a topic's explanation, from its claims and sources. */
export function explainContext(claims: Claim[], sources: Map<string, Source>, setAside: Claim[], outlets: number, origins: number, weak: WeakFigure[] = [], wholes: ReadonlyMap<string, Claim> = new Map()): ExplainContext {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const names = { en: articleNames(claims, sources, 'en'), ar: articleNames(claims, sources, 'ar') }
  return {
    claim: (id) => byId.get(id)!,
    source: (c, lang) => names[lang].get(c.source)!,
    setAside, outlets, origins, weak,
    wholeOf: (id) => wholes.get(id),
  }
}

/**
 * How a topic's explanations name each article: by its outlet ("Le Monde"), and, when the topic
 * holds two articles or more of one outlet, which one, so that "AFP: 30, but AFP: 40" cannot be
 * read as one article: by its day ("AFP (article of 15 September 2023)"), else, when the days do
 * not tell them apart, by its place among them ("AFP (article 2)").
 */
function articleNames(claims: Claim[], sources: Map<string, Source>, lang: UiLang): Map<string, string> {
  const byName = new Map<string, string[]>()
  for (const id of new Set(claims.map((c) => c.source))) {
    const name = sourceRef(sources.get(id), id, lang)
    const l = byName.get(name)
    if (l) l.push(id)
    else byName.set(name, [id])
  }
  const out = new Map<string, string>()
  for (const [name, ids] of byName) {
    if (ids.length === 1) { out.set(ids[0], name); continue }
    const days = ids.map((id) => sources.get(id)?.published ?? null)
    const distinct = days.every((d) => d) && new Set(days).size === days.length
    ids.forEach((id, k) => out.set(id, distinct ? ARTICLE_OF[lang](name, sayDay(days[k]!, 'day', lang)) : ARTICLE_NO[lang](name, k + 1)))
  }
  return out
}
const ARTICLE_OF: Record<UiLang, (name: string, day: string) => string> = { en: (n, d) => `${n} (article of ${d})`, ar: (n, d) => `${n} (مقال ${d})` }
const ARTICLE_NO: Record<UiLang, (name: string, k: number) => string> = { en: (n, k) => `${n} (article ${k})`, ar: (n, k) => `${n} (المقال رقم ${k})` }
