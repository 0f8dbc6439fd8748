import type { Context, Hit, Refiner } from '../contracts'
import { CURRENCY_FAMILIES, isFamily } from '../currencies'
import type { PhraseSet } from '../phrases'

/**
 * Gives a bare shared currency name the code of the country the text is about: "ملياري دينار"
 * in a report on Libya is LYD, "100 مليار ليرة" in Beirut LBP, "30 ألف درهم" in Morocco MAD.
 * `places` maps countries, their capitals, cities and demonyms to the currency used there. With
 * no place named, the family's default stands (the first code of CURRENCY_FAMILIES); `families`
 * are those codes with the platform's (platformCurrencies.ts).
 */
export function resolveCurrencies(places: PhraseSet<string>, families: Record<string, string[]> = CURRENCY_FAMILIES): Refiner {
  return {
    name: 'ResolveCurrencies',
    refine(ctx: Context, hits: Hit[]): Hit[] {
      if (!hits.some((h) => isFamily(familyOf(h.quantity.unit)))) return hits
      const mentions = new Map<string, number>()
      const { tokens } = ctx
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].t !== 'w') continue
        const p = places.at(tokens, i)
        if (p) { mentions.set(p.value, (mentions.get(p.value) ?? 0) + 1); i += p.n - 1 }
      }
      return hits.map((h) => {
        const fam = familyOf(h.quantity.unit)
        if (!isFamily(fam)) return h
        const codes = families[fam!] ?? []
        let best = codes[0] ?? fam!.slice(1).toUpperCase()
        let most = 0
        for (const c of codes) if ((mentions.get(c) ?? 0) > most) { most = mentions.get(c)!; best = c }
        const unit = h.quantity.unit!.replace(fam!, best)
        return { ...h, quantity: { ...h.quantity, unit } }
      })
    },
  }
}

// A money unit, or a rate's ("~dinar/month").
const familyOf = (unit: string | null) => (unit ? unit.split('/')[0] : null)
