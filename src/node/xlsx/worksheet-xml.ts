// A sheet plan as SpreadsheetML: the worksheet part (cells, formats, drop-downs), one table part per
// table, and the charts' drawing.
// Texts are written as inline strings, so the workbook's shared strings stay as they are.
import type {
  CellPosition,
  ColourScale,
  NotesPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
} from "../../core/sheet-plan";
import { columnLetters, quotedSheetName } from "../../core/cell-addresses";
import { chartPartXml, drawingPartXml } from "./chart-xml";
import { namespaces, xmlDeclaration } from "./ooxml-vocabulary";
import type { CellStyle } from "./style-sheet";
import { dataRowSpan, tableRows } from "./table-rows";
import { escapeXml } from "./xml-text";

/** What the worksheet needs from the package: style indexes and the ids of its table parts. */
export interface WorksheetContext {
  readonly styleIndex: (style: CellStyle) => number;
  /** The workbook-wide unique ids of the plan's tables, in order. */
  readonly tableIds: readonly number[];
}

/** The drawing of a sheet's charts and the chart parts it points to (rId1 for the first chart, ...). */
export interface DrawingParts {
  readonly drawingXml: string;
  readonly chartXmls: readonly string[];
}

export interface WorksheetParts {
  readonly worksheetXml: string;
  /** Table parts in the order of the plan's tables; the sheet refers to table n as rId<n>. */
  readonly tableXmls: readonly string[];
  /** Present when the plan has charts; the sheet refers to it as rId<number of tables + 1>. */
  readonly drawing?: DrawingParts;
}

/** The relationship id, in a part's relationships, of its n-th (0-based) related part. */
export function relationshipIdOf(index: number): string {
  return `rId${index + 1}`;
}

interface PlacedCell {
  value: PlanCell;
  style: number;
}

/** Cells by 0-based row, then 0-based column; a later write to a cell replaces an earlier one. */
class CellGrid {
  readonly rows = new Map<number, Map<number, PlacedCell>>();

  put(row: number, column: number, value: PlanCell, style: number): void {
    let cells = this.rows.get(row);
    if (cells === undefined) this.rows.set(row, (cells = new Map()));
    cells.set(column, { value, style });
  }
}

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function cellXml(reference: string, cell: PlacedCell): string {
  const style = cell.style !== 0 ? ` s="${cell.style}"` : "";
  const { value } = cell;
  if (typeof value === "string")
    return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "boolean")
    return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${reference}"${style}><v>${value}</v></c>`;
  return style === "" ? "" : `<c r="${reference}"${style}/>`;
}

function sheetDataXml(grid: CellGrid): string {
  const rows = [...grid.rows.entries()].sort(([a], [b]) => a - b);
  const parts = rows.map(([row, cells]) => {
    const ordered = [...cells.entries()].sort(([a], [b]) => a - b);
    const xml = ordered.map(([column, cell]) => cellXml(address(row, column), cell)).join("");
    return `<row r="${row + 1}">${xml}</row>`;
  });
  return `<sheetData>${parts.join("")}</sheetData>`;
}

function placeNotes(grid: CellGrid, block: NotesPlan, context: WorksheetContext): void {
  const bold = context.styleIndex({ bold: true });
  block.rows.forEach((cells, rowOffset) => {
    cells.forEach((value, columnOffset) => {
      if (value === null) return;
      const style = block.boldFirstColumn === true && columnOffset === 0 ? bold : 0;
      grid.put(block.anchor.row + rowOffset, block.anchor.column + columnOffset, value, style);
    });
  });
}

function tableRange(block: TablePlan): string {
  const { row, column } = block.anchor;
  return `${address(row, column)}:${address(dataRowSpan(block).last, column + block.columns.length - 1)}`;
}

