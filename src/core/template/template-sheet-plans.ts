// The template's sheets as sheet plans, the layout both faces render: each sheet one Excel table from
// A1 under a frozen header row, unit codes formatted as text, and drop-downs on the unit and indicator
// columns of Data and Tiltak over the codes of Enheter and the ids of Indikatorer.
import { columnLetters, quotedSheetName } from "../cell-addresses";
import type { DropDownPlan, ErrorAlertPlan, SheetPlan, TableColumnPlan } from "../sheet-plan";
import { keepsLeadingZeros, type ColumnDefinition, type SheetKey } from "./schema";
import type { TemplateSheet } from "./template-grids";

/** Rows below the records that keep the text formats and drop-downs, for the records a user adds. */
export const templateRoomToGrow = 5000;

const tableStyle = "TableStyleMedium2";

/** The number format that keeps what is typed as text: codes such as "0301" keep their zero. */
const textFormat = "@";

const notInListAlert: ErrorAlertPlan = {
  style: "warning",
  title: "Veikart",
  message: "Velg en verdi fra listen / choose a value from the list",
};

/** Data's columns with a drop-down, and the sheet and column whose values it lists. */
const dropDownSources: Readonly<
  Record<string, { readonly sheet: SheetKey; readonly column: string }>
> = {
  unit: { sheet: "units", column: "code" },
  indicator: { sheet: "indicators", column: "id" },
};

/** Rows of the sheet's table below its header: the records (or the one blank row) and the room to grow. */
function inputRowCount(sheet: TemplateSheet): number {
  return Math.max(1, sheet.values.length - 1) + templateRoomToGrow;
}

/** The absolute reference to a column's input rows, "Enheter!$A$2:$A$5007". */
function inputColumnReference(sheet: TemplateSheet, key: string): string {
  const letters = columnLetters(sheet.definition.columns.findIndex((column) => column.key === key));
  return `${quotedSheetName(sheet.name)}!$${letters}$2:$${letters}$${1 + inputRowCount(sheet)}`;
}

function dropDownOf(
  sheet: TemplateSheet,
  column: ColumnDefinition,
  sheets: ReadonlyMap<SheetKey, TemplateSheet>
): DropDownPlan | undefined {
  if (sheet.definition.key !== "data" && sheet.definition.key !== "measures") return undefined;
  const source = dropDownSources[column.key];
  const sourceSheet = source === undefined ? undefined : sheets.get(source.sheet);
  if (source === undefined || sourceSheet === undefined) return undefined;
  return {
    source: inputColumnReference(sourceSheet, source.column),
    errorAlert: notInListAlert,
  };
}

function columnPlan(column: ColumnDefinition, dropDown: DropDownPlan | undefined): TableColumnPlan {
  return {
    header: column.header,
    width: Math.max(12, column.header.length + 4),
    ...(keepsLeadingZeros(column.type) ? { numberFormat: textFormat } : {}),
    ...(dropDown === undefined ? {} : { dropDown }),
  };
}

/**
 * The plans of these template sheets (as `workbookSheetsOf` or `templateWorkbook` gives them), in
 * their order. Data gets a drop-down only over a sheet among them.
 */
export function templateSheetPlans(sheets: readonly TemplateSheet[]): SheetPlan[] {
  const byKey = new Map(sheets.map((sheet) => [sheet.definition.key, sheet]));
  return sheets.map((sheet) => ({
    name: sheet.name,
    purpose: "input",
    blocks: [
      {
        kind: "table",
        name: sheet.name,
        anchor: { row: 0, column: 0 },
        columns: sheet.definition.columns.map((column) =>
          columnPlan(column, dropDownOf(sheet, column, byKey))
        ),
        rows: sheet.values.slice(1),
        style: tableStyle,
        roomToGrow: templateRoomToGrow,
      },
    ],
    charts: [],
    columnWidths: [],
    frozen: { rows: 1, columns: 0 },
  }));
}
