// Writing the pane's method overrides back to the Metode sheet, only when the user asks: a setting's
// Verdi cell is replaced in its row; a setting the sheet lacks gets a row below the last one.
import { headerKey, methodSettings, methodSheet, namesOf } from "../core/template";
import type { SheetGrid, WorkbookGrids } from "../core/validate";
import { settingsByName } from "../core/validate/read-method";
import { findSheet } from "../core/validate/read-tables";
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
  readonly headerRow: number;
}

function methodLayout(grids: WorkbookGrids): MethodLayout | undefined {
  const grid = findSheet(grids, methodSheet);
  if (grid === undefined) return undefined;
  const [settingHeaders, valueHeaders] = methodSheet.columns.map(
    (definition) => new Set(namesOf(definition).map(headerKey))
  );
  for (const [headerRow, row] of grid.values.entries()) {
    const cells = (row ?? []).map((cell) => (typeof cell === "string" ? headerKey(cell) : ""));
    const settingColumn = cells.findIndex((cell) => settingHeaders?.has(cell) === true);
    const valueColumn = cells.findIndex((cell) => valueHeaders?.has(cell) === true);
    if (settingColumn >= 0 && valueColumn >= 0)
      return { grid, settingColumn, valueColumn, headerRow };
  }
  return undefined;
}

/** The row (0-based in the grid) holding each setting, by setting key. */
function settingRows(layout: MethodLayout): Map<string, number> {
  const rows = new Map<string, number>();
  layout.grid.values.forEach((row, index) => {
    if (index <= layout.headerRow) return;
    const written = row?.[layout.settingColumn];
    if (typeof written !== "string") return;
    const setting = settingsByName.get(headerKey(written));
    if (setting !== undefined && !rows.has(setting.key)) rows.set(setting.key, index);
  });
  return rows;
}

/** Writes `overrides` (by setting key, in the words the Metode sheet uses) into the Metode sheet read in `grids`. */
export async function writeMethodSettings(
  host: ExcelHost,
  grids: WorkbookGrids,
  overrides: Readonly<Record<string, string | number>>
): Promise<void> {
  const layout = methodLayout(grids);
  if (layout === undefined) throw new MethodSheetMissingError();
  const rows = settingRows(layout);
  const origin = layout.grid.origin ?? { row: 0, column: 0 };
  let nextRow = layout.grid.values.length;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(layout.grid.name);
    const writer = new BatchWriter(context, host);
    for (const [key, value] of Object.entries(overrides)) {
      const setting = methodSettings.find((candidate) => candidate.key === key);
      if (setting === undefined) continue;
      const existing = rows.get(key);
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
