// A fact-checker imports a story of their own beside the built-in articles, as in the new-user
// trial: they look at that story alone, accept its candidate topic in one click (their name asked
// there, once), rename it, and read the same history on the topic's page and in the report.
// The two reports are written for this test (an invented town and river).
import { expect, test, type Page } from '@playwright/test'

const SHOTS = 'test-results/screens'

const REPORTS = [
  { title: 'Floods kill 412 in Varnak', outlet: 'Coastal Times', published: '2026-03-09', text: 'Floods kill 412 in Varnak\nFlash floods in the town of Varnak killed 412 people on Sunday, the regional governor Ilse Damrow said. Another 57 people are missing along the Tessel river, rescuers in Varnak said.' },
  { title: 'Varnak : au moins 415 morts', outlet: 'Journal du Sud', published: '2026-03-10', text: 'Varnak : au moins 415 morts\nLes crues soudaines ont fait au moins 415 morts à Varnak dimanche, selon la gouverneure Ilse Damrow. Quelque 60 personnes sont portées disparues le long de la Tessel.' },
]

async function importReports(page: Page) {
  await page.goto('/#/import')
  for (const r of REPORTS) {
    await page.getByTestId('paste-text').fill(r.text)
    await page.getByTestId('paste-submit').click()
    const draft = page.getByTestId('draft')
    await expect(draft).toHaveAttribute('data-status', 'ready')
    await draft.getByTestId('meta-title').fill(r.title)
    await draft.getByTestId('meta-outlet').fill(r.outlet)
    await draft.getByTestId('meta-published').fill(r.published)
    await draft.getByTestId('draft-save').click()
    await expect(page.getByTestId('draft')).toHaveCount(0)
  }
  await expect(page.getByTestId('imported-row')).toHaveCount(2)
  await expect(page.getByTestId('figures-count')).toHaveCount(2, { timeout: 30_000 })
}

/** The lines of a text, each with its runs of white space made one (and Markdown's escapes gone). */
const lines = (texts: string[]) => texts.map((t) => t.replace(/\\/g, '').replace(/\s+/g, ' ').trim())

test('one story of two: looked at alone, its candidate accepted in one click, renamed; its history reads as the report', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await importReports(page)

  // The workspace now tells two stories: the built-in articles and Varnak.
  const pick = page.getByTestId('story-switch')
  await expect(pick.locator('option')).toHaveCount(3, { timeout: 30_000 })
  const varnak = (await pick.locator('option', { hasText: 'Varnak' }).getAttribute('value'))!
  await pick.selectOption(varnak)
  await page.goto('/#/')
  await expect(page.getByTestId('story-shown')).toContainText('Varnak')
  await expect(page.getByTestId('story-no-topics')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/story-overview-empty-1440.png`, fullPage: true })

  // Only this story's candidates; accepting one asks for the name there, and the same click goes on.
  await page.goto('/#/import')
  const candidates = page.getByTestId('candidate')
  await expect(candidates.first()).toBeVisible({ timeout: 30_000 })
  for (const outlet of await page.locator('[data-testid="candidate-source"] .outlet').allInnerTexts()) expect(['Coastal Times', 'Journal du Sud']).toContain(outlet)
  const toll = candidates.filter({ hasText: 'death toll' }).first()
  const quoted = await toll.locator('.q').count()
  await toll.getByTestId('candidate-accept').click()
  await expect(toll.getByTestId('candidate-ask')).toBeVisible()
  await expect(toll.getByTestId('candidate-name')).toBeFocused()
  await toll.screenshot({ path: `${SHOTS}/story-candidate-ask-1440.png` })
  await toll.getByTestId('candidate-name').fill('Salma')
  await toll.getByTestId('candidate-name-save').click()
  await expect(page).toHaveURL(/#\/topics\//)
  await expect(page.locator('h1')).toContainText('death toll')
  // The topic holds the figures the candidate quoted.
  await expect(page.getByTestId('source-column')).toHaveCount(2)
  await expect(page.getByTestId('review-panel').getByTestId('review-claim')).toHaveCount(quoted)

  // Renamed on its page; the history says so.
  await page.getByTestId('topic-rename').click()
  await page.getByTestId('topic-label-en').fill('Varnak flood deaths')
  await page.getByTestId('topic-rename-save').click()
  await expect(page.locator('h1')).toHaveText('Varnak flood deaths')
  const panel = page.getByTestId('review-panel')
  await expect(panel.locator('[data-testid="audit-entry"][data-action="rename-topic"]')).toHaveCount(1)
  await page.screenshot({ path: `${SHOTS}/story-topic-1440.png`, fullPage: true })
  const onScreen = lines(await panel.getByTestId('audit-entry').allInnerTexts())

  // The report of this story: its one topic, and the same history, line for line.
  await page.goto('/#/export')
  await expect(page.getByTestId('export-topic')).toHaveCount(1)
  const preview = page.getByTestId('report-preview')
  await expect(preview).toContainText('## Varnak flood deaths', { timeout: 30_000 })
  const md = (await preview.textContent())!
  const history = md.slice(md.indexOf('**History:**')).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2))
  expect(lines(history)).toEqual(onScreen)
  expect(md).not.toContain('Le Monde')

  // The story chosen stays chosen after a reload; the overview holds its one topic.
  await page.goto('/#/')
  await page.reload()
  await expect(page.getByTestId('story-switch')).toHaveValue(varnak)
  await expect(page.getByTestId('topic-card')).toHaveCount(1, { timeout: 30_000 })

  // The story is named from its reports (its event and its town, not its month), renamed by the
  // editor with the history kept, and in the URL: a link opens the same view in another tab.
  await expect(pick.locator('option', { hasText: 'Floods in Varnak' })).toHaveCount(1)
  await expect(page).toHaveURL(new RegExp(`[?&]story=${varnak}`))
  await page.getByTestId('story-rename').click()
  await page.getByTestId('story-name-en').fill('Varnak floods, March')
  await page.getByTestId('story-rename-save').click()
  await expect(page.getByTestId('story-name')).toContainText('Varnak floods, March')
  await expect(pick.locator('option', { hasText: 'Varnak floods, March' })).toHaveCount(1)
  await page.getByTestId('story-history').locator('summary').click()
  await expect(page.getByTestId('story-history').locator('[data-action="rename-story"]')).toContainText('Floods in Varnak → Varnak floods, March')
  await page.screenshot({ path: `${SHOTS}/story-renamed-1440.png`, fullPage: true })
  const link = page.url()
  const other = await page.context().newPage()
  // (This tab remembers no story: the link alone says which.)
  await other.addInitScript(() => localStorage.removeItem('claim-compare.story'))
  await other.goto(link)
  await expect(other.getByTestId('story-switch')).toHaveValue(varnak, { timeout: 30_000 })
  await expect(other.getByTestId('story-name')).toContainText('Varnak floods, March')
  await expect(other.getByTestId('topic-card')).toHaveCount(1, { timeout: 30_000 })
  await other.close()

  // In Arabic, dark, on a phone: the same pages, right to left.
  await page.getByTestId('lang-switch').selectOption('ar')
  await page.getByTestId('theme-switch').selectOption('dark')
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByTestId('story-shown')).toContainText('فارناك')
  await page.screenshot({ path: `${SHOTS}/story-overview-ar-dark-390.png`, fullPage: true })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)
  await page.getByTestId('topic-card').locator('a').first().click()
  await expect(page.getByTestId('topic-rename')).toHaveText('تغيير اسم الموضوع')
  await page.screenshot({ path: `${SHOTS}/story-topic-ar-dark-390.png`, fullPage: true })
})
