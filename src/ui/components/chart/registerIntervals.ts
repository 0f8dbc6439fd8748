// The topic chart's parts: bars, a time axis for dates (date-fns adapter) and annotations (the
// consensus band, exact-value marks, open bounds, durations).
import { Chart, TimeScale } from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import 'chartjs-adapter-date-fns'
import { registerBars } from './register'

let done = false

export function registerIntervals() {
  if (done) return
  done = true
  registerBars()
  Chart.register(TimeScale, annotationPlugin)
}
