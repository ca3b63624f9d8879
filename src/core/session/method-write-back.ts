// Writing a run's method overrides back to the Metode sheet, only when the user asks: a setting's
// Verdi cell is replaced in its row; a setting the sheet lacks gets a row below the last one. The
// cells are worked out here from the grids the face read, so the face only writes them.
import type { Issue } from "../model/issue";
import type { CellPosition, PlanCell } from "../sheet-plan";
import { methodSettingOf, methodSheet } from "../template";
import type { WorkbookGrids } from "../validate";
import { readMethod } from "../validate/read-method";
import { readTable } from "../validate/read-tables";

/** One cell to write on a sheet the user keeps (0-based on the sheet, not the grid). */
export interface CellWrite {
  readonly position: CellPosition;
  readonly value: PlanCell;
}

/** The Metode cells to write: each override's Verdi cell, and the Innstilling cell of a new row. */
export interface MethodWriteBack {
  readonly sheetName: string;
  readonly cells: readonly CellWrite[];
}

/**
 * The writes that put `overrides` (by setting key, in the words the Metode sheet uses) into the
 * Metode sheet as read in `grids`; undefined when there is no Metode sheet with the columns
 * Innstilling and Verdi to write into.
 */
export function methodWriteBack(
  grids: WorkbookGrids,
  overrides: Readonly<Record<string, string>>
): MethodWriteBack | undefined {
  // The validation before has reported the sheet's issues; they are not wanted twice.
  const ignored: Issue[] = [];
  const table = readTable(grids, methodSheet, ignored);
  const settingColumn = table?.columns.setting;
  const valueColumn = table?.columns.value;
  if (table === undefined || settingColumn === undefined || valueColumn === undefined)
    return undefined;
  // Only the rows are used, so the peer groups a value is checked against do not matter.
  const { settingRows } = readMethod(table, new Set(), ignored);
  const origin = table.grid.origin ?? { row: 0, column: 0 };
  const at = (row: number, column: number): CellPosition => ({
    row: origin.row + row,
    column: origin.column + column,
  });
  let nextRow = table.grid.values.length;
  const cells: CellWrite[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const setting = methodSettingOf(key);
    if (setting === undefined) continue;
    const existing = settingRows.get(setting.key);
    const row = existing ?? nextRow++;
    if (existing === undefined)
      cells.push({ position: at(row, settingColumn), value: setting.name });
    cells.push({ position: at(row, valueColumn), value });
  }
  return { sheetName: table.grid.name, cells };
}