function placeTable(grid: CellGrid, block: TablePlan, context: WorksheetContext): void {
  const { row, column } = block.anchor;
  if (block.title !== undefined && row > 0)
    grid.put(
      row - 1,
      column,
      block.title,
      context.styleIndex({
        bold: true,
        ...(block.titleFontSize === undefined ? {} : { fontSize: block.titleFontSize }),
      })
    );
  block.columns.forEach((planColumn, offset) =>
    grid.put(row, column + offset, planColumn.header, 0)
  );
  const styles = block.columns.map((planColumn) =>
    planColumn.numberFormat === undefined
      ? 0
      : context.styleIndex({ numberFormat: planColumn.numberFormat })
  );
  tableRows(block).forEach((cells, index) => {
    block.columns.forEach((_, offset) =>
      grid.put(row + 1 + index, column + offset, cells[offset] ?? null, styles[offset] ?? 0)
    );
  });
  // The room to grow is empty cells with their column's format, as Excel saves formatted cells.
  const rows = dataRowSpan(block);
  for (let grown = rows.last + 1; grown <= rows.last + (block.roomToGrow ?? 0); grown++)
    styles.forEach((style, offset) => {
      if (style !== 0) grid.put(grown, column + offset, null, style);
    });
}

function tableXml(block: TablePlan, id: number | undefined): string {
  if (id === undefined) throw new Error(`the table ${block.name} was given no id`);
  const range = tableRange(block);
  const name = escapeXml(block.name);
  const columns = block.columns
    .map((column, index) => `<tableColumn id="${index + 1}" name="${escapeXml(column.header)}"/>`)
    .join("");
  return (
    `${xmlDeclaration}<table xmlns="${namespaces.spreadsheet}" id="${id}" name="${name}" displayName="${name}" ref="${range}" totalsRowShown="0">` +
    `<autoFilter ref="${range}"/><tableColumns count="${block.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(block.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function colourScaleXml(scale: ColourScale): string {
  const points =
    scale.midpointColour === undefined
      ? '<cfvo type="min"/><cfvo type="max"/>'
      : '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>';
  const colours = [scale.minimumColour, scale.midpointColour, scale.maximumColour]
    .flatMap((colour) => (colour === undefined ? [] : [`<color rgb="${argb(colour)}"/>`]))
    .join("");
  return `<colorScale>${points}${colours}</colorScale>`;
}

function conditionalFormattingXml(tables: readonly TablePlan[]): string {
  let priority = 0;
  return tables
    .flatMap((block) => {
      const rows = dataRowSpan(block);
      return (block.colourScales ?? []).map((colourScale) => {
        const first = address(rows.first, block.anchor.column + colourScale.firstColumn);
        const last = address(rows.last, block.anchor.column + colourScale.lastColumn);
        priority++;
        return `<conditionalFormatting sqref="${first}:${last}"><cfRule type="colorScale" priority="${priority}">${colourScaleXml(colourScale.scale)}</cfRule></conditionalFormatting>`;
      });
    })
    .join("");
}

/** The tables' drop-downs, each over its column's data rows and the table's room to grow. */
function dataValidationsXml(tables: readonly TablePlan[]): string {
  const validations = tables.flatMap((block) => {
    const rows = dataRowSpan(block);
    const last = rows.last + (block.roomToGrow ?? 0);
    return block.columns.flatMap((planColumn, offset) => {
      const dropDown = planColumn.dropDown;
      if (dropDown === undefined) return [];
      const column = block.anchor.column + offset;
      // The plan's alert styles are SpreadsheetML's own words (ST_DataValidationErrorStyle).
      const { style, title, message } = dropDown.errorAlert;
      return [
        `<dataValidation type="list" errorStyle="${style}" allowBlank="1" showErrorMessage="1"` +
          ` errorTitle="${escapeXml(title)}" error="${escapeXml(message)}"` +
          ` sqref="${address(rows.first, column)}:${address(last, column)}">` +
          `<formula1>${escapeXml(dropDown.source)}</formula1></dataValidation>`,
      ];
    });
  });
  return validations.length === 0
    ? ""
    : `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`;
}

/** Column widths in characters by 0-based column: the plan's first columns, then tables' own widths. */
function columnWidths(plan: SheetPlan, tables: readonly TablePlan[]): Map<number, number> {
  const widths = new Map(plan.columnWidths.map((width, index) => [index, width]));
  for (const block of tables)
    block.columns.forEach((planColumn, offset) => {
      const index = block.anchor.column + offset;
      if (planColumn.width !== undefined && index >= plan.columnWidths.length)
        widths.set(index, planColumn.width);
    });
  return widths;
}

function columnsXml(widths: Map<number, number>): string {
  if (widths.size === 0) return "";
  const columns = [...widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([index, width]) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
    );
  return `<cols>${columns.join("")}</cols>`;
}

function sheetViewXml(plan: SheetPlan): string {
  const rows = plan.frozen?.rows ?? 0;
  const columns = plan.frozen?.columns ?? 0;
  if (rows === 0 && columns === 0)
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${address(rows, columns)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${address(rows, columns)}" sqref="${address(rows, columns)}"/></sheetView></sheetViews>`
  );
}

