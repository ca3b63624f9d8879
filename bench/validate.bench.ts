// Validation of the national synthetic data set as grids: ~155 000 Data rows, 372 units, 30 indicators.
// Then how readable its warnings stay: the national set has no errors planted, so every outlier and jump
// it raises is a false alarm, while the golden workbook's planted outlier and jump must still be found.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workbookSheetsOf } from "../src/core/template";
import { validateWorkbook, type WorkbookGrids } from "../src/core/validate";
import { printedIssue } from "../src/node/issue-report";
import { readWorkbookGrids } from "../src/node/workbook-grids";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

const fixtures = join(__dirname, "..", "..", "test", "fixtures");
/** The codes whose false alarms grow with the number of values. */
const statisticalCodes = ["value_outlier", "value_jump"];

/** The golden workbook's planted outliers and jumps, and how many of them validation finds at their cells. */
async function goldenFindings(): Promise<{ readonly found: number; readonly planted: number }> {
  const expected = JSON.parse(
    readFileSync(join(fixtures, "golden-workbook.expected.json"), "utf8")
  ) as { readonly code: string; readonly cell: string | null }[];
  const planted = expected.filter((issue) => statisticalCodes.includes(issue.code));
  const issues = validateWorkbook(
    await readWorkbookGrids(join(fixtures, "golden-workbook.xlsx"))
  ).issues.map((issue) => printedIssue(issue, "en"));
  const found = planted.filter((plant) =>
    issues.some((issue) => issue.code === plant.code && issue.cell === plant.cell)
  );
  return { found: found.length, planted: planted.length };
}

export async function validateBenchmark(): Promise<void> {
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
  const count = (code: string) => validation.summary.byCode[code] ?? 0;
  const golden = await goldenFindings();
  printTable(
    "Outlier and jump warnings (target: under 100 on the national set, no errors planted; every planted one found in the golden workbook)",
    ["national value_outlier", "national value_jump", "national total", "golden found / planted"],
    [
      [
        String(count("value_outlier")),
        String(count("value_jump")),
        String(count("value_outlier") + count("value_jump")),
        `${golden.found} / ${golden.planted}`,
      ],
    ]
  );
}
