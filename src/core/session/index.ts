// What a face calls: one validation and one benchmark, from the grids it read to the plans it renders.
export {
  benchmarkSession,
  benchmarkSessionInSteps,
  type BenchmarkRequest,
  type BenchmarkSession,
  type MethodSave,
} from "./benchmark-session";
export { analysisSession, type AnalysisRequest, type AnalysisSession } from "./analysis-session";
export { validationSession, type ValidationSession } from "./validation-session";
export { placeIssues } from "./issue-places";
export { methodWriteBack, type CellWrite, type MethodWriteBack } from "./method-write-back";
export { measuresScenario } from "./measures-scenario";
