export type {
  PlanCell,
  CellPosition,
  ColourScale,
  ErrorAlertPlan,
  DropDownPlan,
  TableColumnPlan,
  TablePlan,
  NotesPlan,
  BlockPlan,
  ChartPlan,
  CategoryChartPlan,
  ScatterChartPlan,
  ScatterSeriesPlan,
  IntervalChartPlan,
  SheetPlan,
  PrintPlan,
} from "./sheet-plan";
export {
  generatedMarkerText,
  isGeneratedSheet,
  generatedMarkerBlock,
  UnmarkedPlanError,
  assertPlanStartsWithMarker,
} from "./generated-marker";
export { cellTextLimit, withinCellTextLimit, type CutText } from "./cell-text-limit";
