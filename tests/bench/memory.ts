// Retained heap after extracting the seed corpus repeated to 1, 2.5 and 5 M characters: it should grow
// with the input, not faster. Run: npm run bench:memory
import { readFileSync } from 'node:fs'
import { extractClaims } from '../../src/core/extract'
const seed = ['000','001','002','003','004'].map(id => readFileSync(`data/sources/${id}.txt`,'utf8')).join('\n\n')
for (const n of [1e6, 2.5e6, 5e6]) {
  const text = seed.repeat(Math.ceil(n / seed.length))
  ;(globalThis as unknown as { gc: () => void }).gc(); const before = process.memoryUsage().heapUsed
  const claims = extractClaims({ id: 'm', text, lang: 'ar', published: '2025-11-28', window: null })
  ;(globalThis as unknown as { gc: () => void }).gc(); const after = process.memoryUsage().heapUsed
  console.log(`${(text.length/1e6).toFixed(1)} M chars: ${claims.length} claims, retained heap ${((after - before) / 1e6).toFixed(1)} MB, ${((after-before)/text.length).toFixed(1)} bytes/char`)
}
