// The limits real Excel enforces, each beside the page where Microsoft states it, and the checks the
// fake runs when a batch is synced. Each check throws what Excel throws: the `code` strings are those
// of Excel.ErrorCodes (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
// Where Microsoft names no code for a refusal, the fake uses InvalidArgument, Excel's answer to an
// argument it cannot take, and says so beside the check.
import { columnOfLetters } from "./fake-addresses";
import { FakeExcelError } from "./fake-excel-error";
import type { CellBox } from "./fake-workbook";

const specificationsAndLimits =
  "https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3";

/** "Worksheet size: 1,048,576 rows by 16,384 columns" (Excel specifications and limits). */
export const worksheetRows = 1_048_576;
export const worksheetColumns = 16_384;

/** "Total number of characters that a cell can contain: 32,767 characters" (same page). */
export const cellCharacters = 32_767;

/** "Data series in one chart: 255" (same page, charting specifications and limits). */
export const seriesPerChart = 255;

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB", Resource limits and
 * performance optimization for Office Add-ins:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * Microsoft does not say whether 5MB is 5,000,000 or 5 × 2^20 bytes; the fake takes the smaller.
 */
export const payloadLimitBytes = 5_000_000;

/** "A range is limited to five million cells for get operations" (same page, all platforms). */
export const cellsPerRead = 5_000_000;

/** Rename a worksheet: https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 */
export const sheetNameCharacters = 31;
const sheetNameForbidden = /[[\]:*?/\\]/;
const reservedSheetName = "history";

/**
 * Rename an Excel table, the rules Table.name points to in the Office.js reference:
 * https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 * A name starts with a letter, an underscore or a backslash, goes on with letters, numbers, periods
 * and underscores, has at most 255 characters, is not "C", "c", "R" or "r", is not a cell reference
 * ("Z$100 or R1C1"), and is unique in the workbook ignoring case, defined names included.
 */
export const tableNameCharacters = 255;
const tableNameCharactersAllowed = /^[\p{L}_\\][\p{L}\p{N}._]*$/u;
const rowOrColumnReference = /^(?:R\d*(?:C\d*)?|C\d*)$/i;

function invalidArgument(message: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message);
}

/** Every cell of the box is on the sheet (a range of at least one cell). */
export function checkOnSheet(box: CellBox): void {
  const fits =
    box.rowCount >= 1 &&
    box.columnCount >= 1 &&
    box.row >= 0 &&
    box.column >= 0 &&
    box.row + box.rowCount <= worksheetRows &&
    box.column + box.columnCount <= worksheetColumns;
  if (!fits)
    throw invalidArgument(
      `The range (row ${box.row}, column ${box.column}, ${box.rowCount} × ${box.columnCount}) is not within ${worksheetRows} rows and ${worksheetColumns} columns (${specificationsAndLimits}).`
    );
}

/** Microsoft names no code for text over the limit; InvalidArgument, as for any value Excel refuses. */
export function checkCellValue(value: unknown): void {
  if (typeof value === "string" && value.length > cellCharacters)
    throw invalidArgument(
      `A cell holds at most ${cellCharacters} characters; this value has ${value.length}.`
    );
}

/** Microsoft names no code for the 256th series; InvalidArgument, as for any argument Excel refuses. */
export function checkSeriesCount(existing: number): void {
  if (existing >= seriesPerChart)
    throw invalidArgument(
      `A chart holds at most ${seriesPerChart} data series (${specificationsAndLimits}).`
    );
}

/**
 * The chart types Excel draws: the values of the Excel.ChartType enum (ExcelApi 1.1), as listed in
 * https://learn.microsoft.com/javascript/api/excel/excel.charttype and in @types/office-js.
 */
