import { readFileSync } from 'node:fs'

/** The five seed articles repeated to at least `min` characters. */
export function seedCorpus(min = 5_000_000): string {
  const seed = ['000', '001', '002', '003', '004'].map((id) => readFileSync(`data/sources/${id}.txt`, 'utf8')).join('\n\n')
  return seed.repeat(Math.ceil(min / seed.length))
}
