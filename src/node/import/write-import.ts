// Writing a planned import into the workbook's package: Data's new rows and replaced cells (with any
// header the sheet lacked), and Enheter's new units. The caller writes the file.
import type { DataImportPlan } from "../../core/import";
import type { UnitAppendPlan } from "../../core/import/ssb-import-scope";
import { applySheetRowChanges, type CellWrite } from "../xlsx/append-sheet-rows";
import type { XlsxPackage } from "../xlsx/xlsx-package";

/** Whether the plans write anything at all. */
export function importChangesWorkbook(
  data: DataImportPlan,
  units: UnitAppendPlan | undefined
): boolean {
  return (
    data.appends.length > 0 ||
    data.writes.length > 0 ||
    data.newColumns.length > 0 ||
    data.header !== undefined ||
    (units?.appends.length ?? 0) > 0
  );
}

function asWritten(value: unknown): string | number | null {
  return typeof value === "string" || typeof value === "number" ? value : null;
}

export function writeImport(
  xlsx: XlsxPackage,
  data: DataImportPlan,
  units: UnitAppendPlan | undefined
): void {
  if (units !== undefined && units.appends.length > 0)
    applySheetRowChanges(xlsx, {
      sheet: units.sheet,
      appendedRows: units.appends.map((row) => row.map(asWritten)),
      replacedCells: [],
    });
  // A sheet without a header row is empty: its header is the first row appended.
  const appended = data.header === undefined ? data.appends : [data.header, ...data.appends];
  const replaced: CellWrite[] = [
    ...data.newColumns.map(({ column, header }) => ({
      row: data.headerRow,
      column,
      value: header,
    })),
    ...data.writes.map(({ row, column, value }) => ({ row, column, value: asWritten(value) })),
  ];
  applySheetRowChanges(xlsx, {
    sheet: data.sheet,
    appendedRows: appended.map((row) => row.map(asWritten)),
    replacedCells: replaced,
  });
}
