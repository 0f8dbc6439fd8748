// What a failed IndexedDB call means for the user, whatever Dexie or the browser called it.
// Raw messages ("MissingAPIError: IndexedDB API missing…") are for the console, never the page.

/** unavailable: this browser gives the page no storage (private mode, disabled, blocked); full: out of quota; failed: anything else. */
export type StorageProblem = 'unavailable' | 'full' | 'failed'

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'DatabaseClosedError', 'UnknownError', 'InvalidAccessError', 'NotSupportedError'])

/** The problem an error stands for (Dexie wraps the browser's error in `inner`). */
export function storageProblem(e: unknown): StorageProblem {
  const names: string[] = []
  for (let x = e as { name?: string; inner?: unknown } | null | undefined, i = 0; x && i < 4; x = x.inner as typeof x, i++) if (x.name) names.push(x.name)
  if (names.includes('QuotaExceededError')) return 'full'
  return names.some((n) => UNAVAILABLE.has(n)) ? 'unavailable' : 'failed'
}
