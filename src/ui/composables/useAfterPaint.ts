import { onMounted, ref, type Ref } from 'vue'

/**
 * True once the page has painted what it drew first. A part below the fold that costs a canvas and
 * a style read (a chart) waits for it, so opening a page shows its head and its sources at once.
 */
export function useAfterPaint(): Ref<boolean> {
  const painted = ref(false)
  onMounted(() => {
    const later = () => setTimeout(() => { painted.value = true })
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later)
    else later()
  })
  return painted
}
