// Writes sheet plans into an exceljs workbook: cells, Excel tables, number formats, column widths, frozen
// panes and colour scales. Charts are left out (exceljs cannot write charts; the add-in draws them).
import ExcelJS from "exceljs";
import {
  assertPlanStartsWithMarker,
  isGeneratedSheet,
  type ColourScale,
  type NotesPlan,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from "../core/sheet-plan";
import { UsageError } from "./command";
import { columnLetters, plainCellValue } from "./workbook-grids";

/** A sheet of the generated sheet's name exists that Veikart did not generate: it is never replaced. */
export class UserSheetConflictError extends UsageError {
  constructor(readonly sheetName: string) {
    super(
      `the workbook already has a sheet named "${sheetName}" that Veikart did not generate (its A1 lacks the marker); rename that sheet and run again`
    );
  }
}

/** exceljs keeps the sheet order in `orderNo` without declaring it. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** The sheet of that name, compared as Excel compares sheet names (ignoring case). */
function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLocaleLowerCase();
  return workbook.worksheets.find((worksheet) => worksheet.name.toLocaleLowerCase() === wanted);
}

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function writeNotes(worksheet: ExcelJS.Worksheet, block: NotesPlan): void {
  block.rows.forEach((cells, rowOffset) => {
    cells.forEach((value, columnOffset) => {
      if (value === null) return;
      const cell = worksheet.getCell(
        block.anchor.row + rowOffset + 1,
        block.anchor.column + columnOffset + 1
      );
      cell.value = value;
      if (block.boldFirstColumn === true && columnOffset === 0) cell.font = { bold: true };
    });
  });
}

function colourScaleRule(scale: ColourScale): ExcelJS.ConditionalFormattingRule {
  const colours = [scale.minimumColour, scale.midpointColour, scale.maximumColour].flatMap(
    (colour) => (colour === undefined ? [] : [{ argb: argb(colour) }])
  );
  const cfvo: ExcelJS.Cvfo[] =
    scale.midpointColour === undefined
      ? [{ type: "min" }, { type: "max" }]
      : [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }];
  return { type: "colorScale", priority: 1, cfvo, color: colours };
}

function writeTable(worksheet: ExcelJS.Worksheet, block: TablePlan): void {
  const { row, column } = block.anchor;
  if (block.title !== undefined && row > 0) {
    const title = worksheet.getCell(row, column + 1);
    title.value = block.title;
    title.font = { bold: true, size: 12 };
  }
  // An Excel table needs at least one data row: an empty table keeps one blank row.
  const rows: PlanCell[][] =
    block.rows.length > 0 ? block.rows.map((cells) => [...cells]) : [block.columns.map(() => null)];
  worksheet.addTable({
    name: block.name,
    ref: address(row, column),
    headerRow: true,
    style: { theme: block.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: block.columns.map((planColumn) => ({ name: planColumn.header, filterButton: true })),
    rows,
  });
  block.columns.forEach((planColumn, offset) => {
    if (planColumn.numberFormat === undefined) return;
    for (let index = 0; index < rows.length; index++)
      worksheet.getCell(row + 2 + index, column + offset + 1).numFmt = planColumn.numberFormat;
  });
  const firstDataRow = row + 1;
  const lastDataRow = row + rows.length;
  for (const colourScale of block.colourScales ?? [])
    worksheet.addConditionalFormatting({
      ref: `${address(firstDataRow, column + colourScale.firstColumn)}:${address(lastDataRow, column + colourScale.lastColumn)}`,
      rules: [colourScaleRule(colourScale.scale)],
    });
}

function writeSheet(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    if (block.kind === "notes") writeNotes(worksheet, block);
    else writeTable(worksheet, block);
  }
  plan.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  for (const block of plan.blocks) {
    if (block.kind !== "table") continue;
    block.columns.forEach((planColumn, offset) => {
      const index = block.anchor.column + offset;
      if (planColumn.width !== undefined && index >= plan.columnWidths.length)
        worksheet.getColumn(index + 1).width = planColumn.width;
    });
  }
  if (plan.frozen !== undefined && (plan.frozen.rows > 0 || plan.frozen.columns > 0))
    worksheet.views = [{ state: "frozen", xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }];
}

/**
 * Writes each plan as a sheet of its name. An existing sheet of that name is replaced (at the same place
 * in the sheet order) only when its A1 holds the generated-sheet marker; otherwise nothing at all is
 * written and UserSheetConflictError says which sheet is in the way. Charts are not written.
 */
export function renderSheetPlans(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    assertPlanStartsWithMarker(plan);
    const existing = sheetNamed(workbook, plan.name);
    if (existing !== undefined && !isGeneratedSheet(plainCellValue(existing.getCell("A1").value)))
      throw new UserSheetConflictError(existing.name);
  }
  for (const plan of plans) {
    const existing = sheetNamed(workbook, plan.name);
    const orderNo = (existing as OrderedWorksheet | undefined)?.orderNo;
    if (existing !== undefined) workbook.removeWorksheet(existing.id);
    const worksheet = workbook.addWorksheet(plan.name);
    if (orderNo !== undefined) (worksheet as OrderedWorksheet).orderNo = orderNo;
    writeSheet(worksheet, plan);
  }
}
