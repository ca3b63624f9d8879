// The benchmark of a national workbook (372 units, 30 indicators, 16 years): in core (benchmarkWorkbook and
// the two sheet plans), and end to end on a file (`veikart benchmark`: read, validate, score, write).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { benchmarkSheetPlan, benchmarkWorkbook, validationSheetPlan } from "../src/core/benchmark";
import { workbookSheetsOf } from "../src/core/template";
import { validateWorkbook } from "../src/core/validate";
import { main } from "../src/node/cli";
import { workbookOfSheets } from "../src/node/template-workbook";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

export async function benchmarkBenchmark(): Promise<void> {
  const dataSet = nationalDataSet();
  const sheets = workbookSheetsOf(dataSet);
  const validation = validateWorkbook(sheets);
  const plans = () => {
    const run = benchmarkWorkbook(validation.content);
    return [
      benchmarkSheetPlan(run, { ranAt: new Date().toISOString(), language: "nb" }),
      validationSheetPlan(validation.issues, "nb"),
    ];
  };
  const core = measure(plans, 3);
  const folder = mkdtempSync(join(tmpdir(), "veikart-bench-"));
  const input = join(folder, "national.xlsx");
  await workbookOfSheets(sheets).xlsx.writeFile(input);
  const quiet = {
    stdout: () => undefined,
    stderr: () => undefined,
    language: "nb" as const,
    interactive: false,
  };
  const start = performance.now();
  const exitCode = await main(
    ["benchmark", input, "-o", join(folder, "out.xlsx"), "--force"],
    quiet
  );
  const endToEnd = performance.now() - start;
  rmSync(folder, { recursive: true, force: true });
  printTable(
    "benchmark of the national workbook (targets: end to end, read to write, under 5 s)",
    [
      "units",
      "observations",
      "years",
      "core ms (run + plans)",
      "heap MB",
      "file end to end ms",
      "exit",
    ],
    [
      [
        String(dataSet.units.length),
        String(dataSet.observations.length),
        String(new Set(dataSet.observations.map((observation) => observation.year)).size),
        core.milliseconds.toFixed(0),
        core.heapMegabytes.toFixed(0),
        endToEnd.toFixed(0),
        String(exitCode),
      ],
    ]
  );
}
