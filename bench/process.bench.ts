// `veikart` as a user runs it: each command a new Node process (`node bin/veikart.js ...`), wall time
// from spawn to exit, the median of five (three for the long ones). Empty `node` is measured in the same run, so the ratios hold
// on a loaded machine. NODE_EXTRA_CA_CERTS is left out of the children's environment: Node loads those
// certificates at start-up (70 ms on the development machine), a cost of the machine, not of Veikart.
// VEIKART_BENCH_BEFORE=<other checkout>/bin/veikart.js adds a column for another build, run alternately.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { workbookSheetsOf } from "../src/core/template";
import { parseCsv } from "../src/node/csv";
import { packageOfSheets } from "../src/node/template-workbook";
import { printTable } from "./measure";
import { nationalDataSet } from "./national-data";

const root = join(__dirname, "..", "..");
const coinrFixtures = join(root, "test", "fixtures", "coinr");
/** COINr's whole process (Rscript, load COINr, read the CSV, S1, write) on the same 8,160 units, from issue 17. */
const coinrSeconds = 5.33;

/** ASEM's iData with every unit copied `copies` times, codes suffixed, as CSV text. */
export function replicatedAsemCsv(copies: number, delimiter: "," | ";" = ","): string {
  const table = parseCsv(readFileSync(join(coinrFixtures, "ASEM_iData.csv"), "utf8"));
  const codeColumn = table.header.indexOf("uCode");
  // With semicolons, as Norwegian Excel writes it: numbers with a decimal comma.
  const cellText = (cell: string) =>
    delimiter === ";" && /^-?[0-9.]+(e[+-]?[0-9]+)?$/i.test(cell) ? cell.replace(".", ",") : cell;
  const field = (cell: string) =>
    /[",;\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cellText(cell);
  const lines = [table.header.map(field).join(delimiter)];
  for (let copy = 0; copy < copies; copy++)
    for (const row of table.rows)
      lines.push(
        row
          .map((cell, column) => field(column === codeColumn ? `${cell}-${copy}` : cell))
          .join(delimiter)
      );
  return `${lines.join("\n")}\n`;
}

/** The national workbook as exceljs saves it (shared strings, as Excel writes text). */
async function nationalWorkbook(folder: string): Promise<string> {
  const written = join(folder, "template-writer.xlsx");
  const path = join(folder, "national.xlsx");
  writeFileSync(written, packageOfSheets(workbookSheetsOf(nationalDataSet())).toBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(written);
  await workbook.xlsx.writeFile(path);
  return path;
}

const environment = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== "NODE_EXTRA_CA_CERTS")
);

/** One process run: its wall time in milliseconds and its exit code. */
function spawnTimed(args: readonly string[]): { milliseconds: number; exitCode: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env: environment, stdio: "ignore" });
  return { milliseconds: performance.now() - start, exitCode: result.status };
}

interface Case {
  readonly name: string;
  /** The goal in milliseconds, or undefined for a reference row. */
  readonly goal?: number;
  /** The arguments after the script (none for the empty Node row). */
  readonly args: readonly string[] | undefined;
  readonly repetitions: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function processBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "veikart-process-bench-"));
  const asem = join(folder, "asem-8160.csv");
  writeFileSync(asem, replicatedAsemCsv(160));
  const national = await nationalWorkbook(folder);
  const scripts = [
    join(root, "bin", "veikart.js"),
    ...(process.env.VEIKART_BENCH_BEFORE === undefined ? [] : [process.env.VEIKART_BENCH_BEFORE]),
  ];
  const meta = join(coinrFixtures, "ASEM_iMeta.csv");
  const cases: readonly Case[] = [
    { name: "node, empty script", args: undefined, repetitions: 5 },
    { name: "veikart --help", goal: 150, args: ["--help"], repetitions: 5 },
    {
      name: "veikart coin, ASEM at 8,160 units",
      goal: (coinrSeconds * 1000) / 10,
      args: ["coin", "--data", asem, "--meta", meta, "--out", join(folder, "coin.csv")],
      repetitions: 3,
    },
    {
      name: "veikart validate, national workbook",
      goal: 1000,
      args: ["validate", national],
      repetitions: 3,
    },
    {
      name: "veikart benchmark, national workbook",
      goal: 1500,
      args: ["benchmark", national, "-o", join(folder, "benchmarked.xlsx"), "--force"],
      repetitions: 3,
    },
  ];
  const rows: string[][] = [];
  let nodeStart = 0;
  for (const { name, goal, args, repetitions } of cases) {
    const times = scripts.map(() => [] as number[]);
    const exitCodes = new Set<number | null>();
    for (let repetition = 0; repetition < repetitions; repetition++)
      scripts.forEach((script, index) => {
        const run = spawnTimed(args === undefined ? ["-e", ""] : [script, ...args]);
        times[index]?.push(run.milliseconds);
        if (index === 0) exitCodes.add(run.exitCode);
      });
    const [now, before] = times.map(median);
    if (args === undefined) nodeStart = now as number;
    rows.push([
      name,
      goal === undefined ? "" : goal.toFixed(0),
      (now as number).toFixed(0),
      ((now as number) - nodeStart).toFixed(0),
      goal === undefined ? "" : (now as number) <= goal ? "yes" : "no",
      [...exitCodes].join(" "),
      ...(before === undefined
        ? []
        : [before.toFixed(0), ((before as number) / (now as number)).toFixed(1)]),
    ]);
  }
  rmSync(folder, { recursive: true, force: true });
  printTable(
    `Commands as processes, wall ms, median; COINr's whole process on the 8,160 units: ${coinrSeconds * 1000} ms (issue 17)`,
    [
      "command",
      "goal ms",
      "ms",
      "ms over node",
      "met",
      "exit",
      ...(scripts.length > 1 ? ["before ms", "before / now"] : []),
    ],
    rows
  );
}
