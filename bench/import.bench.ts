// Importing data, end to end: `veikart import ssb` as a process on one indicator for every kommune
// and fylke of the register over 16 years from a saved response (target under 1 s), and 150,000 Data
// rows written through the Office.js adapter against the recording fake (syncs follow the payload's
// size, every request under 5 MB).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { writeImportIntoWorkbook } from "../src/excel/import-into-data";
import { defaultBudgetBytes } from "../src/excel/request-budget";
import { fylker, kommuner } from "../src/core/template";
import { templatePackage } from "../src/node/template-workbook";
import { fakeExcel, payloadLimitBytes, templateInto } from "../test/support/fake-excel";
import { printTable } from "./measure";

const years = Array.from({ length: 16 }, (_, index) => String(2009 + index));
const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

/** A JSON-stat 2.0 response of table 07459 (population) for every register unit and the years. */
function populationResponse(): unknown {
  const regions = [...kommuner, ...fylker];
  return {
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning (benchmark, made-up values)",
    source: "Statistisk sentralbyrå",
    updated: "2025-02-20T07:00:00Z",
    role: { time: ["Tid"], metric: ["ContentsCode"], geo: ["Region"] },
    id: ["Region", "ContentsCode", "Tid"],
    size: [regions.length, 1, years.length],
    dimension: {
      Region: {
        label: "region",
        category: {
          index: Object.fromEntries(regions.map((entry, position) => [entry.code, position])),
          label: Object.fromEntries(regions.map((entry) => [entry.code, entry.name])),
        },
      },
      ContentsCode: { label: "statistikkvariabel", category: { index: { Personer1: 0 } } },
      Tid: { label: "år", category: { index: years } },
    },
    value: regions.flatMap((_, region) => years.map((_, year) => 1000 + region * 17 + year)),
  };
}

function importAsProcess(): string[][] {
  const folder = mkdtempSync(join(tmpdir(), "veikart-bench-import-"));
  const responses = join(folder, "responses");
  mkdirSync(responses);
  writeFileSync(join(responses, "07459-1.json"), JSON.stringify(populationResponse()));
  const input = join(folder, "pilot.xlsx");
  writeFileSync(input, templatePackage(false).toBuffer());
  const bin = resolve(__dirname, "../../bin/veikart.js");
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let stdout = "";
  for (let run = 0; run < 4; run++) {
    const output = join(folder, `out-${run}.xlsx`);
    const start = performance.now();
    // bash's time builtin reports the child's CPU seconds (user + system): on a busy machine the
    // wall time says more about the other processes than about the import.
    const result = spawnSync("bash", [
      "-c",
      'TIMEFORMAT="cpu %U %S"; time "$@"',
      "bash",
      process.execPath,
      bin,
      "import",
      "ssb",
      input,
      "--indicators",
      "POPULATION",
      "--units",
      "all",
      "--years",
      "2009-2024",
      "--from-responses",
      responses,
      "-o",
      output,
      "--lang",
      "en",
    ]);
    times.push(performance.now() - start);
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr.toString());
    cpuTimes.push(1000 * (Number(cpu?.[1]) + Number(cpu?.[2])));
    stdout = result.stdout.toString();
    if (result.status !== 0) throw new Error(`import failed: ${result.stderr.toString()}`);
  }
  const median = (values: number[]) => {
    const [, ...measured] = values;
    measured.sort((a, b) => a - b);
    return (measured[Math.floor(measured.length / 2)] ?? Number.NaN).toFixed(0);
  };
  return [
    [
      "import ssb, POPULATION, 372 units x 16 years, saved response (process)",
      median(times),
      median(cpuTimes),
      "< 1000",
      /Added \d+/.exec(stdout)?.[0] ?? "",
    ],
  ];
}

async function adapterRows(): Promise<string[][]> {
  const fake = fakeExcel(templateInto());
  const firstRow = fake.workbook.sheet("Data")?.usedBox()?.rowCount ?? 1;
  const units = [...kommuner, ...fylker].map((entry) => entry.code);
  const rows = Array.from({ length: 150_000 }, (_, index) => [
    units[index % units.length] as string,
    2009 + (index % 16),
    `IND_${index % 30}`,
    Math.round(index * 7.3) / 10,
    null,
    "SSB 07459/Personer1, oppdatert 2025-02-20T07:00:00Z",
  ]);
  const start = performance.now();
  await writeImportIntoWorkbook(
    { run: fake.run, canSuspendCalculation: true, canSetPageLayout: true },
    { appends: [{ sheet: "Data", firstRow, rows, textColumns: [0] }], replacements: [] }
  );
  const milliseconds = performance.now() - start;
  const { syncCount, totalBytes, largestRequestBytes } = fake.recorder;
  return [
    [
      "150,000 Data rows through the adapter",
      String(syncCount),
      String(Math.ceil(totalBytes / defaultBudgetBytes)),
      megabytes(totalBytes),
      megabytes(largestRequestBytes),
      megabytes(payloadLimitBytes),
      milliseconds.toFixed(0),
    ],
  ];
}

export async function importBenchmark(): Promise<void> {
  printTable(
    "Import as a process (median of 3 after a warm-up)",
    ["run", "wall ms", "cpu ms", "target ms", "result"],
    importAsProcess()
  );
  printTable(
    "Import through the Office.js adapter (recording fake)",
    ["operation", "syncs", "payload / budget", "MB sent", "largest request MB", "limit MB", "ms"],
    await adapterRows()
  );
}
