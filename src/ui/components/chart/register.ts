// Chart.js parts, registered once (only what the dashboard draws), and the date adapter for time axes.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, TimeScale, Tooltip } from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import 'chartjs-adapter-date-fns'

let done = false

export function registerCharts() {
  if (done) return
  done = true
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, TimeScale, Tooltip, annotationPlugin)
  Chart.defaults.font.family = "'Noto Sans', 'Noto Naskh Arabic', system-ui, sans-serif"
  Chart.defaults.maintainAspectRatio = false
}
