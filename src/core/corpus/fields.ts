// Rules for the metadata fields every way in shares (corpus directory, import form, workspace
// file), so a value refused by one is refused by all.

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** Only web addresses: a `javascript:` or `data:` URL would become a live link in exports and ClaimReview. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). In a one-line field
// they only serve to make what follows read backwards; the marks (LRM, RLM, ALM) are harmless.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/** A title, outlet or "via" without bidi controls, so it cannot flip the text shown after it. */
export function cleanMetadata(s: string): string {
  return s.replace(BIDI_CONTROLS, '')
}

/** A text file named by a corpus must stay inside the corpus directory: relative, no "..", no drive. */
export function isInsidePath(file: string): boolean {
  if (file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:/.test(file)) return false
  return !file.split(/[\\/]/).some((part) => part === '..')
}
