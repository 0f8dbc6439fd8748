import { extractHits } from './src/core/extract/common/engine'
import { EN } from './src/core/extract/locales/en'
import { FR } from './src/core/extract/locales/fr'
import { tokenize } from './src/core/extract/common/tokens'
import { newsCorpus } from './tests/bench/corpus'
const t = (label: string, f: () => void, n: number) => { f(); f(); const t0 = performance.now(); for (let i = 0; i < 5; i++) f(); const dt = (performance.now() - t0) / 5; console.log(label.padEnd(30), (n / dt / 1e3).toFixed(2), 'M chars/s') }
for (const [lang, L] of [['en', EN], ['fr', FR]] as const) {
  const text = newsCorpus(lang)
  const noRef = { ...L, refiners: [] }
  t(`${lang} tokenize`, () => tokenize(text), text.length)
  t(`${lang} parsers only`, () => extractHits(noRef, text, '2025-11-28'), text.length)
  t(`${lang} hits`, () => extractHits(L, text, '2025-11-28'), text.length)
  for (const r of L.refiners) t(`${lang} + ${r.name}`, () => extractHits({ ...L, refiners: [r] }, text, '2025-11-28'), text.length)
}
