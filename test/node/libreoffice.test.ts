// Opens a benchmarked workbook in LibreOffice (when `soffice` is installed: Debian's libreoffice-calc) and
// checks that its Benchmark sheet, converted to CSV, holds the ranking `veikart benchmark --json` prints,
// and that LibreOffice reads its two charts over the tables they draw from.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { pilotUnits } from "../../src/core/template";
import { parseCsv } from "../../src/node/csv";
import { convertWithLibreOffice, itWithLibreOffice, odsChartSeries } from "../support/libreoffice";
import { runVeikart } from "./small-workbook-file";

/** Converts the workbook with LibreOffice into `folder`. */
function convert(workbook: string, folder: string, format: string): void {
  convertWithLibreOffice([workbook], folder, format, folder);
}

interface RankingRow {
  readonly rank: number;
  readonly unitCode: string;
  readonly unitName: string;
  readonly index: number;
}

/** The ranking table of the Benchmark sheet as LibreOffice reads it (the sheet converted to CSV). */
function rankingOnSheet(workbook: string, folder: string): (string | number)[][] {
  // Filter options: comma, double quote, UTF-8, from row 1, ..., every sheet (-1) to <name>-<sheet>.csv.
  convert(
    workbook,
    folder,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
  );
  const csvName = readdirSync(folder).find((file) => file.endsWith("-Benchmark.csv"));
  expect(csvName).toBeDefined();
  const rows = parseCsv(readFileSync(join(folder, csvName as string), "utf8")).rows;
  const header = rows.findIndex((row) => row[0] === "Rank" && row[1] === "Code");
  const ranking = [];
  for (let index = header + 1; rows[index]?.[1] !== undefined && rows[index]?.[1] !== ""; index++) {
    const row = rows[index] as readonly string[];
    ranking.push([
      Number(row[0]),
      row[1] ?? "",
      row[2] ?? "",
      Number(Number(row[4]).toPrecision(12)),
    ]);
  }
  return ranking;
}

/** The ranking `veikart benchmark --json` prints for the workbook, in the same shape. */
async function printedRanking(
  workbook: string,
  ...options: string[]
): Promise<(string | number)[][]> {
  const printed = JSON.parse(
    (await runVeikart(["benchmark", workbook, "--json", ...options])).stdout
  );
  return printed.ranking.map((row: RankingRow) => [
    row.rank,
    row.unitCode,
    row.unitName,
    Number(row.index.toPrecision(12)),
  ]);
}

itWithLibreOffice(
  "LibreOffice converts the Benchmark sheet to CSV with the ranking that benchmark --json prints",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-libreoffice-"));
    const workbook = join(folder, "demo.xlsx");
    expect((await runVeikart(["demo", "-o", workbook])).exitCode).toBe(0);
    expect(rankingOnSheet(workbook, folder)).toEqual(await printedRanking(workbook));
  },
  180_000
);

itWithLibreOffice(
  "a workbook LibreOffice saved is benchmarked, saved by LibreOffice again and benchmarked in place",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-libreoffice-saved-"));
    const template = join(folder, "template.xlsx");
    expect((await runVeikart(["template", template, "--with-example-data"])).exitCode).toBe(0);
    convert(template, join(folder, "saved"), "xlsx");
    const benchmarked = join(folder, "benchmarked.xlsx");
    const run = await runVeikart([
      "benchmark",
      join(folder, "saved", "template.xlsx"),
      "-o",
      benchmarked,
    ]);
    expect(run.exitCode).toBe(0);
    convert(benchmarked, join(folder, "saved-again"), "xlsx");
    const savedAgain = join(folder, "saved-again", "benchmarked.xlsx");
    const peers = ["--peers", "5001,4601,50"];
    expect((await runVeikart(["benchmark", savedAgain, "--in-place", ...peers])).exitCode).toBe(0);
    const ranking = rankingOnSheet(savedAgain, join(folder, "csv"));
    expect(ranking.map((row) => row[1])).toEqual(["5001", "4601", "50"]);
    expect(ranking).toEqual(await printedRanking(savedAgain, ...peers));
  },
  240_000
);

itWithLibreOffice(
  "LibreOffice reads the bar chart over the index of every pilot unit, a line per pilot unit and each unit's rank interval",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-libreoffice-charts-"));
    const workbook = join(folder, "demo.xlsx");
    expect((await runVeikart(["demo", "-o", workbook])).exitCode).toBe(0);
    convert(workbook, folder, "ods");
    const { bar, line, interval } = await odsChartSeries(join(folder, "demo.ods"), "Benchmark");
    expect(bar).toEqual([expect.stringMatching(/^Benchmark\.([A-Z]+)\d+:Benchmark\.\1\d+$/)]);
    const [first = "", last = ""] = (bar[0] ?? "").match(/\d+/g) ?? [];
    expect(Number(last) - Number(first) + 1).toBe(pilotUnits.length);
    expect(line).toHaveLength(pilotUnits.length);
    // The rank intervals: where each bar starts, and its length, one row per pilot unit.
    expect(interval).toHaveLength(2);
    for (const series of interval) {
      const [start = "", end = ""] = series.match(/\d+/g) ?? [];
      expect(Number(end) - Number(start) + 1).toBe(pilotUnits.length);
    }
  },
  180_000
);

/** A cell's text for comparing readers: numbers to 12 significant digits, other text as it is. */
function comparable(text: string): string | number {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? Number(value.toPrecision(12)) : text;
}

itWithLibreOffice(
  "LibreOffice reads the sheets of a merged workbook with the cells exceljs reads",
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-libreoffice-merge-"));
    const a = join(folder, "a.xlsx");
    const b = join(folder, "b.xlsx");
    expect((await runVeikart(["template", a, "--with-example-data"])).exitCode).toBe(0);
    copyFileSync(a, b);
    const merged = join(folder, "merged.xlsx");
    expect((await runVeikart(["merge", a, b, "-o", merged])).exitCode).toBe(0);
    convert(
      merged,
      join(folder, "csv"),
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    );
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(merged);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Validering",
    ]);
    for (const sheet of workbook.worksheets) {
      const csv = readFileSync(join(folder, "csv", `merged-${sheet.name}.csv`), "utf8");
      const table = parseCsv(csv);
      const rows = [table.header, ...table.rows].map((row) => row.map(comparable));
      const width = Math.max(...rows.map((row) => row.length));
      const exceljs = Array.from({ length: rows.length }, (_, row) =>
        Array.from({ length: width }, (_, column) =>
          comparable(sheet.getCell(row + 1, column + 1).text)
        )
      );
      expect(rows.map((row) => [...row, ...Array(width - row.length).fill("")])).toEqual(exceljs);
    }
  },
  240_000
);
