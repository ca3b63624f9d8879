export {
  fakeExcel,
  payloadLimitBytes,
  FakeExcelError,
  type FakeExcel,
  type SyncRecord,
} from "./fake-excel-api";
export { FakeWorkbook, FakeSheet } from "./fake-workbook";
export { templateInto, withDataRows, workbookOfDataSet } from "./template-fixtures";