/** Fit-to-page is a sheet property that must come first in the worksheet (CT_Worksheet's order). */
function sheetPropertiesXml(plan: SheetPlan): string {
  return plan.print === undefined ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
}

/** The page setup after the margins: orientation and the pages the print area is fitted to. */
function pageSetupXml(plan: SheetPlan): string {
  if (plan.print === undefined) return "";
  const { orientation, fitToPages } = plan.print;
  return `<pageSetup orientation="${orientation}" fitToWidth="${fitToPages.wide}" fitToHeight="${fitToPages.tall}"/>`;
}

/** The print area as the reference the workbook's `_xlnm.Print_Area` name holds, "'Profil'!$A$1:$H$60". */
export function printAreaReference(plan: SheetPlan): string | undefined {
  if (plan.print === undefined) return undefined;
  const { first, last } = plan.print.area;
  const absolute = (position: CellPosition) =>
    `$${columnLetters(position.column)}$${position.row + 1}`;
  return `${quotedSheetName(plan.name)}!${absolute(first)}:${absolute(last)}`;
}

function dimensionXml(grid: CellGrid): string {
  let lastRow = 0;
  let lastColumn = 0;
  for (const [row, cells] of grid.rows) {
    lastRow = Math.max(lastRow, row);
    for (const column of cells.keys()) lastColumn = Math.max(lastColumn, column);
  }
  return `<dimension ref="A1:${address(lastRow, lastColumn)}"/>`;
}

function drawingParts(plan: SheetPlan, tables: readonly TablePlan[]): DrawingParts | undefined {
  if (plan.charts.length === 0) return undefined;
  const chartXmls = plan.charts.map((chart) =>
    chartPartXml(
      chart,
      (name) => {
        const table = tables.find((candidate) => candidate.name === name);
        if (table === undefined)
          throw new Error(`the chart "${chart.title}" names no table on the sheet`);
        return table;
      },
      plan.name
    )
  );
  return {
    drawingXml: drawingPartXml(
      plan.charts,
      plan.charts.map((_, index) => relationshipIdOf(index))
    ),
    chartXmls,
  };
}

/** The worksheet, table and drawing parts of a plan. */
export function worksheetParts(plan: SheetPlan, context: WorksheetContext): WorksheetParts {
  const grid = new CellGrid();
  const tables = plan.blocks.filter((block): block is TablePlan => block.kind === "table");
  for (const block of plan.blocks) {
    if (block.kind === "notes") placeNotes(grid, block, context);
    else placeTable(grid, block, context);
  }
  const drawing = drawingParts(plan, tables);
  const tableParts =
    tables.length === 0
      ? ""
      : `<tableParts count="${tables.length}">${tables.map((_, index) => `<tablePart r:id="${relationshipIdOf(index)}"/>`).join("")}</tableParts>`;
  const worksheetXml =
    `${xmlDeclaration}<worksheet xmlns="${namespaces.spreadsheet}" xmlns:r="${namespaces.officeRelationships}">` +
    sheetPropertiesXml(plan) +
    dimensionXml(grid) +
    sheetViewXml(plan) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(columnWidths(plan, tables)) +
    sheetDataXml(grid) +
    conditionalFormattingXml(tables) +
    dataValidationsXml(tables) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(plan) +
    (drawing === undefined ? "" : `<drawing r:id="${relationshipIdOf(tables.length)}"/>`) +
    tableParts +
    "</worksheet>";
  return {
    worksheetXml,
    tableXmls: tables.map((block, index) => tableXml(block, context.tableIds[index])),
    ...(drawing === undefined ? {} : { drawing }),
  };
}
