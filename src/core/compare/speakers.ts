import type { Claim, Source } from '../model'
import { attributeFigures } from '../entities/attribution'
import { foldKey } from '../text/normalize'
import { KNOWN_ORIGINS, originOf, UN_BODIES, unFieldAgency } from './origins'
import { AUTHORITY_KINDS, lastKindNamed, namesKind } from './authorities'

// Who a figure goes back to when its own sentence names no one. News writes a body's statement
// over several sentences: "The agency said health workers had also been targeted. A nurse was
// killed and three other staff wounded on Sunday." The figures of the second sentence are the
// agency's, as a reader takes them; so a figure with no speaker takes the speaker of one of the two
// sentences before it in its paragraph. A nameless speaker ("the agency", "l'agence", "المنظمة")
// is the known body last named before it ("the World Health Organization said…"). Only a body is
// taken this way: a person or an unnamed source two sentences back is too loose a link to say
// who counted.

/** How far back a paragraph's speaker is looked for: two sentences, within this many characters. */
const BACK_SENTENCES = 2
const BACK_CHARS = 600
/** How far back a nameless body ("the agency") is looked for by name. */
const NAME_BACK_CHARS = 1500

// "the agency", "the UN agency", "l'agence onusienne", "المنظمة الأممية": a body not named.
const NAMELESS = /^(?:the\s+|l'|l’)?(?:un\s+|u\.n\.\s+)?(?:agency|organi[sz]ation|office|agence|organisation|وكاله|منظمه|الوكاله|المنظمه|المكتب|الهيئه)(?:\s+(?:onusienne|الامميه|الدوليه|onusien))?$/u

// Any word that may name a body, on the text as written (Arabic letters that fold together
// matched as a class): known bodies, kinds of authority, nameless bodies. A cheap test that spares
// reading the paragraphs that cannot name one.
const VARIANTS: Record<string, string> = { 'ا': '[اأإآ]', 'ه': '[هة]', 'ة': '[هة]', 'ي': '[يى]', 'ى': '[يى]' }
const spelled = (w: string) => [...foldKey(w).replace(/^ال/, '')].map((ch) => VARIANTS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('')
const MAY_NAME_A_BODY = new RegExp([...KNOWN_ORIGINS.flat().filter((n) => n.length > 2), ...AUTHORITY_KINDS.flatMap((k) => k.words), 'agency', 'organization', 'organisation', 'agence', 'وكالة', 'منظمة', 'هيئة']
  .map(spelled).sort((a, b) => b.length - a.length).join('|'), 'iu')

/** The known bodies' names longer than `min` letters, folded, each with the body's first name. */
const namesLongerThan = (min: number) => KNOWN_ORIGINS.flatMap((names) => names.filter((n) => n.length > min).map((n) => ({ name: foldKey(n), canonical: names[0] })))
const KNOWN_NAMES = namesLongerThan(3)
/** Whether `hay` holds a whole word (not inside a longer one) of `length` letters at `i`. */
const wholeWordAt = (hay: string, i: number, length: number) => i > 0 && !/[\p{L}\p{N}]/u.test(hay[i - 1]) && !/[\p{L}\p{N}]/u.test(hay[i + length] ?? ' ')

// The United Nations named with a field, in the words right after it, is that field's agency: "the
// UN children's agency", "وكالة الأمم المتحدة للطفولة", "l'agence de l'ONU pour l'enfance", "l'agence
// onusienne pour les réfugiés". (Within the noun phrase: up to a comma or a sentence's end.)
const UN_NAMED = /(?<![\p{L}])(?:un|u\.n\.|united nations|nations unies|onu|onusiennes?|onusiens?|الامم المتحده|الامميه)(?![\p{L}])/gu
const FIELD_WITHIN = 40
const fieldAfter = (before: string, i: number): string | null => unFieldAgency(before.slice(i, i + FIELD_WITHIN).split(/[,.;:!?؟،]/u)[0])

/** The known body named last before an offset of a text, within NAME_BACK_CHARS (only a UN body when `un`), or null. */
export function bodyNamedBefore(text: string, at: number, un = false): string | null {
  const raw = text.slice(Math.max(0, at - NAME_BACK_CHARS), at)
  const before = ` ${foldKey(raw)} `
  let best: { at: number; canonical: string } | null = null
  for (const k of KNOWN_NAMES) {
    if (un && !UN_BODIES.has(k.canonical)) continue
    const i = before.lastIndexOf(k.name)
    if (wholeWordAt(before, i, k.name.length) && (!best || i > best.at)) best = { at: i, canonical: k.canonical }
  }
  // (French "un" is an article: the UN in two letters only as capitals, "UN", in the text as written.)
  for (const m of before.matchAll(UN_NAMED)) {
    if (m[0] === 'un' && !/(?<![\p{L}])UN(?![\p{L}])/u.test(raw.slice(Math.max(0, m.index - 3), m.index + 3))) continue
    const agency = best && m.index < best.at ? null : fieldAfter(before, m.index)
    if (agency) best = { at: m.index, canonical: agency }
  }
  return best?.canonical ?? null
}

// A body that passes on another's count says so, before or after it: "Quoting the latest data
// from the IOM, OCHA said…", "…, citing figures from the Red Crescent", "the office referred to
// the Red Crescent", "en attribuant ce décompte au Croissant-Rouge", "citant des chiffres de
// l'OIM", "نقلاً عن بيانات المنظمة الدولية للهجرة", "عازياً الأرقام إلى الهلال الأحمر". The count
// is the cited body's.
const CITING = /(?:^|[^\p{L}])(?:citing|cited|quoting|drawing on|relying on|based on|referring to|refers to|referred to|attributing|citant|reprenant|s'appuyant sur|sur la base d|en attribuant|attribuant|se referant|se référant|نقلا عن|استنادا (?:الي|الى)|بالاستناد (?:الي|الى)|اعتمادا علي|مستندا (?:الي|الى)|مستنده (?:الي|الى)|عازيا|عازيه|معزيا)(?![\p{L}])/gu
/** What a sentence's paragraph gives (its speaker's body, the body it cites), by source and sentence. */
const CACHE = new Map<string, string | null>()
/** How far after a citing phrase the cited body is looked for ("citing the latest displacement figures from…"). */
const CITED_WITHIN = 90
// (Short names too, after a citing phrase: "citing the IOM".)
const CITED_NAMES = namesLongerThan(2).map((k) => ({ ...k, name: k.name.replace(/^the\s+/, '') }))

/**
 * The known body a figure's paragraph says its speaker cites, up to the end of the figure's
 * sentence (the citing phrase nearest the figure), or null.
 */
export function citedBody(source: Pick<Source, 'id' | 'text'>, sentence: { start: number; end: number }): string | null {
  // Figures of one sentence share it: read once.
  const key = `cited:${source.id}:${source.text.length}:${sentence.start}`
  if (CACHE.has(key)) return CACHE.get(key)!
  const text = source.text
  const from = Math.max(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start - BACK_CHARS)
  const raw = text.slice(from, sentence.end)
  const found = CITING_HINT.test(raw) ? citedIn(foldKey(raw)) : null
  if (CACHE.size > 20_000) CACHE.clear()
  CACHE.set(key, found)
  return found
}
// Spares folding the paragraph when no word of citing stands in it.
const CITING_HINT = /citing|cited|quoting|drawing on|relying on|based on|referr|refers|attribu|citant|reprenant|appuyant|sur la base|r[eé]f[eé]rant|نقل|استناد|اعتماد|مستند|عازي|معزي/iu

function citedIn(window: string): string | null {
  let found: string | null = null
  for (const m of window.matchAll(CITING)) {
    const after = ` ${window.slice(m.index + m[0].length, m.index + m[0].length + CITED_WITHIN)} `
    let best: { at: number; len: number; canonical: string } | null = null
    for (const k of CITED_NAMES) {
      const i = after.indexOf(k.name)
      if (wholeWordAt(after, i, k.name.length) && (!best || i < best.at || (i === best.at && k.name.length > best.len))) best = { at: i, len: k.name.length, canonical: k.canonical }
    }
    if (best) found = best.canonical
  }
  return found
}

/** Whether a speaker is a body not named ("the agency"): then it is the body last named before. */
const NAMELESS_CACHE = new Map<string, boolean>()
export function isNameless(who: string): boolean {
  let hit = NAMELESS_CACHE.get(who)
  if (hit === undefined) {
    if (NAMELESS_CACHE.size > 5000) NAMELESS_CACHE.clear()
    NAMELESS_CACHE.set(who, hit = NAMELESS.test(foldKey(who).trim()))
  }
  return hit
}

/**
 * The body a figure goes back to when its sentence names none: its paragraph's speaker, with a
 * nameless one resolved, when that is a body; else null.
 */
export function paragraphBody(source: Pick<Source, 'id' | 'text' | 'lang'>, c: Pick<Claim, 'sentence' | 'attribution'>): string | null {
  if (c.attribution) return namelessBody(source.text, c.attribution.who, c.sentence.start)
  // Figures of one sentence share its paragraph: read once.
  const key = `${source.id}:${source.text.length}:${c.sentence.start}`
  if (CACHE.has(key)) return CACHE.get(key)!
  const found = fromParagraph(source, c.sentence.start)
  if (CACHE.size > 20_000) CACHE.clear()
  CACHE.set(key, found)
  return found
}

function fromParagraph(source: Pick<Source, 'text' | 'lang'>, at: number): string | null {
  const text = source.text
  // The paragraph: back to the last line break, and no further than BACK_CHARS.
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - BACK_CHARS)
  const window = text.slice(from, at)
  // Most paragraphs name no body: they are not read further.
  if (!MAY_NAME_A_BODY.test(window)) return null
  // Its sentences, last first: each ends at . ! ? or ؟ followed by a space or the window's end.
  const ends = [...window.matchAll(/[.!?؟](?=\s|$)/gu)].map((m) => m.index + 1)
  const starts = [0, ...ends]
  for (let k = ends.length - 1, seen = 0; k >= 0 && seen < BACK_SENTENCES; k--, seen++) {
    const sentence = { start: starts[k], end: ends[k] }
    if (sentence.end - sentence.start < 3 || !MAY_NAME_A_BODY.test(window.slice(sentence.start, sentence.end))) continue
    // A point just before the sentence's end stands in whatever it reports; so does a point at the
    // end of the clause after each word that may name a body ("le mohafez a évoqué une facture de
    // …,"), when the sentence ends on a clause of its own ("…, en précisant que seule l'expertise
    // permettrait d'affiner ce chiffre").
    const said = window.slice(sentence.start, sentence.end)
    const points = [sentence.end - 2, ...[...said.matchAll(new RegExp(MAY_NAME_A_BODY.source, 'giu'))].map((m) => {
      const comma = said.indexOf(',', m.index + m[0].length)
      return sentence.start + (comma > 0 ? comma - 1 : said.length - 2)
    })]
    // The nearest sentence with a speaker decides: a person or an unnamed source there is no body.
    let spoken = false
    for (const at of [...new Set(points)]) {
      const [a] = attributeFigures(window, source.lang, [{ span: { start: at, end: at + 1 }, sentence, kind: 'count' }])
      const who = a.attribution?.who
      if (!who) continue
      spoken = true
      const o = originOf(who)
      const body = o.key.startsWith('body:') ? o.key : namelessBody(text, who, from + sentence.start)
      if (body) return body
    }
    if (spoken) return null
  }
  return null
}

// "The UN agency", "l'agence onusienne", "المنظمة الأممية" is a UN body: the Red Crescent named
// between it and the UN office it stands for is not it.
const UN_MARK = /(?:^|[^\p{L}])(?:un|u\.n\.|onusienne|onusien|الامميه)(?![\p{L}])/u

// "The ministry", "le ministère", "الوزارة", "the minister": the ministry last named before.
const NAMELESS_MINISTRY = /^(?:the\s+|l'|l’|le\s+|la\s+)?(?:ministry|minister|ministere|ministère|ministre|وزاره|الوزاره|وزير|الوزير)$/u

function namelessBody(text: string, who: string, at: number): string | null {
  if (NAMELESS_MINISTRY.test(foldKey(who).trim())) {
    const kind = lastKindNamed(foldKey(text.slice(Math.max(0, at - NAME_BACK_CHARS), at)), (k) => k.endsWith('ministry'))
    return kind ? `body:${kind}` : null
  }
  if (!isNameless(who)) return null
  const named = bodyNamedBefore(text, at, UN_MARK.test(foldKey(who)))
  return named ? originOf(named).key : null
}

// Whether a report names a body shortly before an offset (within the paragraphs a reader still has
// in mind, BACK_CHARS): by one of its names (longer than three letters, as a whole word), or, for a
// kind of authority, by any wording of that kind ("le gouvernement", "الديوان الملكي"). A figure no
// one is credited with, right after the body whose number it is was named, passes that number on
// (relays.ts).
const FOLDED_CACHE = new Map<string, string>()
export function namesBodyBefore(source: Pick<Source, 'id' | 'text'>, origin: string, at: number): boolean {
  if (!origin.startsWith('body:')) return false
  const textKey = `${source.id}:${source.text.length}`
  let folded = FOLDED_CACHE.get(textKey)
  if (folded === undefined) {
    if (FOLDED_CACHE.size > 200) FOLDED_CACHE.clear()
    FOLDED_CACHE.set(textKey, folded = foldKey(source.text))
  }
  // (Folding keeps every offset.)
  const window = ` ${folded.slice(Math.max(0, at - BACK_CHARS), at)} `
  const body = origin.slice('body:'.length).replace(/@.*$/, '')
  const known = KNOWN_NAMES.filter((k) => k.canonical === body)
  if (!known.length) return namesKind(window, body)
  return known.some((k) => { for (let i = window.indexOf(k.name); i >= 0; i = window.indexOf(k.name, i + 1)) if (wholeWordAt(window, i, k.name.length)) return true; return false })
}
