/**
 * A function of a word, remembered: texts repeat the same words, so each is computed once.
 * The cache is emptied when it reaches `max` entries, so memory stays bounded on any input.
 */
export function memoWords<T>(fn: (word: string) => T, max: number): (word: string) => T {
  const cache = new Map<string, T>()
  return (word) => {
    let v = cache.get(word)
    if (v === undefined) {
      v = fn(word)
      if (cache.size >= max) cache.clear()
      cache.set(word, v)
    }
    return v
  }
}
