// Writing imported values into the open workbook: rows appended below a sheet's last used row (Data,
// and Enheter for units added from the register) and single cells replaced where the user chose to
// replace a conflicting value. Everything goes through one batch writer, so the syncs grow with the
// bytes written, not with the rows: 150,000 Data rows take a handful of syncs.
import { textFormat, writeCells } from "./render-sheet-plan";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";

export type ImportedCell = string | number | null;

/** Rows appended to a sheet from `firstRow` (0-based), each by 0-based column from A. */
export interface SheetAppend {
  readonly sheet: string;
  readonly firstRow: number;
  readonly rows: readonly (readonly ImportedCell[])[];
  /** Columns formatted as text before their values are written, so "0301" keeps its zero. */
  readonly textColumns: readonly number[];
}

export interface CellReplacement {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: ImportedCell;
}

export interface ImportWrites {
  readonly appends: readonly SheetAppend[];
  readonly replacements: readonly CellReplacement[];
}

/** Writes the appended rows and replaced cells in budget-sized batches. */
export async function writeImportIntoWorkbook(
  host: ExcelHost,
  writes: ImportWrites
): Promise<void> {
  await host.run(async (context) => {
    const writer = new BatchWriter(context, host);
    const sheets = new Map<string, Excel.Worksheet>();
    const sheetNamed = (name: string) => {
      const sheet = sheets.get(name) ?? context.workbook.worksheets.getItem(name);
      sheets.set(name, sheet);
      return sheet;
    };
    for (const append of writes.appends) {
      if (append.rows.length === 0) continue;
      const sheet = sheetNamed(append.sheet);
      const textColumns = new Set(append.textColumns);
      await writeCells(
        writer,
        sheet,
        { row: append.firstRow, column: 0 },
        append.rows,
        (_row, column) => (textColumns.has(column) ? textFormat : undefined)
      );
    }
    for (const replacement of writes.replacements) {
      await writeCells(writer, sheetNamed(replacement.sheet), replacement, [[replacement.value]]);
    }
    await writer.flush();
  });
}
