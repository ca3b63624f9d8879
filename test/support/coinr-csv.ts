import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A COINr CSV fixture as rows of named cells; "" is a missing value. */
export type CsvRecord = Readonly<Record<string, string>>;

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted) {
      if (character === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") {
      cells.push(cell);
      cell = "";
    } else cell += character;
  }
  cells.push(cell);
  return cells;
}

export function readCoinrFixture(fileName: string): CsvRecord[] {
  const text = readFileSync(join(__dirname, "..", "fixtures", "coinr", fileName), "utf8");
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  const columns = splitCsvLine(header ?? "");
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""]));
  });
}

/** Relative difference, with an absolute floor so that values near zero compare sensibly. */
export function relativeDifference(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
}
