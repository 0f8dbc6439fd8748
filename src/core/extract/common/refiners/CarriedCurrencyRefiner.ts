import type { Context, Hit, Refiner } from '../contracts'
import type { PhraseSet } from '../phrases'

// An amount whose currency the text named once and then left out: "800 millions d'euros, dont 200
// millions", "A
// ce compte-là, 900 millions, on y arrive vite" after "900 millions de dollars", a heading "Un
// milliard pour trois mois" over "un milliard de dollars". Only a bare scaled amount (a million or
// more, counting nothing: no noun after it) takes a currency, and only from an earlier money figure
// of its sentence that a word of sharing ties it to ("dont", "including", "منها", "puis") or one
// that gave the same amount earlier, or one it follows in a list of sums of one scale ("52 مليار
// دولار، تلتها المباني السكنية بـ33 مليارًا", "$52 billion, then housing at 33 billion for…"), of
// any scale when a preposition of value puts it at a sum ("à 1,6 milliard d'euros, CaixaBank à
// moins de 400 millions");
// "1,5 million de personnes" keeps its noun, and "$1 billion to
// help 5.2 million" stays a count.

/** Amounts of at least this scale may leave their currency out; smaller bare numbers count things. */
const MIN_SCALE = 1e6

/** How many words a word of sharing before the amount may have ("of which", "من بينها"). */
const LINK_REACH = 3

/** `links`: the locale's words that tie an amount to a money figure before it (folded, after peeling). */
export function carriedCurrency(links: PhraseSet<true>): Refiner {
  return {
    name: 'CarriedCurrency',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      const money = hits.filter((h) => h.quantity.kind === 'money' && h.quantity.unit)
      if (!money.length) return hits
      return hits.map((h) => {
        const q = h.quantity
        if (q.kind !== 'count' || q.unit !== null || (h.counted && !governed(ctx, h.counted)) || !h.num || h.num.scale < MIN_SCALE) return h
        const from = (linkedBefore(ctx, h, links) ? nearestBefore(ctx, h, money) : null) ?? sameAmountBefore(h, money) ?? listedAfter(ctx, h, money)
        return from ? { ...h, counted: null, quantity: { ...q, kind: 'money', unit: from.quantity.unit } } : h
      })
    },
  }
}

// What follows is a phrase of its own, not a counted noun: an Arabic word glued to a preposition and
// an article ("منها 200 مليون للإعمار").
const governed = (ctx: Context, [from]: [number, number]) => /^(لل|[لب]ال)/.test(ctx.tokens[from].w)

// (The word of sharing stands right before the amount, its qualifier being part of it: "then
// evacuated 2 million", "including food for 1.2 million" tie nothing.)
function linkedBefore(ctx: Context, h: Hit, links: PhraseSet<true>): boolean {
  for (let k = h.from - 1; k >= Math.max(0, h.from - LINK_REACH); k--) {
    if (ctx.tokens[k + 1].nl) return false
    const link = links.at(ctx.tokens, k)
    if (link && k + link.n === h.from) return true
  }
  return false
}

// The nearest money figure before the amount in its sentence.
function nearestBefore(ctx: Context, h: Hit, money: Hit[]): Hit | null {
  let best: Hit | null = null
  for (const m of money) if (m.to <= h.from && oneSentence(ctx, m.to, h.from)) best = m
  return best
}

function oneSentence(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k].nl || ctx.tokens[k].w === '.' || ctx.tokens[k + 1]?.nl) return false
  return true
}

// An earlier money figure of the same amount ("900 millions de dollars" before "900 millions").
function sameAmountBefore(h: Hit, money: Hit[]): Hit | null {
  let found: Hit | null = null
  for (const m of money) if (m.to <= h.from && m.quantity.lo === h.quantity.lo && m.quantity.hi === h.quantity.hi) found = m
  return found
}

// An item of a list of sums says what the sum is put at or what it is for: a preposition of value
// before it ("بـ33 مليارًا", "بنحو 75 مليارًا", "housing at 33 billion", "le logement à 33
// milliards"), or the thing it pays for after it ("82 مليارًا للبنية التحتية", "33 billion for
// housing", "33 milliards pour le logement"). ("food for 1.2 million", "puis évacué 2 millions" are
// neither: what is counted after "for", a verb before.)
const VALUED_AT = new Set(['ب', 'at', 'à'])
const PAYS_FOR = new Set(['for', 'pour'])
function listItem(ctx: Context, h: Hit): boolean {
  const next = ctx.tokens[h.to]
  return valuedAt(ctx, h) || !!next && !next.nl && (PAYS_FOR.has(next.w) || /^لل\p{L}/u.test(next.w))
}
const valuedAt = (ctx: Context, h: Hit) => {
  const first = ctx.tokens[h.from]
  const before = ctx.tokens[h.from - 1]
  return (first.t === 'w' && /^ب\p{L}{2,}/u.test(first.w)) || (!!before && VALUED_AT.has(before.w))
}

// The scale word an amount is written with, from its value ("345 مليار" of a range "بين 140 و345 مليار").
const thousands = (v: number | string | null) => (typeof v === 'number' && v >= 1000 ? 1000 ** Math.floor(Math.log10(v) / 3) : 1)

// A bare amount in a list of sums: an earlier money figure of its sentence written with the same
// scale ("billion", "مليار"), a comma or semicolon between them (a list, not "$400 million to help 3
// million"), and the amount an item of the list. An item put at a value by its preposition may
// have another scale: estimates of one cost set side by side ("La CEOE l'évalue à 1,6 milliard
// d'euros, CaixaBank à moins de 400 millions", "قدرها الاتحاد بـ1.6 مليار يورو، والبنك بـ400 مليون").
function listedAfter(ctx: Context, h: Hit, money: Hit[]): Hit | null {
  const m = nearestBefore(ctx, h, money)
  if (!m || (thousands(m.quantity.hi ?? m.quantity.lo) !== thousands(h.quantity.lo) && !valuedAt(ctx, h)) || !listItem(ctx, h)) return null
  for (let k = m.to; k < h.from; k++) if (/^[,،;؛]$/.test(ctx.tokens[k].w)) return m
  return null
}
