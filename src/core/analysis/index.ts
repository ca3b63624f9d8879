// Analyses beside the index: what drives a unit's score and which levers move it (effective weights,
// contributions, strengths and weaknesses, gaps to a higher rank, measures and scenarios), decoupling
// of emissions from activity, and the audit of the indicator set.
export { effectiveWeights, type EffectiveWeights } from "./effective-weights";
export {
  contributionsOf,
  indexNodeOf,
  type ContributionOutcome,
  type Contributions,
  type Decomposition,
} from "./contributions";
export { pointsOfChildren, type ChildPoints } from "./child-points";
export {
  strengthsAndWeaknesses,
  type RankedIndicator,
  type StrengthWeaknessOptions,
  type StrengthWeaknessOutcome,
  type StrengthsAndWeaknesses,
} from "./strengths-weaknesses";
export {
  gapToRank,
  gapsOf,
  type Gap,
  type GapOptions,
  type GapTarget,
  type SearchedRange,
} from "./gaps";
export {
  applyMeasures,
  measureEffectWords,
  type Measure,
  type MeasureEffect,
  type MeasureEffectKind,
} from "./measures";
export { readMeasures, type MeasuresReading } from "./read-measures";
export {
  runScenario,
  type Scenario,
  type ScenarioInput,
  type ScenarioOptions,
  type ScenarioUnit,
  type Standing,
} from "./scenario";
export {
  analysisIssueCatalogue,
  reportAnalysisIssue,
  type AnalysisIssueCode,
} from "./analysis-issues";
export {
  decouplingIssueCatalogue,
  reportDecouplingIssue,
  type DecouplingIssueCode,
} from "./decoupling-issues";
export {
  couplingBounds,
  decoupling,
  decouplingDegreeCodes,
  decouplingDegreeNames,
  decouplingDegreeOf,
  type Decoupling,
  type DecouplingDegree,
  type DecouplingInput,
  type DecouplingResult,
} from "./decoupling";
export {
  decouplingOverTime,
  type DecouplingOverTime,
  type DecouplingPeriod,
  type PressureAndDriverSeries,
} from "./decoupling-over-time";
export {
  decouplingPairsOf,
  decouplingPairsText,
  defaultDecouplingPairs,
  type DecouplingPair,
} from "./decoupling-pairs";
export {
  auditGroupsOf,
  auditIndicatorSet,
  auditRun,
  type AuditGroup,
  type AuditInput,
  type AuditResult,
  type AuditThresholds,
  type GroupAlpha,
  type GroupComponent,
  type PairCorrelation,
  type ParentCorrelation,
} from "./audit/audit";
export { auditIssueCatalogue, type AuditIssueCode } from "./audit/audit-issues";
export {
  analyseWorkbook,
  auditThresholdsOf,
  decouplingOfContent,
  type UnitDecoupling,
  type WorkbookAnalysis,
} from "./workbook-analysis";
export {
  analysisSheetName,
  analysisSheetPlan,
  analysisTableNames,
  type AnalysisPlanOptions,
} from "./analysis-sheet-plan";
