// Pure shaping of what the dashboard draws: topic rows, filters, the coverage matrix, the inline
// strips, chart data and text highlights. No Vue, no DOM: every function here has a unit test.
export * from './topics'
export * from './overview'
export * from './coverage'
export * from './strip'
export * from './intervals'
export * from './highlight'
export * from './scale'
