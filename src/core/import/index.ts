// Importing data into the Data sheet: SSB's statistics bank (JSON-stat 2.0) and downloaded tables.
export { JsonStatError, readJsonStat } from "./json-stat";
export type {
  JsonStatCell,
  JsonStatDataset,
  JsonStatDimension,
  JsonStatRoles,
  JsonStatValue,
} from "./json-stat";
export type { ImportedObservation } from "./imported-observation";
export {
  formatSsbSelections,
  formatSsbTableContents,
  parseSsbDenominator,
  parseSsbSelections,
  parseSsbTable,
} from "./ssb-source-fields";
export { readSsbValue, isAggregateRegion, type SourceValue } from "./ssb-symbols";
export { codesToAskFor, codeOfItsYear, predecessorsIn, type CodeOfItsYear } from "./unit-crosswalk";
export {
  planSsbQueries,
  ssbCellLimit,
  ssbRequestsPerMinute,
  ssbDimensions,
  type SsbQuery,
} from "./ssb-queries";
export {
  SsbImportError,
  observationsFromSsb,
  ssbSourceText,
  type SsbImport,
  type SsbImportReport,
  type SsbImportRequest,
} from "./ssb-observations";
export type { UnitYearCodes } from "./register-mapping";
export {
  DataImportError,
  planDataImport,
  type DataCellWrite,
  type DataConflict,
  type DataImportOptions,
  type DataImportPlan,
} from "./data-import-plan";
export {
  DownloadedTableError,
  readDownloadedTable,
  yearOfHeader,
  type DownloadedTableOptions,
  type DownloadedTableReading,
  type DownloadedTableReport,
  type UnreadUnit,
} from "./downloaded-table";
export {
  downloadedTableNotes,
  readTableForIndicator,
  type IndicatorTableOptions,
} from "./indicator-table-import";
