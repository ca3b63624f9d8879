import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/node/csv";

/** A COINr CSV fixture as rows of named cells; "" is a missing value. */
export type CsvRecord = Readonly<Record<string, string>>;

export function readCoinrFixture(fileName: string): CsvRecord[] {
  const table = parseCsv(readFileSync(join(__dirname, "..", "fixtures", "coinr", fileName), "utf8"));
  return table.rows.map((cells) =>
    Object.fromEntries(table.header.map((column, index) => [column, cells[index] ?? ""]))
  );
}

/** Relative difference, with an absolute floor so that values near zero compare sensibly. */
export function relativeDifference(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
}
