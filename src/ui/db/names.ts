// Names the page and the analysis worker share without loading Dexie (the page reads one of them
// before Dexie is loaded: the view kept from the last session).

export const DB_NAME = 'claim-compare'

/** The cache key of the view kept for a version of the analysis code. */
export const keptViewKey = (version: string) => `view|${version}`
