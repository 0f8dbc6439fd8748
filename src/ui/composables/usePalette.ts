import { computed } from 'vue'
import type { Verdict } from '../../core/model'
import type { ChartPalette } from '../../core/charts/intervals'
import { useTheme } from './useTheme'

/** The CSS variable that colours each verdict (see styles.css). */
export const VERDICT_VAR: Record<Verdict, string> = {
  agree: '--agree', 'agree-precision': '--agree', conflict: '--conflict', 'single-source': '--single',
  'other-scope': '--scope', 'time-series': '--series', 'needs-review': '--review',
}

const FALLBACK: Record<string, string> = {
  '--agree': '#1f7a3d', '--conflict': '#b3261e', '--single': '#7a5a00', '--scope': '#4b5bb5', '--review': '#8a3ea8',
  '--series': '#0b6d80', '--accent': '#2456c9', '--fg': '#1d1d1f', '--line': '#dedad2', '--muted': '#5c5c66',
}

function cssVar(name: string): string {
  const v = typeof getComputedStyle === 'function' ? getComputedStyle(document.documentElement).getPropertyValue(name).trim() : ''
  return v || FALLBACK[name] || '#888888'
}

/** Chart colours read from the stylesheet, read again when the theme changes. */
export function usePalette() {
  const { dark } = useTheme()
  const palette = computed<ChartPalette & { muted: string }>(() => {
    void dark.value
    return {
      agree: cssVar('--agree'), differ: cssVar('--conflict'), alone: cssVar('--single'), unjudged: cssVar('--scope'),
      empty: cssVar('--line'), consensus: cssVar('--accent'), text: cssVar('--fg'), grid: cssVar('--line'), muted: cssVar('--muted'),
    }
  })
  const verdictColor = (v: Verdict) => { void dark.value; return cssVar(VERDICT_VAR[v]) }
  return { palette, verdictColor, dark }
}
