import { extractClaims } from './src/core/extract'
const show = (lang: 'en' | 'fr', text: string, published = '2025-11-28') => console.log(JSON.stringify(extractClaims({ id: 't', text, lang, published, window: null }).map((c) => [c.text, c.quantity.kind, c.quantity.lo, c.quantity.hi, c.quantity.unit, c.quantity.qualifier])))
show('fr', "Le dernier bilan fait état de 2012 morts et de 2059 blessés, dont 1404 dans un état grave. Un séisme de 6,4 degrés sur l'échelle de Richter avait secoué la région en 2004. C'est la première fois depuis un siècle.")
show('fr', 'Un séisme a secoué la région dans la nuit de dimanche à lundi 6 février.', '2023-02-08')
show('en', 'It was the strongest quake in at least a century, with a magnitude of 7.5.')
