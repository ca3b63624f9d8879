// Writing the pane's method overrides back to the Metode sheet, only when the user asks: a setting's
// Verdi cell is replaced in its row; a setting the sheet lacks gets a row below the last one.
import type { Issue } from "../core/issues";
import { methodSettingOf, methodSheet } from "../core/template";
import type { SheetGrid, WorkbookGrids } from "../core/validate";
import { readMethod } from "../core/validate/read-method";
import { readTable } from "../core/validate/read-tables";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";
import { writeCells } from "./render-sheet-plan";

export class MethodSheetMissingError extends Error {
  constructor() {
    super("The workbook has no Metode sheet with the columns Innstilling and Verdi.");
    this.name = "MethodSheetMissingError";
  }
}

interface MethodLayout {
  readonly grid: SheetGrid;
  readonly settingColumn: number;
  readonly valueColumn: number;
  /** The row (0-based in the grid) holding each setting, by setting key. */
  readonly settingRows: ReadonlyMap<string, number>;
}

/** The Metode sheet's columns and setting rows, found as the validator finds them. */
function methodLayout(grids: WorkbookGrids): MethodLayout | undefined {
  // The validation before the write has reported the sheet's issues; they are not wanted here.
  const issues: Issue[] = [];
  const table = readTable(grids, methodSheet, issues);
  const settingColumn = table?.columns.setting;
  const valueColumn = table?.columns.value;
  if (table === undefined || settingColumn === undefined || valueColumn === undefined)
    return undefined;
  // Only the rows are used, so the peer groups a setting's value is checked against do not matter.
  const { settingRows } = readMethod(table, new Set(), issues);
  return { grid: table.grid, settingColumn, valueColumn, settingRows };
}

/** Writes `overrides` (by setting key, in the words the Metode sheet uses) into the Metode sheet read in `grids`. */
export async function writeMethodSettings(
  host: ExcelHost,
  grids: WorkbookGrids,
  overrides: Readonly<Record<string, string | number>>
): Promise<void> {
  const layout = methodLayout(grids);
  if (layout === undefined) throw new MethodSheetMissingError();
  const origin = layout.grid.origin ?? { row: 0, column: 0 };
  let nextRow = layout.grid.values.length;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(layout.grid.name);
    const writer = new BatchWriter(context, host);
    for (const [key, value] of Object.entries(overrides)) {
      const setting = methodSettingOf(key);
      if (setting === undefined) continue;
      const existing = layout.settingRows.get(key);
      const row = existing ?? nextRow++;
      if (existing === undefined)
        await writeCells(
          writer,
          sheet,
          { row: origin.row + row, column: origin.column + layout.settingColumn },
          [[setting.name]]
        );
      await writeCells(
        writer,
        sheet,
        { row: origin.row + row, column: origin.column + layout.valueColumn },
        [[value]]
      );
    }
    await writer.flush();
  });
}
