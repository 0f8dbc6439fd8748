// A long table shown a page at a time (an archive may hold 10,000 sources): the first page, and a
// button for the next ones, so the page draws what a reader can look at rather than everything.
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

export function usePaged<T>(items: MaybeRefOrGetter<T[]>, page = 100) {
  const limit = ref(page)
  const list = computed(() => toValue(items))
  // A new list (another filter, another source) starts again at its first page.
  watch(() => list.value.length === 0, () => { limit.value = page })
  const visible = computed(() => list.value.slice(0, limit.value))
  const left = computed(() => Math.max(0, list.value.length - visible.value.length))
  return { visible, left, more: () => { limit.value += page * 5 } }
}
