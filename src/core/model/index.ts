export type {
  Direction,
  UnitLevel,
  IndicatorLevel,
  Goalposts,
  Indicator,
  Aggregate,
  Framework,
} from "./framework";
export type { SsbSelection, SsbSource, SsbTableContents } from "./ssb-source";
export type { Unit } from "./units";
export { peerGroupsOf } from "./units";
export { parseDirection, directionWordsAccepted } from "./direction";
export type { Quality, QualityGrade, MissingSymbol, Observation } from "./observations";
export { missingSymbols, isMissingSymbol } from "./observations";
export type { Severity, Issue, IssuePlace, Result, Success, Failure } from "./issue";
export { ok, failure } from "./issue";
export type { Dataset } from "./dataset";
export {
  DatasetShapeError,
  UnknownColumnError,
  assertDatasetShape,
  columnIndexOf,
  columnOf,
  rowCount,
  selectRows,
  yearsOf,
} from "./dataset";
export type {
  StageName,
  ImputationSettings,
  ImputationMethodName,
  ScreeningSettings,
  TreatmentSettings,
  TreatmentMethodName,
  NormalisationMethodSettings,
  NormalisationMethodName,
  NormalisationScope,
  NormalisationSettings,
  AggregationMethodSettings,
  AggregationMethodName,
  AggregationSettings,
  CoverageBasis,
  RankSettings,
  PipelineSettings,
} from "./methods";
export { stageNames } from "./methods";
export type {
  MissingReason,
  StepName,
  TreatedPoint,
  ColumnTreatment,
  StepDetails,
  StepLogEntry,
  AggregationOutcome,
  RankOutcome,
  PipelineResult,
} from "./pipeline-result";
export { missingReasons } from "./pipeline-result";
