// Fake workbooks holding the template, as a user's workbook would after Create template.
import {
  templateWorkbook,
  workbookSheetsOf,
  type TemplateCell,
  type TemplateContent,
} from "../../../src/core/template";
import { FakeWorkbook } from "./fake-workbook";

/** The five template sheets as plain ranges from A1 (with the example data unless told otherwise). */
export function templateInto(workbook = new FakeWorkbook(), withExampleData = true): FakeWorkbook {
  for (const sheet of templateWorkbook(withExampleData))
    workbook.addSheetWithRows(sheet.name, sheet.values);
  return workbook;
}

/** The template with `count` Data rows, repeating the example rows with years counting on. */
export function withDataRows(count: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheets = templateWorkbook(true);
  for (const sheet of sheets) {
    if (sheet.name !== "Data") {
      workbook.addSheetWithRows(sheet.name, sheet.values);
      continue;
    }
    const [header = [], ...examples] = sheet.values;
    const rows: TemplateCell[][] = [[...header]];
    for (let index = 0; index < count; index++) {
      const example = examples[index % examples.length] ?? [];
      rows.push([...example]);
    }
    workbook.addSheetWithRows(sheet.name, rows);
  }
  return workbook;
}

/** A data set (such as bench/national-data's 372 units) written into the template sheets. */
export function workbookOfDataSet(dataSet: TemplateContent): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const sheet of workbookSheetsOf(dataSet))
    workbook.addSheetWithRows(sheet.name, sheet.values);
  return workbook;
}
