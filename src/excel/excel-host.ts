// How src/excel reaches Excel: Excel.run inside Excel, or a stand-in workbook that a test page
// installs under one global name when the page runs outside Excel (the e2e test does).

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** application.suspendApiCalculationUntilNextSync needs ExcelApi 1.8. */
  readonly canSuspendCalculation: boolean;
  /** Worksheet.pageLayout (print area, fit to page, orientation) needs ExcelApi 1.9. */
  readonly canSetPageLayout: boolean;
}

/** The one global a page outside Excel may set to stand in for Excel (the e2e test's fake workbook). */
export const excelStandInGlobal = "veikartExcelStandIn";

interface ExcelStandIn {
  readonly run: ExcelRun;
}

function standIn(): ExcelStandIn | undefined {
  const candidate = (globalThis as Record<string, unknown>)[excelStandInGlobal];
  return typeof candidate === "object" &&
    candidate !== null &&
    typeof (candidate as ExcelStandIn).run === "function"
    ? (candidate as ExcelStandIn)
    : undefined;
}

/** Excel itself when the add-in runs in Excel, else the stand-in if a test installed one, else none. */
export function excelHostFor(insideExcel: boolean): ExcelHost | undefined {
  if (insideExcel)
    return {
      run: (batch) => Excel.run(batch),
      canSuspendCalculation: Office.context.requirements.isSetSupported("ExcelApi", "1.8"),
      canSetPageLayout: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
    };
  const fake = standIn();
  return fake === undefined
    ? undefined
    : { run: fake.run, canSuspendCalculation: true, canSetPageLayout: true };
}
