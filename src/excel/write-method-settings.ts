// Writing the pane's method overrides back to the Metode sheet, only when the user asks: a setting's
// Verdi cell is replaced in its row; a setting the sheet lacks gets a row below the last one.
import { headerKey, methodSettings, methodSheet, namesOf } from "../core/template";
import type { SheetGrid, WorkbookGrids } from "../core/validate";
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
  const sheetNames = new Set(namesOf(methodSheet).map(headerKey));
  const grid = grids.find((candidate) => sheetNames.has(headerKey(candidate.name)));
  if (grid === undefined) return undefined;
  const [settingDefinition, valueDefinition] = methodSheet.columns;
  const headers = (definition: typeof settingDefinition) =>
    new Set(namesOf(definition ?? { aliases: [] }).map(headerKey));
  for (const [headerRow, row] of grid.values.entries()) {
    const cells = (row ?? []).map((cell) => (typeof cell === "string" ? headerKey(cell) : ""));
    const settingColumn = cells.findIndex((cell) => headers(settingDefinition).has(cell));
    const valueColumn = cells.findIndex((cell) => headers(valueDefinition).has(cell));
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
    const setting = methodSettings.find((candidate) =>
      [candidate.name, candidate.key, ...candidate.aliases].some(
        (name) => headerKey(name) === headerKey(written)
      )
    );
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
