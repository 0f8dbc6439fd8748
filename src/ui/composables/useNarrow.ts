import { onScopeDispose, ref, type Ref } from 'vue'

/** The width under which a chart draws for a phone (about 640 px at the default font size). */
export const NARROW = '(max-width: 40rem)'

/** True while the viewport is phone-narrow; follows rotation and resizing. */
export function useNarrow(query = NARROW): Ref<boolean> {
  const mq = typeof matchMedia === 'function' ? matchMedia(query) : null
  const narrow = ref(mq?.matches ?? false)
  const follow = (e: MediaQueryListEvent) => { narrow.value = e.matches }
  mq?.addEventListener?.('change', follow)
  onScopeDispose(() => mq?.removeEventListener?.('change', follow))
  return narrow
}
