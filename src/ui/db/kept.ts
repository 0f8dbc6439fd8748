// The view the analysis kept at the end of the last session, read by the page itself as it starts:
// an archive's overview then shows before the analysis worker has even loaded. Raw IndexedDB, one
// read: Dexie is not part of the first screen. The worker sends the same view (marked with the same
// time) and then only what changed since; a page that showed it already skips the worker's copy.
import type { Verdict } from '../../core/model'
import type { AnalysisView } from '../../core/incremental/view'
import { DB_NAME, keptViewKey } from './names'

export interface KeptView { view: AnalysisView; decisions: Map<string, Verdict | null>; at: string }

/** The kept view for this analysis code, or null (none kept, no database, no storage, another version). */
export function readKeptView(version: string | null): Promise<KeptView | null> {
  if (version === null || typeof indexedDB === 'undefined') return Promise.resolve(null)
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest
    try { req = indexedDB.open(DB_NAME) } catch { resolve(null); return }
    // No database yet: leave creating it to the app's own schema.
    req.onupgradeneeded = () => req.transaction?.abort()
    req.onerror = () => resolve(null)
    req.onblocked = () => resolve(null)
    req.onsuccess = () => {
      const db = req.result
      const done = (v: KeptView | null) => { db.close(); resolve(v) }
      if (!db.objectStoreNames.contains('cache')) { done(null); return }
      try {
        const get = db.transaction('cache', 'readonly').objectStore('cache').get(keptViewKey(version))
        get.onsuccess = () => {
          const r = get.result as { kind?: string; view?: AnalysisView; decisions?: Map<string, Verdict | null>; at?: string } | undefined
          done(r?.kind === 'view' && r.view && r.decisions && r.at ? { view: r.view, decisions: r.decisions, at: r.at } : null)
        }
        get.onerror = () => done(null)
      } catch {
        done(null)
      }
    }
  })
}
