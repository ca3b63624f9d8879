// The only code that calls Excel.run / context.sync: reads the template, writes generated sheets.
export { excelHostFor, excelStandInGlobal, type ExcelHost, type ExcelRun } from "./excel-host";
export {
  readWorkbook,
  ReadCancelledError,
  type ReadOptions,
  type ReadProgress,
  type WorkbookReading,
} from "./read-workbook";
export { validateOpenWorkbook, type OpenWorkbookValidation } from "./validate-open-workbook";
export {
  benchmarkOpenWorkbook,
  type RobustnessProgress,
  type BenchmarkRequest,
  type OpenWorkbookBenchmark,
} from "./benchmark-open-workbook";
export {
  profileOpenWorkbook,
  type OpenWorkbookProfile,
  type ProfileRequest,
} from "./profile-open-workbook";
export {
  analyseOpenWorkbook,
  type AnalysisRequest,
  type OpenWorkbookAnalysis,
} from "./analyse-open-workbook";
export { createTemplate, type TemplateCreation } from "./create-template";
export { writeGeneratedSheet, type GeneratedSheetWrite } from "./write-generated-sheet";
export { writeMethodSettings } from "./write-method-settings";
export { selectCell } from "./select-cell";
export { splitReference } from "./addresses";
export {
  maxSelectedCells,
  readSelectedRange,
  SelectionTooLargeError,
  type SelectedRange,
} from "./read-selected-range";
