// Chart.js parts, registered by the chart that draws them: the overview's bar chart needs bars on a
// category and a linear axis; the topic chart adds the time axis (with its date adapter) and the
// annotation plugin. Each page thus loads only the parts it draws.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js'

let bars = false

/** Bars on category and linear axes, with tooltips (the overview's chart). */
export function registerBars() {
  if (bars) return
  bars = true
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)
  Chart.defaults.font.family = "'Noto Sans', 'Noto Naskh Arabic', system-ui, sans-serif"
  Chart.defaults.maintainAspectRatio = false
}
