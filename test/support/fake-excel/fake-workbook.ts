// The state of a fake Excel workbook: sheets of cells, tables, charts, formats and the selection.
// The recording request context in fake-excel-api.ts reads and changes it when a batch is synced.

export interface CellBox {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  readonly box: CellBox;
  style: string;
}

export interface FakeChartSeries {
  name: string;
  values?: CellBox;
  /** The categories, or the x values of an x-y chart (both set with setXAxisValues). */
  categories?: CellBox;
  /** The series' own chart type when it differs from the chart's (ChartSeries.chartType). */
  chartType?: string;
  /** True once its fill is cleared (ChartFill.clear): the series is drawn without fill. */
  fillCleared?: boolean;
}

export interface FakeChartAxis {
  title?: string;
  reversePlotOrder?: boolean;
  tickLabelPosition?: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: CellBox;
  title: string;
  readonly series: FakeChartSeries[];
  position?: { readonly from: CellBox; readonly to: CellBox };
  /** The horizontal (category, or x of an x-y chart) and the vertical (value) axis. */
  readonly axes: { readonly category: FakeChartAxis; readonly value: FakeChartAxis };
  readonly legend: { visible: boolean; position?: string };
}

export interface FakeColourScale {
  readonly box: CellBox;
  readonly criteria: unknown;
}

export interface FakeListValidation {
  readonly box: CellBox;
  readonly source: string;
}

export class FakeSheet {
  readonly values: unknown[][] = [];
  readonly numberFormats: string[][] = [];
  /** "row,column" of every cell written as a formula: a string starting with = + - or @ not formatted as text. */
  readonly formulas = new Set<string>();
  readonly boldBoxes: CellBox[] = [];
  readonly fontSizes: { readonly box: CellBox; readonly points: number }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly colourScales: FakeColourScale[] = [];
  readonly listValidations: FakeListValidation[] = [];
  frozen = { rows: 0, columns: 0 };
  /** The page layout: print area, zoom and orientation, as set through Worksheet.pageLayout. */
  printArea: CellBox | undefined;
  pageZoom:
    | { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }
    | undefined;
  orientation: string | undefined;

  constructor(public name: string) {}

  cell(row: number, column: number): unknown {
    return this.values[row]?.[column];
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats[row]?.[column] ?? "General";
  }

  isFormula(row: number, column: number): boolean {
    return this.formulas.has(`${row},${column}`);
  }

  /** Values of the box, blanks as "" the way Excel returns them. */
  valuesIn(box: CellBox): unknown[][] {
    return rowsOf(box, (row, column) => this.cell(row, column) ?? "");
  }

  numberFormatsIn(box: CellBox): string[][] {
    return rowsOf(box, (row, column) => this.numberFormat(row, column));
  }

  setNumberFormat(row: number, column: number, format: string): void {
    (this.numberFormats[row] ??= [])[column] = format;
  }

  /** Excel's rule: a string starting with = + - or @ becomes a formula unless its cell is formatted as text. */
  setValue(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    const formulaLike = typeof value === "string" && /^[=+\-@]/.test(value) && value.length > 1;
    if (formulaLike && this.numberFormat(row, column) !== "@") this.formulas.add(key);
    else this.formulas.delete(key);
    (this.values[row] ??= [])[column] = value === "" ? undefined : value;
  }

  /** The smallest box holding every non-blank value; undefined for an empty sheet. */
  usedBox(): CellBox | undefined {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((cells, row) => {
      if (cells === undefined) return;
      cells.forEach((value, column) => {
        if (value === undefined || value === null || value === "") return;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, column);
        right = Math.max(right, column);
      });
    });
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Rows of the sheet from A1, as plain values; handy in assertions. */
  grid(): unknown[][] {
    const box = this.usedBox();
    if (box === undefined) return [];
    return this.valuesIn({
      row: 0,
      column: 0,
      rowCount: box.row + box.rowCount,
      columnCount: box.column + box.columnCount,
    });
  }
}

function rowsOf<T>(box: CellBox, cell: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = 0; row < box.rowCount; row++) {
    const cells: T[] = [];
    for (let column = 0; column < box.columnCount; column++)
      cells.push(cell(box.row + row, box.column + column));
    rows.push(cells);
  }
  return rows;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Defined names (Formulas > Name Manager), which share one namespace with table names. */
  readonly definedNames: string[] = [];
  selection: { sheet: string; box: CellBox } | undefined;
  activeSheet: string | undefined;

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** Adds a sheet holding `rows` from A1, as a user would have typed them. */
  addSheetWithRows(name: string, rows: readonly (readonly unknown[])[]): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((cells, row) =>
      cells.forEach((value, column) => sheet.setValue(row, column, value))
    );
    this.sheets.push(sheet);
    return sheet;
  }

  tablesOn(sheet: FakeSheet): FakeTable[] {
    return this.tables.filter((table) => table.sheet === sheet);
  }
}
