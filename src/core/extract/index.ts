import type { Claim, Source } from '../model'
import { referenceDay } from '../corpus/load'
import { sentences, sentenceAt } from '../text/segment'
import { foldKey, toOriginal } from '../text/normalize'
import { AR } from './locales/ar'
import { EN } from './locales/en'
import { FR } from './locales/fr'
import type { Hit, Locale } from './common/contracts'
import { extractHits } from './common/engine'
import { attributeFigures } from '../entities/attribution'
import { scopesFor } from '../entities/scope'
import { conversionsIn } from './conversions'
import { incrementsIn } from './increments'
import type { Token, Tokenized } from './common/tokens'

/** Bumped whenever extraction gives different claims for the same text: cached claims of older versions are recomputed. */
export const EXTRACTOR_VERSION = 3

export type ExtractInput = Pick<Source, 'id' | 'text' | 'lang' | 'published' | 'window'>

/**
 * Every figure a source states, in text order: its exact span (text.slice(start, end) === claim.text),
 * normalised quantity, counted noun and sentence. Relative dates resolve against the publication
 * day (or the start of the window); without one they are marked unresolved.
 */
export function extractClaims(source: ExtractInput): Claim[] {
  const ref = referenceDay(source)
  const sents = sentences(source.text)
  const { tokenized, hits } = extractHits(localeOf(source.lang), source.text, ref)
  const claims = hits.map((h) => toClaim(source, tokenized, h, sents))
  const scopes = scopesFor(source.text, claims, tokenized.c)
  const attributions = attributeFigures(source.text, source.lang, claims.map((c) => ({ span: c.span, sentence: c.sentence, kind: c.quantity.kind })))
  const conversions = conversionsIn(source.text, claims)
  const increments = incrementsIn(source.text, claims)
  return claims.map((c, i) => ({ ...c, attribution: attributions[i].attribution, scopes: scopes[i], ...roleOf(attributions[i].statementTime, conversions.has(i), increments.has(i)) }))
}

const roleOf = (statementTime: boolean, conversion: boolean, increment: boolean): Pick<Claim, 'role'> =>
  statementTime ? { role: 'statement-time' } : conversion ? { role: 'conversion' } : increment ? { role: 'increment' } : {}

const LOCALES: Partial<Record<Source['lang'], Locale>> = { ar: AR, en: EN, fr: FR }
/** The locale that reads a language. */
const localeOf = (lang: Source['lang']): Locale => LOCALES[lang] ?? AR

function toClaim(source: ExtractInput, tk: Tokenized, h: Hit, sents: ReturnType<typeof sentences>): Claim {
  const span = spanOf(tk, h.from, h.to, h.skip)
  const counted = h.counted ? spanOf(tk, h.counted[0], h.counted[1], 0) : null
  const sentence = sentenceAt(sents, span.start) ?? { start: 0, end: source.text.length }
  return {
    id: `${source.id}:${span.start}-${span.end}`,
    source: source.id,
    span,
    text: source.text.slice(span.start, span.end),
    quantity: h.quantity,
    counted: counted ? source.text.slice(counted.start, counted.end) : null,
    sentence,
    attribution: null,
    scopes: [],
  }
}

function spanOf(tk: Tokenized, from: number, to: number, skip: number) {
  const tokens: Token[] = tk.tokens
  return toOriginal(tk.c, tokens[from].s + skip, tokens[to - 1].e)
}

/** Reads a whole selection as one figure (for a reviewer adding what the extractor missed), or null. */
export function parseFigure(text: string, ref: string | null = null, lang: Source['lang'] = 'ar'): Claim['quantity'] | null {
  // A written fraction ("١١/١٠") is a number when it is all that was selected; in running text it may be a date.
  const frac = /^\s*(-?)(\d+)\s*\/\s*(\d+)\s*$/.exec(foldKey(text))
  if (frac && Number(frac[3]) !== 0) {
    const v = (frac[1] ? -1 : 1) * Number(frac[2]) / Number(frac[3])
    return { kind: 'count', lo: v, hi: v, unit: null, per: null, precision: 'exact', qualifier: null }
  }
  const { hits, tokenized } = extractHits(localeOf(lang), text, ref, true)
  if (hits.length !== 1) return null
  const h = hits[0]
  const covered = tokenized.tokens.slice(0, h.from).every((t) => t.t === 'p') && tokenized.tokens.slice(h.to).every((t) => t.t === 'p')
  return covered ? h.quantity : null
}
