import { defineConfig } from '@playwright/test'

// The tests serve the app on their own port (not npm start's 4173), so the dashboard can keep
// running while they do; E2E_PORT and E2E_DIST let two checkouts run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 4317)
const dist = process.env.E2E_DIST ?? 'dist'
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list']],
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // Browsers cannot be downloaded here: drive Debian's Chromium, with its network chatter off.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
