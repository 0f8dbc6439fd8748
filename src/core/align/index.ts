export { assignClaims, ASSIGN_THRESHOLD } from './assign'
export { discoverCandidates } from './discover'
export { parseTopics } from './schema'
