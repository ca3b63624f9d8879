// Reading an Excel table of a written workbook back with exceljs, an independent reader.
import type ExcelJS from "exceljs";

/** The rows of an Excel table read back from a sheet, as records keyed like the JSON. */
export function tableRecords(sheet: ExcelJS.Worksheet, name: string, keys: readonly string[]) {
  const table = sheet.getTable(name) as unknown as { table: { tableRef: string } };
  const [start = "", end = ""] = table.table.tableRef.split(":");
  const firstRow = Number(start.replace(/[A-Z]+/, "")) + 1;
  const lastRow = Number(end.replace(/[A-Z]+/, ""));
  const records = [];
  for (let row = firstRow; row <= lastRow; row++)
    records.push(
      Object.fromEntries(
        keys.map((key, index) => [key, sheet.getRow(row).getCell(index + 1).value ?? null])
      )
    );
  return records;
}
