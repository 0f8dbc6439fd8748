// Bad conditions in Chromium: two tabs editing one decision, and a browser without storage.
import { expect, test } from '@playwright/test'

const SHOTS = 'test-results/screens'

test('two tabs: a decision saved in one never wipes the draft in the other; keep mine saves it, and both are in the history', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/#/topics/bamex-dates')
  await a.getByTestId('reviewer-name').fill('Salma')
  await a.getByTestId('reviewer-save').click()
  await expect(a.getByTestId('reviewer-current')).toHaveText('Salma')
  await b.goto('/#/topics/bamex-dates')
  await expect(b.getByTestId('reviewer-current')).toHaveText('Salma')

  // Tab A is writing a note it has not saved yet; tab B saves a decision meanwhile.
  await a.getByTestId('decision-note').fill('Draft from tab A: the organiser confirms 11–24 November')
  await b.getByTestId('decision-override').check()
  await b.getByTestId('override-verdict').selectOption('needs-review')
  await b.getByTestId('override-reason').fill('Two sets of dates')
  await b.getByTestId('decision-note').fill('Saved from tab B')
  await b.getByTestId('decision-save').click()
  await expect(b.getByTestId('decision-current')).toHaveAttribute('data-verdict', 'needs-review')

  await expect(a.getByTestId('decision-current')).toHaveAttribute('data-verdict', 'needs-review')
  await expect(a.getByTestId('decision-conflict')).toContainText('saved another decision in another tab')
  await expect(a.getByTestId('decision-note')).toHaveValue('Draft from tab A: the organiser confirms 11–24 November')
  await a.getByTestId('decision-conflict').screenshot({ path: `${SHOTS}/robust-conflict-en.png` })
  await a.getByTestId('decision-keep-mine').click()
  await a.getByTestId('decision-save').click()
  await expect(b.getByTestId('decision-note-text')).toHaveText('Draft from tab A: the organiser confirms 11–24 November')
  const notes = b.locator('[data-testid="audit-entry"][data-action="note"]')
  await expect(notes).toHaveCount(2)
  await expect(notes.nth(0)).toContainText('Draft from tab A')
  await expect(notes.nth(1)).toContainText('Saved from tab B')
})

// What Chromium does when a user blocks site data: every IndexedDB open throws SecurityError, on
// the page and in its workers alike.
const DENY = `IDBFactory.prototype.open = function () { throw new DOMException('access to the Indexed Database API is denied in this context', 'SecurityError') };`

test('a browser that refuses storage: one banner, the corpus readable, saving refused in words, no raw error', async ({ page, context }) => {
  await page.addInitScript(DENY)
  await context.route(/analysis\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: `${DENY}\n${await response.text()}` })
  })
  const raw = /SecurityError|MissingAPIError|IndexedDB|DatabaseClosedError|OpenFailedError|Dexie/
  await page.goto('/#/')
  const banner = page.getByTestId('storage-banner')
  await expect(banner).toHaveText('This browser does not allow storage: your work cannot be saved. The built-in articles can still be read.')
  await expect(page.getByTestId('topic-card').first()).toBeVisible()
  await expect(page.getByTestId('storage-banner')).toHaveCount(1)

  await page.goto('/#/topics/bamex-dates')
  await expect(page.getByTestId('source-column').first()).toBeVisible()
  await expect(page.getByTestId('reviewer-name')).toBeDisabled()
  await expect(page.getByTestId('decision-save')).toBeDisabled()

  await page.goto('/#/import')
  await page.getByTestId('paste-text').fill('اختتم معرض الصناعات الدفاعية في العاصمة يوم 24 نوفمبر 2025 بعد أسبوعين من العروض وبمشاركة 60 شركة.')
  await page.getByTestId('paste-submit').click()
  const draft = page.getByTestId('draft')
  await expect(draft).toHaveAttribute('data-status', 'ready')
  await draft.getByTestId('meta-title').fill('A fair closes')
  await draft.getByTestId('draft-save').click()
  await expect(draft.getByTestId('draft-storage-error')).toHaveText(/does not allow storage/)
  await expect(draft.getByTestId('meta-title')).toHaveValue('A fair closes')

  await page.goto('/#/export')
  await page.getByTestId('export-workspace').click()
  await expect(page.getByTestId('workspace-storage-error')).toHaveText(/does not allow storage/)
  expect(await page.locator('body').innerText()).not.toMatch(raw)

  await page.screenshot({ path: `${SHOTS}/robust-no-storage-en-1440.png` })
  await page.getByTestId('lang-switch').selectOption('ar')
  await expect(banner).toHaveText('هذا المتصفح لا يسمح بالتخزين: لا يمكن حفظ عملك. تبقى المقالات المضمّنة متاحة للقراءة.')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/#/')
  await expect(banner).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/robust-no-storage-ar-390-dark.png` })
})
