// A long-lived workspace: 200,000 audit entries. A decision must show at once, and the topic's
// trail is paged. Prints the measured time (the budget is checked here, not in unit tests).
import { expect, test } from '@playwright/test'

const TOTAL = 200_000
const ON_TOPIC = 20_000

test('with 200,000 audit entries a decision shows quickly and the trail is paged', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/#/topics/bamex-dates')
  await expect(page.getByTestId('review-panel')).toBeVisible()
  // Seed the audit table directly (as years of work would have filled it).
  await page.evaluate(async ({ total, onTopic }) => {
    const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('claim-compare'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error) })
    const targets = ['topic:tb2-count', 'topic:wagner-personnel', 'claim:001:10-20', 'reviewer']
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('audit', 'readwrite')
      const store = tx.objectStore('audit')
      for (let i = 0; i < total; i++) {
        const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()
        store.add({ at, reviewer: `R${i % 7}`, target: i < onTopic ? 'topic:bamex-dates' : targets[i % targets.length], action: 'note', detail: `note ${i}` })
      }
      tx.oncomplete = () => res()
      tx.onerror = () => rej(tx.error)
    })
    db.close()
  }, { total: TOTAL, onTopic: ON_TOPIC })
  const t0 = Date.now()
  await page.reload()
  const panel = page.getByTestId('review-panel')
  await expect(panel).toBeVisible({ timeout: 60_000 })
  const panelMs = Date.now() - t0
  await expect(panel.getByTestId('audit-entry').first()).toBeVisible({ timeout: 60_000 })
  const loadMs = Date.now() - t0

  await panel.getByTestId('reviewer-name').fill('Salma')
  await panel.getByTestId('reviewer-save').click()
  await expect(panel.getByTestId('reviewer-current')).toHaveText('Salma', { timeout: 30_000 })
  await panel.getByTestId('decision-override').check()
  await panel.getByTestId('override-verdict').selectOption('other-scope')
  await panel.getByTestId('override-reason').fill('Public days only')
  const start = await page.evaluate(() => performance.now())
  await panel.getByTestId('decision-save').click()
  await expect(panel.getByTestId('decision-current')).toHaveAttribute('data-verdict', 'other-scope', { timeout: 30_000 })
  const shown = await page.evaluate(() => performance.now())
  const ms = Math.round(shown - start)
  const entries = await panel.getByTestId('audit-entry').count()
  console.log(`200,000 audit entries: review panel shown ${panelMs} ms after reload, its trail ${loadMs} ms; a decision shown ${ms} ms after Save; ${entries} trail entries drawn`)
  // The trail is paged: the topic's 20,000 entries (and the new ones) are counted, 50 drawn.
  expect(entries).toBe(50)
  expect(Number(await panel.getByTestId('audit-trail').getAttribute('data-total'))).toBeGreaterThan(ON_TOPIC)
  await panel.getByTestId('audit-more').click()
  await expect(panel.getByTestId('audit-entry')).toHaveCount(100)
  // The time is printed, not asserted: speed is measured by benchmarks, not by tests (README).
})
