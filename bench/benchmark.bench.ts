// The benchmark of a national workbook (372 units, 30 indicators, 16 years): in core (benchmarkWorkbook and
// the two sheet plans), and end to end on a file (`veikart benchmark`: read, validate, score, write).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { benchmarkSheetPlan, benchmarkWorkbook, validationSheetPlan } from "../src/core/benchmark";
import { workbookSheetsOf } from "../src/core/template";
import { validateWorkbook } from "../src/core/validate";
import { benchmarkSession } from "../src/core/session";
import { scoredOrRefuse, writeSessionSheets } from "../src/node/benchmark-output";
import { main } from "../src/node/cli";
import { packageOfSheets } from "../src/node/template-workbook";
import { openWorkbook } from "../src/node/workbook-grids";
import { measure, printTable } from "./measure";
import { nationalDataSet } from "./national-data";

const quiet = {
  stdout: () => undefined,
  stderr: () => undefined,
  language: "nb" as const,
  interactive: false,
};

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const start = performance.now();
  const result = await work();
  return { result, milliseconds: performance.now() - start };
}

/** `veikart benchmark` on the file, three times; the median. */
async function endToEnd(
  input: string,
  output: string
): Promise<{ milliseconds: number; exitCode: number }> {
  const runs: { milliseconds: number; result: number }[] = [];
  for (let run = 0; run < 3; run++)
    runs.push(await timedAsync(() => main(["benchmark", input, "-o", output, "--force"], quiet)));
  runs.sort((a, b) => a.milliseconds - b.milliseconds);
  const median = runs[1] as { milliseconds: number; result: number };
  return { milliseconds: median.milliseconds, exitCode: median.result };
}

/** The same run step by step, once, each step on the previous step's result: where the time goes. */
async function phases(input: string, output: string): Promise<string[]> {
  const request = { language: "nb" as const, ranAt: new Date().toISOString() };
  const read = await timedAsync(() => openWorkbook(input));
  const session = await timedAsync(async () =>
    scoredOrRefuse(
      benchmarkSession(read.result.grids, { ...request, scoreDespiteErrors: true }),
      "nb"
    )
  );
  const write = await timedAsync(async () => {
    writeSessionSheets(read.result.xlsx, session.result);
    await read.result.xlsx.writeFile(output);
  });
  return [read, session, write].map((phase) => phase.milliseconds.toFixed(0));
}

/** exceljs reading and writing the same file: the library the command line used before. */
async function exceljsReference(input: string, output: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const read = await timedAsync(() => workbook.xlsx.readFile(input));
  const write = await timedAsync(() => workbook.xlsx.writeFile(output));
  return [read.milliseconds.toFixed(0), write.milliseconds.toFixed(0)];
}

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
  const written = join(folder, "template-writer.xlsx");
  const input = join(folder, "national.xlsx");
  const output = join(folder, "out.xlsx");
  await packageOfSheets(sheets).writeFile(written);
  // The measured input is exceljs's save of it: shared strings, as Excel and most producers write
  // text, where the template writer writes inline strings.
  const reference = await exceljsReference(written, input);
  const whole = await endToEnd(input, output);
  const steps = await phases(input, output);
  rmSync(folder, { recursive: true, force: true });
  printTable(
    "benchmark of the national workbook (target: end to end, read to write, under 5 s)",
    [
      "units",
      "observations",
      "years",
      "core ms (run + plans)",
      "heap MB",
      "file end to end ms (median of 3)",
      "exit",
    ],
    [
      [
        String(dataSet.units.length),
        String(dataSet.observations.length),
        String(new Set(dataSet.observations.map((observation) => observation.year)).size),
        core.milliseconds.toFixed(0),
        core.heapMegabytes.toFixed(0),
        whole.milliseconds.toFixed(0),
        String(whole.exitCode),
      ],
    ]
  );
  printTable(
    "the same file step by step, and exceljs reading and writing it for comparison",
    ["read ms", "validate + score + plans ms", "write ms", "exceljs read ms", "exceljs write ms"],
    [[...steps, ...reference]]
  );
}
