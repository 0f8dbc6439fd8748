import { extractClaims } from './src/core/extract'
const show = (lang: 'en' | 'fr', text: string, published = '2025-11-28') => console.log(JSON.stringify(extractClaims({ id: 't', text, lang, published, window: null }).map((c) => [c.text, c.quantity.kind, c.quantity.lo, c.quantity.hi, c.quantity.unit, c.quantity.qualifier])))
show('en', 'The blast hit at 10 a.m. and again at 3 pm, and by 5 o\'clock >300,000 people had fled in the 2023-24 season.')
show('en', 'A quarter of a million or more were made homeless; half a dozen aid agencies and a handful of doctors.')
show('fr', 'Le séisme a frappé à 23 heures, puis vers 23h on comptait 48 heures de répit, de 12 à 24 heures.')
show('en', 'Nine men aged 21-41 were detained for 11 months.')
show('en', 'The talks ran from 9 a.m. to 5 p.m. on Friday 22 December.', '2023-12-23')
