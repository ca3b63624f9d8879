// Analyses beside the index: decoupling of emissions from activity, and the audit of the indicator set.
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
