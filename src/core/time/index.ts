// The engine's time layer: measures of change over a unit's years, each a value or a typed reason.
export { timeIssueCatalogue, reportTimeIssue, type TimeIssueCode } from "./time-issues";
export { valueOrReason, type TimeReason, type TimeResult } from "./time-result";
export { presentPoints, type SeriesPoint, type TimeSeries } from "./series";
export { readTargetDirection, meetsTarget, type TargetDirection } from "./target-direction";
export {
  indexToBaseYear,
  type IndexedYear,
  type IndexOptions,
  type IndexToBaseYear,
} from "./index-to-base-year";
export {
  annualChanges,
  changeSinceBaseYear,
  type AnnualChange,
  type ChangeSinceBaseYear,
} from "./annual-change";
export { compoundAnnualGrowthRate, growthRateBetween, type GrowthRate } from "./growth-rate";
export { linearTrend, trendValueIn, type LinearTrend } from "./linear-trend";
export {
  progressTowardsTarget,
  progressOfSeries,
  type ProgressInput,
  type SeriesProgress,
  type SeriesTargetOptions,
  type TargetProgress,
} from "./target-progress";
export {
  checkedOnTrackSettings,
  defaultOnTrackSettings,
  paceMeasureWords,
  type OnTrackSettings,
  type PaceMeasure,
} from "./on-track-settings";
export {
  onTrackRating,
  onTrackRatingLabels,
  onTrackRatings,
  ratingOfPaceRatio,
  type OnTrackAssessment,
  type OnTrackOptions,
  type OnTrackRating,
  type Target,
} from "./on-track";
export {
  defaultProjectionYear,
  projectedValue,
  readTrendMethod,
  targetReachYear,
  trendMethodWords,
  type Projection,
  type ReachOptions,
  type TargetReach,
  type TrendMethod,
} from "./projection";
export { rankChange, rankChangesOf, type UnitRankChange } from "./rank-change";
export {
  decomposeScoreChange,
  scoreChangeDecomposer,
  type AggregateScoreChange,
  type IndicatorScoreChange,
  type ScoreChangeDecomposition,
  type ScoreChangeParts,
} from "./score-decomposition";
export { resultsByUnit, seriesOfMeasure, type ResultMeasure } from "./result-series";
export {
  changeOverTime,
  measureChange,
  trendMeasures,
  type ChangeOverTimeOptions,
  type MeasureChange,
  type TrendMeasures,
  type UnitChangeOverTime,
} from "./change-over-time";
