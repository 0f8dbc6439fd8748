import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Source } from '../../core/model'
import { embeddedSources } from '../corpus'

export const useCorpusStore = defineStore('corpus', () => {
  /** The embedded corpus (read-only), loaded once. */
  const embedded = ref<Source[]>([])
  /** Sources the user imported, layered on top of the embedded ones. */
  const imported = ref<Source[]>([])
  /** A corpus that fails validation: the message, so the page can say what is wrong. */
  const loadError = ref<string | null>(null)

  try {
    embedded.value = embeddedSources()
  } catch (e) {
    loadError.value = (e as Error).message
  }

  const sources = computed(() => [...embedded.value, ...imported.value])
  const index = computed(() => new Map(sources.value.map((s) => [s.id, s])))
  function byId(id: string): Source | undefined { return index.value.get(id) }

  return { embedded, imported, loadError, sources, byId }
})
