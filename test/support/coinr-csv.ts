// Reads the COINr oracle fixtures (test/fixtures/coinr, COINr 1.1.14, MIT, (c) 2022 William Becker).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, type CsvTable } from "../../src/node/csv";

export const coinrFixtureFolder = join(__dirname, "..", "fixtures", "coinr");

export function coinrFixture(name: string): CsvTable {
  return parseCsv(readFileSync(join(coinrFixtureFolder, name), "utf8"));
}

/** A COINr CSV fixture as rows of named cells; "" is a missing value. */
export type CsvRecord = Readonly<Record<string, string>>;

export function readCoinrFixture(fileName: string): CsvRecord[] {
  const table = coinrFixture(fileName);
  return table.rows.map((cells) =>
    Object.fromEntries(table.header.map((column, index) => [column, cells[index] ?? ""]))
  );
}

/** |actual - expected| / |expected|; where COINr has exactly 0, the absolute difference. */
export function relativeDifference(actual: number, expected: number): number {
  const difference = Math.abs(actual - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}
