// What a sheet Veikart writes contains, as plain data: the generated sheets and the template's input
// sheets. The core computes it once; src/excel renders it with Office.js and src/node/xlsx writes it
// as SpreadsheetML. Neither renderer decides content or style.

/** A value written into a cell. Strings are always written as text, never read as formulas. */
export type PlanCell = string | number | boolean | null;

/** 0-based row and column on the sheet (row 0, column 0 is A1). */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** Colours as "#RRGGBB". */
export interface ColourScale {
  readonly minimumColour: string;
  readonly midpointColour?: string;
  readonly maximumColour: string;
}

/** How Excel answers a typed value that is not in a drop-down's list. */
export interface ErrorAlertPlan {
  /** "stop" refuses the value, "warning" asks whether to keep it, "information" only tells. */
  readonly style: "stop" | "warning" | "information";
  readonly title: string;
  readonly message: string;
}

/** A drop-down list on a table column's cells. */
export interface DropDownPlan {
  /** The list's cells as an absolute reference without "=", such as "Enheter!$A$2:$A$5007". */
  readonly source: string;
  readonly errorAlert: ErrorAlertPlan;
}

export interface TableColumnPlan {
  readonly header: string;
  /** An Excel number format code such as "0.0", "0%" or "@"; General when absent. */
  readonly numberFormat?: string;
  /** Column width in characters. */
  readonly width?: number;
  /** A drop-down on the column's data rows and the table's room to grow. */
  readonly dropDown?: DropDownPlan;
}

/** An Excel table (ListObject) with a header row. */
export interface TablePlan {
  readonly kind: "table";
  /** Unique in the workbook, letters, digits and underscores only (an Excel table name). */
  readonly name: string;
  /** Written in bold in the row above the header, when present. */
  readonly title?: string;
  /** The title's font size in points; the workbook's default size when absent. */
  readonly titleFontSize?: number;
  /** The top-left cell of the header row. */
  readonly anchor: CellPosition;
  readonly columns: readonly TableColumnPlan[];
  /** One row per record, as many cells as columns. */
  readonly rows: readonly (readonly PlanCell[])[];
  /** An Excel table style name, such as "TableStyleMedium2". */
  readonly style: string;
  /**
   * Rows below the data rows (below the one blank row of an empty table) that the columns' number
   * formats and drop-downs also cover, so that the records a user adds get them too.
   */
  readonly roomToGrow?: number;
  /** Colour scales over table columns (0-based, inclusive), applied to the data rows. */
  readonly colourScales?: readonly {
    readonly firstColumn: number;
    readonly lastColumn: number;
    readonly scale: ColourScale;
  }[];
}

/** Plain cells, such as a header block of labels and values; the first column may be bold. */
export interface NotesPlan {
  readonly kind: "notes";
  readonly anchor: CellPosition;
  readonly rows: readonly (readonly PlanCell[])[];
  readonly boldFirstColumn?: boolean;
}

export type BlockPlan = TablePlan | NotesPlan;

/** A chart over one table's columns: categories from one column, one series per value column. */
export interface ChartPlan {
  readonly kind: "bar" | "line";
  readonly title: string;
  /** The name of a TablePlan on the same sheet. */
  readonly table: string;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** Where the chart's top-left corner sits, and its size in cells. */
  readonly anchor: CellPosition;
  readonly widthInColumns: number;
  readonly heightInRows: number;
}

/** How a sheet prints: the cells printed, scaled to fit a number of pages. */
export interface PrintPlan {
  /** The first and last cell printed (inclusive), Excel's print area. */
  readonly area: { readonly first: CellPosition; readonly last: CellPosition };
  /** The print area is scaled down to fit this many pages across and this many down. */
  readonly fitToPages: { readonly wide: number; readonly tall: number };
  readonly orientation: "portrait" | "landscape";
}

/** A whole sheet. */
export interface SheetPlan {
  readonly name: string;
  /**
   * "generated" (when absent): Veikart's output, with the marker in A1, replaced by the next run.
   * "input": a sheet for the user to fill in (the template's), unmarked and written only where the
   * workbook has no sheet of its name.
   */
  readonly purpose?: "generated" | "input";
  readonly blocks: readonly BlockPlan[];
  readonly charts: readonly ChartPlan[];
  /** Widths in characters of the first columns; later columns keep Excel's default. */
  readonly columnWidths: readonly number[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  /** Set when the sheet is meant to be printed; Excel's defaults otherwise. */
  readonly print?: PrintPlan;
}