export const chartTypes: ReadonlySet<string> = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "3DColumnClustered",
  "3DColumnStacked",
  "3DColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "3DBarClustered",
  "3DBarStacked",
  "3DBarStacked100",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "LineMarkersStacked100",
  "PieOfPie",
  "PieExploded",
  "3DPieExploded",
  "BarOfPie",
  "XYScatterSmooth",
  "XYScatterSmoothNoMarkers",
  "XYScatterLines",
  "XYScatterLinesNoMarkers",
  "AreaStacked",
  "AreaStacked100",
  "3DAreaStacked",
  "3DAreaStacked100",
  "DoughnutExploded",
  "RadarMarkers",
  "RadarFilled",
  "Surface",
  "SurfaceWireframe",
  "SurfaceTopView",
  "SurfaceTopViewWireframe",
  "Bubble",
  "Bubble3DEffect",
  "StockHLC",
  "StockOHLC",
  "StockVHLC",
  "StockVOHLC",
  "CylinderColClustered",
  "CylinderColStacked",
  "CylinderColStacked100",
  "CylinderBarClustered",
  "CylinderBarStacked",
  "CylinderBarStacked100",
  "CylinderCol",
  "ConeColClustered",
  "ConeColStacked",
  "ConeColStacked100",
  "ConeBarClustered",
  "ConeBarStacked",
  "ConeBarStacked100",
  "ConeCol",
  "PyramidColClustered",
  "PyramidColStacked",
  "PyramidColStacked100",
  "PyramidBarClustered",
  "PyramidBarStacked",
  "PyramidBarStacked100",
  "PyramidCol",
  "3DColumn",
  "Line",
  "3DLine",
  "3DPie",
  "Pie",
  "XYScatter",
  "3DArea",
  "Area",
  "Doughnut",
  "Radar",
  "Histogram",
  "Boxwhisker",
  "Pareto",
  "RegionMap",
  "Treemap",
  "Waterfall",
  "Sunburst",
  "Funnel",
]);

/** Microsoft names no code for an unknown chart type; InvalidArgument, as for any argument Excel refuses. */
export function checkChartType(type: string): void {
  if (!chartTypes.has(type)) throw invalidArgument(`"${type}" is not an Excel.ChartType.`);
}

/**
 * The tick label positions of Excel.ChartAxisTickLabelPosition (ExcelApi 1.7):
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxisticklabelposition
 */
export const tickLabelPositions: ReadonlySet<string> = new Set([
  "NextToAxis",
  "High",
  "Low",
  "None",
]);

/**
 * The legend positions of Excel.ChartLegendPosition (ExcelApi 1.1), "Invalid" aside:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartlegendposition
 */
export const legendPositions: ReadonlySet<string> = new Set([
  "Top",
  "Bottom",
  "Left",
  "Right",
  "Corner",
  "Custom",
]);

/** An enum property set to a value outside its enum: InvalidArgument, as for any argument Excel refuses. */
export function checkEnumValue(
  property: string,
  value: string,
  allowed: ReadonlySet<string>
): void {
  if (!allowed.has(value)) throw invalidArgument(`${property} cannot be "${value}".`);
}

/** A read of more cells than Excel returns: RangeExceedsLimit, as the error-handling page lists. */
export function checkReadSize(box: CellBox): void {
  if (box.rowCount * box.columnCount > cellsPerRead)
    throw new FakeExcelError(
      "RangeExceedsLimit",
      `The cell count in the range has exceeded ${cellsPerRead}.`
    );
}

/**
 * A name Excel takes for a sheet. Refused with InvalidArgument (Office Scripts' addWorksheet answers a
 * 32-character name so: https://github.com/OfficeDev/office-scripts-docs/issues/738); a name in use,
 * ignoring case, with ItemAlreadyExists ("A resource with the same name or identifier already
 * exists": https://github.com/OfficeDev/office-scripts-docs/issues/560).
 */
export function checkSheetName(name: string, namesInUse: readonly string[]): void {
  const problem =
    name.trim() === ""
      ? "is blank"
      : name.length > sheetNameCharacters
        ? `has more than ${sheetNameCharacters} characters`
        : sheetNameForbidden.test(name)
          ? "contains one of [ ] : * ? / \\"
          : name.startsWith("'") || name.endsWith("'")
            ? "begins or ends with an apostrophe"
            : name.toLowerCase() === reservedSheetName
              ? 'is "History", which Excel reserves'
              : undefined;
  if (problem !== undefined) throw invalidArgument(`The sheet name "${name}" ${problem}.`);
  const wanted = name.toLowerCase();
  if (namesInUse.some((used) => used.toLowerCase() === wanted))
    throw new FakeExcelError(
      "ItemAlreadyExists",
      `A resource with the same name or identifier already exists: "${name}".`
    );
}

