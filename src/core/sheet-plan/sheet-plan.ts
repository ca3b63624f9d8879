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

/** Where a chart sits: its top-left corner and its size in cells. */
interface ChartFrame {
  readonly title: string;
  readonly anchor: CellPosition;
  readonly widthInColumns: number;
  readonly heightInRows: number;
}

/**
 * A chart over one table's columns: categories from one column, one series per value column.
 * "bar" draws horizontal bars, the first category at the bottom; "line" draws one line per series.
 */
export interface CategoryChartPlan extends ChartFrame {
  readonly kind: "bar" | "line";
  /** The name of a TablePlan on the same sheet. */
  readonly table: string;
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
}

/** One series of an x-y chart: x from one column, y from another, of a table on the same sheet. */
export interface ScatterSeriesPlan {
  /** The legend's name of the series. */
  readonly name: string;
  /** The name of a TablePlan on the same sheet; the series of one chart may read different tables. */
  readonly table: string;
  readonly xColumn: number;
  readonly yColumn: number;
  /** The data rows read (0 is the first row under the header); every data row when absent. */
  readonly rows?: { readonly first: number; readonly count: number };
  /**
   * "markers": each row a point, no lines (one series carries every unit, so 372 units are one
   * series). "line": straight lines joining the rows in order, without markers, for reference lines
   * drawn from a small table of their end points.
   */
  readonly style: "markers" | "line";
}

/** An x-y chart: both axes are value axes, each with a title. */
export interface ScatterChartPlan extends ChartFrame {
  readonly kind: "scatter";
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  readonly series: readonly ScatterSeriesPlan[];
}

/**
 * Horizontal floating bars, one per category, from a low value to a high value (such as the rank
 * interval of each unit). Drawn as a stacked bar chart of two series: the low value without fill,
 * then the span (high - low) filled, so the table needs a span column beside the low one. The
 * categories run top to bottom in the table's order. No marker for a point inside the interval:
 * that would need a bar and an x-y chart combined on shared axes, which the two renderers cannot
 * draw alike; put such a point (the nominal rank) in the category's label instead.
 */
export interface IntervalChartPlan extends ChartFrame {
  readonly kind: "interval";
  /** The name of a TablePlan on the same sheet. */
  readonly table: string;
  readonly categoryColumn: number;
  readonly lowColumn: number;
  /** High minus low, per row; the bar drawn from low to low + span. */
  readonly spanColumn: number;
  readonly valueAxisTitle: string;
}

export type ChartPlan = CategoryChartPlan | ScatterChartPlan | IntervalChartPlan;

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
