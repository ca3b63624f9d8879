// Opens a benchmarked workbook in LibreOffice (when `soffice` is installed: Debian's libreoffice-calc) and
// checks that its Benchmark sheet, converted to CSV, holds the ranking `veikart benchmark --json` prints.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../src/node/csv";
import { runVeikart } from "./small-workbook-file";

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();
const name =
  "LibreOffice converts the Benchmark sheet to CSV with the ranking that benchmark --json prints";
if (!available)
  console.warn(`skipped (soffice not found; apt-get install libreoffice-calc): ${name}`);

(available ? it : it.skip)(
  name,
  async () => {
    const folder = mkdtempSync(join(tmpdir(), "veikart-libreoffice-"));
    const workbook = join(folder, "demo.xlsx");
    expect((await runVeikart(["demo", "-o", workbook])).exitCode).toBe(0);
    const printed = JSON.parse((await runVeikart(["benchmark", workbook, "--json"])).stdout);
    // Filter options: comma, double quote, UTF-8, from row 1, ..., every sheet (-1) to <name>-<sheet>.csv.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(folder, "profile")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        folder,
        workbook,
      ],
      { stdio: "ignore", timeout: 120_000 }
    );
    const csvName = readdirSync(folder).find((file) => file.endsWith("-Benchmark.csv"));
    expect(csvName).toBeDefined();
    const rows = parseCsv(readFileSync(join(folder, csvName as string), "utf8")).rows;
    const header = rows.findIndex((row) => row[0] === "Rank" && row[1] === "Code");
    const ranking = [];
    for (
      let index = header + 1;
      rows[index]?.[1] !== undefined && rows[index]?.[1] !== "";
      index++
    ) {
      const row = rows[index] as readonly string[];
      ranking.push([Number(row[0]), row[1], row[2], Number(Number(row[4]).toPrecision(12))]);
    }
    expect(ranking).toEqual(
      printed.ranking.map(
        (row: { rank: number; unitCode: string; unitName: string; index: number }) => [
          row.rank,
          row.unitCode,
          row.unitName,
          Number(row.index.toPrecision(12)),
        ]
      )
    );
  },
  180_000
);
