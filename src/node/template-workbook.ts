// The template as a new .xlsx workbook: core's plans of the template sheets written by the same writer
// as the generated sheets, so the file has the layout and style the add-in gives them.
import { templateSheetPlans, templateWorkbook, type TemplateSheet } from "../core/template";
import { newWorkbookPackage } from "./xlsx/new-workbook";
import { writeSheetPlans } from "./xlsx/write-sheet-plans";
import type { XlsxPackage } from "./xlsx/xlsx-package";

/** Template sheets (as `workbookSheetsOf` gives them) as a new workbook, ready for generated sheets. */
export function packageOfSheets(sheets: readonly TemplateSheet[]): XlsxPackage {
  const xlsx = newWorkbookPackage("the new workbook");
  writeSheetPlans(xlsx, templateSheetPlans(sheets));
  return xlsx;
}

/** The template as a new workbook, with the example data if asked. */
export function templatePackage(withExampleData: boolean): XlsxPackage {
  return packageOfSheets(templateWorkbook(withExampleData));
}
