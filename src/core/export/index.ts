// The exports a newsroom takes out of the app: CSV, a Markdown report, ClaimReview JSON-LD,
// and the JSON workspace (built in ../workspace/file.ts).
export { CLAIM_COLUMNS, TOPIC_COLUMNS, claimRows, claimsCsv, claimsOfTopics, topicRows, topicsCsv } from './csv'
export { markdownReport, mdInline, REPORT_TEXT, type ReportOptions } from './markdown'
export { claimReviews, claimReviewJson, claimStatement, type ClaimReviewOptions } from './claimreview'
export { VERDICT_LABEL, STATUS_LABEL, AUDIT_ACTION, sayAuditEntry, sayNotes } from './words'
export { quoteSpan, quoteText } from './quote'
export type { ExportInput } from './context'
export { jsonExport, type JsonExportOptions } from './json'
