// Shared by the browser benches: serve a built app with `vite preview` on a port of our own, and
// launch Debian's Chromium the way the end-to-end tests do.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/** A fresh context whose pages accept functions from these scripts (tsx names them with a helper the page lacks). */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.addInitScript('window.__name = (f) => f')
  return context
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}

/** Serves `dist` on `port` until `stop()`; fails clearly when the port is taken. */
export async function serve(dist: string, port: number): Promise<{ url: string; stop: () => void }> {
  if (!(await portFree(port))) throw new Error(`port ${port} is in use; set E2E_PORT to a free port`)
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    try { if ((await fetch(url)).ok) break } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { url, stop: () => { try { process.kill(-child.pid!, 'SIGTERM') } catch { /* gone */ } } }
}

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)] }
