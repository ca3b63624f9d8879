// Validation of the national synthetic data set as grids: ~155 000 Data rows, 372 units, 30 indicators.
import { workbookSheetsOf } from "../src/core/template";
import { validateWorkbook, type WorkbookGrids } from "../src/core/validate";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

export function validateBenchmark(): void {
  const dataSet = nationalDataSet();
  const grids: WorkbookGrids = workbookSheetsOf(dataSet);
  const dataRows = (grids.find((grid) => grid.name === "Data")?.values.length ?? 1) - 1;
  const validation = validateWorkbook(grids);
  const { milliseconds, heapMegabytes } = measure(() => validateWorkbook(grids));
  printTable(
    "validateWorkbook on the national synthetic data set (target: under 300 ms)",
    ["units", "Data rows", "errors", "warnings", "info", "median ms", "heap MB"],
    [
      [
        String(dataSet.units.length),
        String(dataRows),
        String(validation.summary.bySeverity.error),
        String(validation.summary.bySeverity.warning),
        String(validation.summary.bySeverity.info),
        milliseconds.toFixed(0),
        heapMegabytes.toFixed(0),
      ],
    ]
  );
  const codes = Object.entries(validation.summary.byCode).map(
    ([code, count]) => `${code} ${count}`
  );
  console.log(`issues by code: ${codes.join(", ")}`);
}
