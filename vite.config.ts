import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'

// The analysis worker caches what it computed (claims, placements, comparisons) in IndexedDB; a
// digest of the code that computes them keeps results of an older build from being reused.
function analysisVersion(): string {
  const h = createHash('sha256')
  const files = readdirSync('src/core', { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => `${f.parentPath}/${f.name}`).sort()
  // The exchange rates the comparisons convert with are data the code reads, so they count too.
  for (const f of [...files, 'data/rates.json']) h.update(f).update(readFileSync(f))
  return h.digest('hex').slice(0, 16)
}

export default defineConfig({
  plugins: [vue()],
  define: { __ANALYSIS_VERSION__: JSON.stringify(analysisVersion()) },
  server: { fs: { allow: ['.'] } },
  build: {
    // The manifest lets `npm run size` measure what the first screen loads.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    testTimeout: 30000,
  },
})
