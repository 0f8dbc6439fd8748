import { memoWords } from '../../text/memo'
import type { Context, Hit, Locale, Parser } from './contracts'
import { tokenize, type Token, type Tokenized } from './tokens'

// The scanner: at each token, the parsers whose starters match it are tried, and the longest hit
// wins and consumes its tokens (ties go to a firm reading over a weak one, then to the parser
// listed first). The refiners then run in
// order over all hits. The starter index is built from the parsers themselves, so a parser can
// never be silently skipped: one with no starters is refused when the locale is compiled.

export interface Compiled {
  locale: Locale
  candidates: (t: Token) => Parser[] | null
}

const compiled = new WeakMap<Locale, Compiled>()

export function compile(locale: Locale): Compiled {
  const done = compiled.get(locale)
  if (done) return done
  const byWord = new Map<string, Parser[]>()
  const bySymbol = new Map<string, Parser[]>()
  const digits: Parser[] = []
  const shaped: Parser[] = []
  const add = (m: Map<string, Parser[]>, k: string, p: Parser) => { const l = m.get(k); if (!l) m.set(k, [p]); else if (!l.includes(p)) l.push(p) }
  for (const p of locale.parsers) {
    const s = p.starters
    let any = false
    for (const w of s.words ?? []) { add(byWord, w, p); any = true }
    for (const w of s.symbols ?? []) { add(bySymbol, w, p); any = true }
    if (s.digits) { digits.push(p); any = true }
    if (s.shape) { shaped.push(p); any = true }
    if (!any) throw new Error(`${locale.lang} parser ${p.name} declares no starters: it would never run`)
  }
  const order = (ps: Parser[]) => locale.parsers.filter((p) => ps.includes(p))
  const forWord = memoWords((w: string): Parser[] | null => {
    const found: Parser[] = []
    for (const r of locale.peel(w)) for (const p of byWord.get(r.stem) ?? []) if (!found.includes(p)) found.push(p)
    for (const p of shaped) if (!found.includes(p) && p.starters.shape!(w)) found.push(p)
    return found.length ? order(found) : null
  }, 50_000)
  for (const [k, v] of bySymbol) bySymbol.set(k, order(v))
  const c: Compiled = {
    locale,
    candidates: (t) => (t.t === 'n' ? (digits.length ? digits : null) : t.t === 'w' ? forWord(t.w) : bySymbol.get(t.w) ?? null),
  }
  compiled.set(locale, c)
  return c
}

export interface LocaleResult { tokenized: Tokenized; hits: Hit[] }

/** Every hit of one text in one locale, refined. */
export function extractHits(locale: Locale, text: string, ref: string | null, whole = false): LocaleResult {
  const { candidates } = compile(locale)
  const tokenized = tokenize(text)
  const { tokens } = tokenized
  const ctx: Context = { tokens, ref, whole, nameHeads: locale.learnNames ? locale.learnNames(tokens) : new Set(), original: { text, offsets: tokenized.c.offsets } }
  let hits: Hit[] = []
  for (let i = 0; i < tokens.length; i++) {
    const ps = candidates(tokens[i])
    if (!ps) continue
    let best: Hit | null = null
    for (const p of ps) {
      const h = p.extract(ctx, i)
      if (h && h.to > h.from && (!best || h.to > best.to || (h.to === best.to && best.weak && !h.weak))) best = h
    }
    if (best) {
      hits.push(best)
      i = Math.max(best.to, best.consumed ?? 0) - 1
    }
  }
  for (const r of locale.refiners) hits = r.refine(ctx, hits)
  return { tokenized, hits }
}
