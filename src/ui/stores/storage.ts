import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type Dexie from 'dexie'
import { storageProblem, type StorageProblem } from '../db/errors'

/** Whether this browser lets the app keep the user's work; one banner says so when it does not. */
export const useStorageStore = defineStore('storage', () => {
  /** unknown until the database has opened (or failed to). */
  const status = ref<'unknown' | 'ok' | StorageProblem>('unknown')
  /** False when nothing can be saved: forms that would save are disabled. */
  const writable = computed(() => status.value !== 'unavailable')

  const checked = new WeakSet<Dexie>()
  const logged = new Set<StorageProblem>()
  /** Opens the database once to learn whether storage works here. */
  async function check(db: Dexie): Promise<void> {
    if (checked.has(db)) return
    checked.add(db)
    try {
      await db.open()
      if (status.value === 'unknown') status.value = 'ok'
    } catch (e) {
      report(e)
    }
  }

  /** Records a failed read or write; returns what it means. The raw error goes to the console only. */
  function report(e: unknown): StorageProblem {
    const problem = storageProblem(e)
    // For whoever opens the console; once per kind of problem, not once per failed read.
    if (!logged.has(problem)) { logged.add(problem); console.warn('storage:', e) }
    return mark(problem)
  }

  /** Records a problem found elsewhere (the analysis worker opens the database too). */
  function mark(problem: StorageProblem): StorageProblem {
    // "unavailable" stands once seen: a later quota error does not hide it.
    if (status.value !== 'unavailable') status.value = problem
    return problem
  }

  return { status, writable, check, report, mark }
})
