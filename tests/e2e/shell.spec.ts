import { expect, test } from '@playwright/test'

test('the sources page lists the five sources', async ({ page }) => {
  await page.goto('/#/sources')
  await expect(page.getByTestId('source-row')).toHaveCount(5)
  await expect(page.getByTestId('source-list')).toContainText('Le Monde')
})

test('a source shows its Arabic text right to left in the shipped font', async ({ page }) => {
  await page.goto('/#/sources')
  await page.getByRole('link', { name: /Le Monde/ }).first().click()
  const article = page.getByTestId('article-text')
  await expect(article).toContainText('نشرت صحيفة "لوموند"')
  await expect(article).toHaveAttribute('dir', 'rtl')
  expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('16px "Noto Naskh Arabic"', 'مالي')
  })
  expect(fontLoaded).toBe(true)
  await page.screenshot({ path: 'test-results/screens/source-000-en.png', fullPage: false })
})

test('the Arabic UI survives a reload', async ({ page }) => {
  await page.goto('/#/sources')
  await page.getByTestId('lang-switch').selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('h1')).toHaveText('المصادر')
  await page.getByTestId('lang-switch').selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})
