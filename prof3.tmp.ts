import { extractHits } from './src/core/extract/common/engine'
import { EN } from './src/core/extract/locales/en'
import { FR } from './src/core/extract/locales/fr'
import { newsCorpus } from './tests/bench/corpus'
const lang = (process.env.L ?? 'en') as 'en' | 'fr'
const text = newsCorpus(lang)
for (let i = 0; i < 8; i++) extractHits(lang === 'en' ? EN : FR, text, '2025-11-28')
