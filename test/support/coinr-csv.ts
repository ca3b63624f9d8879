import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/node/csv";

/** A COINr CSV fixture as rows of named cells; "" is a missing value. */
export type CsvRecord = Readonly<Record<string, string>>;

export function readCoinrFixture(fileName: string): CsvRecord[] {
  const table = parseCsv(
    readFileSync(join(__dirname, "..", "fixtures", "coinr", fileName), "utf8")
  );
  return table.rows.map((cells) =>
    Object.fromEntries(table.header.map((column, index) => [column, cells[index] ?? ""]))
  );
}

/** |actual - expected| / |expected|; where COINr has exactly 0, the absolute difference. */
export function relativeDifference(actual: number, expected: number): number {
  const difference = Math.abs(actual - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}
