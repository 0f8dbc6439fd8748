import { extractClaims } from './src/core/extract'
const show = (lang: 'en' | 'fr', text: string, published = '2025-11-28') => console.log(JSON.stringify(extractClaims({ id: 't', text, lang, published, window: null }).map((c) => [c.text, c.quantity.kind, c.quantity.lo, c.quantity.hi, c.quantity.unit, c.quantity.qualifier])))
show('fr', "L'UE a donné 30 + 33 millions €, le Royaume-Uni 20 + 5 millions £. Réf : 240613.")
