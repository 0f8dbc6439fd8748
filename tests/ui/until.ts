/**
 * Waits until `ok()` holds, polling every 5 ms. The default leaves a loaded machine (the analysis
 * runs in the same process as the test) time to finish, within the 30 s test timeout: only a
 * failing test waits that long.
 */
export async function until(ok: () => boolean, ms = 25_000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 5))
  }
}
