// Benchmarking a workbook: the run, its tables, and the plans of the generated sheets.
export { benchmarkWorkbook, type BenchmarkOptions, type BenchmarkRun } from "./benchmark-workbook";
export {
  methodFromTemplate,
  pipelineSettingsOf,
  type BenchmarkMethod,
} from "./method-from-template";
export {
  parsePeerSet,
  peerSetOfGroup,
  unitCodesIn,
  selectPeers,
  describePeerSet,
  type PeerSet,
} from "./peer-set";
export { dataFingerprint } from "./data-fingerprint";
export { benchmarkTables, type BenchmarkTables } from "./benchmark-tables";
export { numberFormats, type BenchmarkColumn, type BenchmarkTable } from "./table-records";
export { benchmarkRecord, type BenchmarkRecord } from "./benchmark-record";
export {
  chartSelections,
  chartLimits,
  type ChartSelection,
  type RankedUnit,
} from "./chart-selection";
export {
  benchmarkSheetPlan,
  benchmarkSheetName,
  benchmarkTableNames,
  type BenchmarkPlanOptions,
} from "./benchmark-sheet-plan";
export {
  validationSheetPlan,
  validationSheetName,
  validationTableName,
  validationTable,
  validationSummaryTableName,
} from "./validation-sheet-plan";
export {
  benchmarkIssueCatalogue,
  reportBenchmarkIssue,
  type BenchmarkIssueCode,
} from "./benchmark-issues";
export { robustnessRequest, type BenchmarkRobustness } from "./robustness";
export { robustnessTableNames, withRobustnessSection } from "./robustness-section";
export { variedInputsDescription, wideIntervalsSentence } from "./robustness-texts";
