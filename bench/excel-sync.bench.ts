// Round trips of the Office.js adapter against the recording fake: Validate and Benchmark on the
// national synthetic data set (372 units, 30 indicators, 16 years). Target: Benchmark in at most
// 4 syncs plus one per 5 MB chunk; every request and response under 5 MB.
import { benchmarkOpenWorkbook, validateOpenWorkbook, type ExcelHost } from "../src/excel";
import { fakeExcel, payloadLimitBytes, workbookOfDataSet } from "../test/support/fake-excel";
import { printTable } from "./measure";
import { nationalDataSet } from "./national-data";

const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

export async function excelSyncBenchmark(): Promise<void> {
  const fake = fakeExcel(workbookOfDataSet(nationalDataSet()));
  const host: ExcelHost = { run: fake.run, canSuspendCalculation: true, canSetPageLayout: true };
  const rows: string[][] = [];
  const record = (operation: string, milliseconds: number) => {
    const syncs = fake.recorder.syncs;
    const transferred = fake.recorder.totalBytes;
    const chunks = Math.ceil(transferred / payloadLimitBytes);
    rows.push([
      operation,
      String(syncs.length),
      String(chunks),
      String(4 + chunks),
      megabytes(transferred),
      megabytes(fake.recorder.largestRequestBytes),
      megabytes(fake.recorder.largestResponseBytes),
      milliseconds.toFixed(0),
    ]);
    fake.recorder.reset();
  };
  let start = performance.now();
  const validation = await validateOpenWorkbook(host);
  record("validate", performance.now() - start);
  start = performance.now();
  const benchmark = await benchmarkOpenWorkbook(host, {
    language: "nb",
    ranAt: new Date().toISOString(),
  });
  record(`benchmark (${benchmark.kind})`, performance.now() - start);
  printTable(
    "Office.js adapter on the national synthetic data set, against the recording fake (limit 5 MB a request)",
    [
      "operation",
      "syncs",
      "5 MB chunks",
      "target syncs",
      "MB moved",
      "largest request MB",
      "largest response MB",
      "ms",
    ],
    rows
  );
  console.log(
    `validation: ${validation.issues.length} issues; Data rows read: ${(validation.reading.grids.find((grid) => grid.name === "Data")?.values.length ?? 1) - 1}`
  );
}

if (require.main === module) void excelSyncBenchmark();
