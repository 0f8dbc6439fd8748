import { computed, ref, watchEffect } from 'vue'

export type ThemeMode = 'system' | 'light' | 'dark'
export const THEME_KEY = 'claim-compare.theme'

function stored(): ThemeMode {
  try {
    const v = localStorage.getItem(THEME_KEY)
    return v === 'light' || v === 'dark' ? v : 'system'
  } catch {
    return 'system'
  }
}

// One theme for the whole page: module state shared by every caller.
const mode = ref<ThemeMode>(stored())
const systemDark = ref(false)
let started = false

function start() {
  if (started) return
  started = true
  const mq = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  systemDark.value = mq?.matches ?? false
  mq?.addEventListener?.('change', (e) => { systemDark.value = e.matches })
  watchEffect(() => {
    const root = document.documentElement
    if (mode.value === 'system') root.removeAttribute('data-theme')
    else root.setAttribute('data-theme', mode.value)
    try { localStorage.setItem(THEME_KEY, mode.value) } catch { /* private mode: not remembered */ }
  }, { flush: 'sync' })
}

/** The colour theme: follows the system unless the user picks light or dark; kept on <html data-theme>. */
export function useTheme() {
  start()
  const dark = computed(() => (mode.value === 'system' ? systemDark.value : mode.value === 'dark'))
  function setMode(m: ThemeMode) { mode.value = m }
  return { mode, dark, setMode }
}
