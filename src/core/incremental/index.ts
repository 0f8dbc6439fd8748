export { AnalysisEngine, type EngineChanges, type EngineInput } from './engine'
export { sourceGroups } from './groups'
