export { AnalysisEngine, analyzeCorpus, type EngineChanges, type EngineInput, type EngineMemo } from './engine'
export { sourceGroups } from './groups'
export { applyPatch, sourceDetail, viewOf, viewPatch, type AnalysisView, type ClaimCounts, type SourceDetail, type ViewPatch } from './view'
