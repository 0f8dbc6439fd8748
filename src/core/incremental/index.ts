export { AnalysisEngine, analyzeCorpus, type EngineChanges, type EngineInput, type EngineMemo } from './engine'
export { sourceGroups } from './groups'
export { applyPatch, sourceDetail, viewDiff, viewOf, viewPatch, viewSources, type AnalysisView, type ViewSource, type ClaimCounts, type SourceDetail, type ViewPatch } from './view'
