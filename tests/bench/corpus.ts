import { readdirSync, readFileSync } from 'node:fs'

/** The five seed articles repeated to at least `min` characters. */
export function seedCorpus(min = 5_000_000): string {
  const seed = ['000', '001', '002', '003', '004'].map((id) => readFileSync(`data/sources/${id}.txt`, 'utf8')).join('\n\n')
  return seed.repeat(Math.ceil(min / seed.length))
}

/** The news development reports of one language (tests/fixtures/news/dev), one text each. */
export function newsReports(lang: 'en' | 'fr'): string[] {
  const dir = 'tests/fixtures/news/dev/sources'
  return readdirSync(dir).filter((f) => f.startsWith(`${lang}-`)).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
}

/** Those reports joined and repeated to at least `min` characters. */
export function newsCorpus(lang: 'en' | 'fr', min = 2_000_000): string {
  const news = newsReports(lang).join('\n\n')
  return news.repeat(Math.ceil(min / news.length))
}
