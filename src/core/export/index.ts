// The exports a newsroom takes out of the app: CSV, a Markdown report, ClaimReview JSON-LD,
// and the JSON workspace (built in ../workspace/file.ts).
export { CLAIM_COLUMNS, TOPIC_COLUMNS, claimRows, claimsCsv, topicRows, topicsCsv } from './csv'
export { markdownReport, mdInline, REPORT_TEXT, type ReportOptions } from './markdown'
export { claimReviews, claimReviewJson, VERDICT_RATING, type ClaimReviewOptions } from './claimreview'
export { VERDICT_LABEL } from './words'
export type { ExportInput } from './context'
