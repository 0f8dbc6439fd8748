// The version under which the analysis worker keeps results across sessions: the analysis code's
// digest in a production build (and in tests); nothing is kept by the development server, whose
// code changes under it without a new digest.
export function analysisVersion(): string | null {
  return import.meta.env.PROD || import.meta.env.MODE === 'test' ? __ANALYSIS_VERSION__ : null
}