/** An A1 reference inside the grid, such as "AB12" (up to XFD1048576). */
function isCellAddress(name: string): boolean {
  const match = /^([A-Z]{1,3})(\d+)$/i.exec(name);
  if (match === null) return false;
  const row = Number(match[2]);
  return columnOfLetters(match[1] ?? "") < worksheetColumns && row >= 1 && row <= worksheetRows;
}

/**
 * A name Excel takes for a table. Every refusal, a name in use included, is InvalidArgument ("The
 * argument is invalid or missing or has an incorrect format": a second table named as the first,
 * https://github.com/OfficeDev/office-js/issues/551).
 */
export function checkTableName(name: string, namesInUse: readonly string[]): void {
  const problem =
    name.length > tableNameCharacters
      ? `has more than ${tableNameCharacters} characters`
      : !tableNameCharactersAllowed.test(name)
        ? "must start with a letter, _ or \\ and hold only letters, numbers, periods and _"
        : isCellAddress(name) || rowOrColumnReference.test(name)
          ? "looks like a cell reference"
          : undefined;
  if (problem !== undefined) throw invalidArgument(`The table name "${name}" ${problem}.`);
  const wanted = name.toLowerCase();
  if (namesInUse.some((used) => used.toLowerCase() === wanted))
    throw invalidArgument(`The name "${name}" is already a table or a defined name.`);
}

/**
 * Tables may not overlap: InvalidArgument, "A table cannot overlap a range that contains a PivotTable
 * report, query results, protected cells or another table."
 * (https://github.com/OfficeDev/office-js-docs/issues/417, https://github.com/OfficeDev/office-js/issues/1199)
 */
export function checkNoOverlap(box: CellBox, tableBoxes: readonly CellBox[]): void {
  if (tableBoxes.some((other) => boxesOverlap(other, box)))
    throw invalidArgument(
      "A table cannot overlap a range that contains a PivotTable report, query results, protected cells or another table."
    );
}

function boxesOverlap(a: CellBox, b: CellBox): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** Excel on the web refuses a request or a response over the limit with these codes (same pages). */
export function checkPayload(direction: "Request" | "Response", bytes: number): void {
  if (bytes > payloadLimitBytes)
    throw new FakeExcelError(
      `${direction}PayloadSizeLimitExceeded`,
      `The ${direction.toLowerCase()} payload size (${bytes} bytes) has exceeded the limit of ${payloadLimitBytes}.`
    );
}

/**
 * Excel.PageLayoutZoomOptions: "Print page scale value can be between 10 and 400. This value can be
 * null if fit to page tall or wide is specified"
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions). The pages to fit to
 * are SpreadsheetML's fitToWidth and fitToHeight, unsigned integers where 0 means as many pages as
 * needed (ECMA-376 Part 1, 18.3.1.63 pageSetup). Microsoft names no code for a zoom outside these;
 * InvalidArgument, as for any argument Excel refuses.
 */
export const printScale = { minimum: 10, maximum: 400 } as const;

export interface PageZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

export function checkPageZoom(zoom: PageZoom): void {
  const { scale, horizontalFitToPages, verticalFitToPages } = zoom;
  if (scale !== undefined && (scale < printScale.minimum || scale > printScale.maximum))
    throw invalidArgument(
      `The print scale ${scale} is not between ${printScale.minimum} and ${printScale.maximum}.`
    );
  for (const pages of [horizontalFitToPages, verticalFitToPages])
    if (pages !== undefined && (!Number.isInteger(pages) || pages < 0))
      throw invalidArgument(`The pages to fit to (${pages}) must be a whole number of 0 or more.`);
  if (
    scale !== undefined &&
    (horizontalFitToPages !== undefined || verticalFitToPages !== undefined)
  )
    throw invalidArgument("A print scale and pages to fit to cannot be set together.");
}

/** Excel.PageOrientation's values (same reference, excel.pageorientation). */
export const pageOrientations: readonly string[] = ["Portrait", "Landscape"];
