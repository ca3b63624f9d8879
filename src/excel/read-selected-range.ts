// The range the user has selected, in any sheet, read as a grid for the table import. Its size is
// asked first, so that a selection too big for one request is refused before its values are sent.
import type { CellValue, SheetGrid } from "../core/validate";
import { splitReference } from "./addresses";
import type { ExcelHost } from "./excel-host";
import { defaultBudgetBytes, isPayloadLimitError } from "./request-budget";

/**
 * What a selected cell may cost in the response: a value of up to 38 characters of JSON, two bytes
 * each as request-budget counts them. A downloaded table's cells (numbers, "5001 Trondheim") are shorter.
 */
const selectedCellBytes = 80;

/** The most cells a selection may have: what fits in one budget-sized response at selectedCellBytes. */
export const maxSelectedCells = Math.floor(defaultBudgetBytes / selectedCellBytes);

/** A selection over maxSelectedCells (or one Excel still refuses to send in one response). */
export class SelectionTooLargeError extends Error {
  static readonly code = "SelectionTooLarge";
  readonly code = SelectionTooLargeError.code;
  constructor(
    readonly address: string,
    readonly cells: number
  ) {
    super(
      `The selection ${address} has ${cells} cells; the pane reads at most ${maxSelectedCells} at a time. Select the table alone.`
    );
    this.name = "SelectionTooLargeError";
  }
}

export interface SelectedRange {
  /** As Excel gives it: "Ark1!A1:E7", "'Min tabell'!B2:F40". */
  readonly address: string;
  /** The values, with the range's sheet as the grid's name and its first cell as the origin. */
  readonly grid: SheetGrid;
}

/** Reads the selected range's values, blanks as null. */
export async function readSelectedRange(host: ExcelHost): Promise<SelectedRange> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const cells = range.rowCount * range.columnCount;
    if (cells > maxSelectedCells) throw new SelectionTooLargeError(range.address, cells);
    range.load("values");
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadLimitError(error)) throw new SelectionTooLargeError(range.address, cells);
      throw error;
    }
    const place = splitReference(range.address);
    return {
      address: range.address,
      grid: {
        name: place?.sheet ?? range.address,
        values: (range.values as CellValue[][]).map((row) =>
          row.map((value) => (value === "" ? null : value))
        ),
        origin: { row: range.rowIndex, column: range.columnIndex },
      },
    };
  });
}
