import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  server: { fs: { allow: ['.'] } },
  build: {
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Keep the heavy vendors apart so the first paint does not wait for charts.
        manualChunks(id: string) {
          if (id.includes('node_modules/chart.js') || id.includes('chartjs') || id.includes('vue-chartjs') || id.includes('date-fns')) return 'charts'
          if (id.includes('node_modules/chrono-node')) return 'chrono'
          if (id.includes('node_modules/')) return 'vendor'
          return undefined
        },
      },
    },
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
