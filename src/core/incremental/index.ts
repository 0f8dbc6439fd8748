export { AnalysisEngine, analyzeCorpus, type EngineChanges, type EngineInput, type EngineMemo } from './engine'
export { sourceGroups } from './groups'
export { applyPatch, sourceDetail, viewDiff, viewOf, viewPatch, type AnalysisView, type ClaimCounts, type SourceDetail, type ViewPatch } from './view'
