import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { filterQuery, parseFilter, type OverviewFilter } from '../../core/charts/overview'

/** The overview's filters, kept in the URL query so they deep-link and follow back and forward. */
export function useOverviewFilter() {
  const route = useRoute()
  const router = useRouter()
  const filter = computed(() => parseFilter(route.query))
  /** Changes some filters: a new history entry, except while typing a search (replaced in place). */
  function update(patch: Partial<OverviewFilter>) {
    const next = { ...filter.value, ...patch }
    const typing = Object.keys(patch).length === 1 && 'q' in patch
    const to = { name: 'overview', query: filterQuery(next) }
    return typing ? router.replace(to) : router.push(to)
  }
  function clear() { return router.push({ name: 'overview' }) }
  return { filter, update, clear }
}
