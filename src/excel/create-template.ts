// Inserting the template sheets into the open workbook as Excel tables, with drop-downs on Data's
// unit and indicator columns, codes formatted as text and frozen header rows. A sheet that already
// exists (under its name or its English alias) is left alone and reported as skipped.
import { templateWorkbook, type TemplateSheet } from "../core/template";
import { columnReference } from "./addresses";
import { BatchWriter } from "./batch-writer";
import type { ExcelHost } from "./excel-host";
import { pointsOfCharacters, textFormat, writeCells } from "./render-sheet-plan";
import { requestBytes } from "./request-budget";
import {
  claimFreeName,
  loadTableAndDefinedNames,
  namesTakenBy,
  templateSheetName,
} from "./sheet-survey";

/** Rows the drop-downs and text formats cover beyond the rows written. */
export const roomToGrow = 5000;

export interface TemplateCreation {
  /** Sheet names inserted, in template order. */
  readonly created: readonly string[];
  /** Template sheets that were already there (by the name the workbook gives them). */
  readonly skipped: readonly string[];
  /** False when Data was created but a sheet its drop-downs read from was not (it existed already). */
  readonly dropDownsAdded: boolean;
}

function columnOf(sheet: TemplateSheet, key: string): number {
  return sheet.definition.columns.findIndex((column) => column.key === key);
}

async function addTemplateSheet(
  context: Excel.RequestContext,
  writer: BatchWriter,
  template: TemplateSheet,
  tableName: string
): Promise<void> {
  let sheet: Excel.Worksheet | undefined;
  await writer.add(requestBytes(1, template.name), () => {
    sheet = context.workbook.worksheets.add(template.name);
  });
  if (sheet === undefined) throw new Error("the sheet was not queued");
  const worksheet = sheet;
  const columns = template.definition.columns;
  const [header = [], ...records] = template.values;
  const rows = records.length > 0 ? records : [columns.map(() => null)];
  const textFormats = Array.from({ length: rows.length + roomToGrow }, () => [textFormat]);
  for (const [index, column] of columns.entries())
    if (column.type === "unit code")
      await writer.add(requestBytes(1, textFormats), () => {
        worksheet.getRangeByIndexes(1, index, textFormats.length, 1).numberFormat = textFormats;
      });
  await writeCells(writer, worksheet, { row: 0, column: 0 }, [header, ...rows], (row, column) =>
    row > 0 && columns[column]?.type === "unit code" ? textFormat : undefined
  );
  // tables.add, its name and style, a width for each column and the frozen header row.
  await writer.add(requestBytes(4 + columns.length, tableName), () => {
    const range = worksheet.getRangeByIndexes(0, 0, rows.length + 1, columns.length);
    const table = worksheet.tables.add(range, true);
    table.name = tableName;
    table.style = "TableStyleMedium2";
    columns.forEach((column, index) => {
      worksheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = pointsOfCharacters(
        Math.max(12, column.header.length + 4)
      );
    });
    worksheet.freezePanes.freezeRows(1);
  });
}

async function addDropDown(
  context: Excel.RequestContext,
  writer: BatchWriter,
  data: TemplateSheet,
  dataKey: string,
  source: TemplateSheet,
  sourceKey: string
): Promise<void> {
  const lastRow = Math.max(data.values.length, source.values.length) + roomToGrow;
  const reference = columnReference(source.name, columnOf(source, sourceKey), 1, lastRow);
  const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: reference } };
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: "Warning",
    title: "Veikart",
    message: "Velg en verdi fra listen / choose a value from the list",
  };
  await writer.add(requestBytes(2, rule, errorAlert), () => {
    const range = context.workbook.worksheets
      .getItem(data.name)
      .getRangeByIndexes(1, columnOf(data, dataKey), lastRow, 1);
    range.dataValidation.rule = rule;
    range.dataValidation.errorAlert = errorAlert;
  });
}

/** Deletes the sheets this run added, after a failure. */
async function removeAdded(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}

/** Inserts the template sheets the workbook lacks. Syncs: one survey, then one per budget-sized chunk. */
export async function createTemplate(
  host: ExcelHost,
  withExampleData: boolean
): Promise<TemplateCreation> {
  const templates = templateWorkbook(withExampleData);
  return host.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const { tables, definedNames } = loadTableAndDefinedNames(context);
    await context.sync();
    const names = worksheets.items.map((sheet) => sheet.name);
    const tableNames = namesTakenBy(
      tables.items,
      definedNames.items.map((item) => item.name)
    );
    const skipped: string[] = [];
    const toCreate: TemplateSheet[] = [];
    for (const template of templates) {
      const existing = templateSheetName(names, template.definition);
      if (existing === undefined) toCreate.push(template);
      else skipped.push(existing);
    }
    const created = new Map(toCreate.map((template) => [template.definition.key, template]));
    const data = created.get("data");
    const units = created.get("units");
    const indicators = created.get("indicators");
    const writer = new BatchWriter(context, host);
    try {
      for (const template of toCreate)
        await addTemplateSheet(context, writer, template, claimFreeName(template.name, tableNames));
      if (data !== undefined && units !== undefined)
        await addDropDown(context, writer, data, "unit", units, "code");
      if (data !== undefined && indicators !== undefined)
        await addDropDown(context, writer, data, "indicator", indicators, "id");
      const [first] = toCreate;
      if (first !== undefined)
        await writer.add(requestBytes(1), () => worksheets.getItem(first.name).activate());
      await writer.flush();
    } catch (error) {
      // The write's own error is what the user needs to see; a failed clean-up must not hide it.
      await removeAdded(
        context,
        toCreate.map((template) => template.name)
      ).catch(() => undefined);
      throw error;
    }
    return {
      created: toCreate.map((template) => template.name),
      skipped,
      dropDownsAdded: data === undefined || (units !== undefined && indicators !== undefined),
    };
  });
}
