import { readFile } from "node:fs/promises";

/** A CSV file as rows of text cells, the first row being the header. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A CSV file that cannot be read: an unterminated quote, or a file with no header row. */
export class CsvFormatError extends Error {
  override readonly name = "CsvFormatError";
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes (a doubled quote inside is one
 * quote), CRLF or LF line ends, an optional UTF-8 byte-order mark. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvTable {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  let line = 1;
  let quoteLine = 0;
  const endRecord = () => {
    record.push(field);
    field = "";
    if (!(record.length === 1 && record[0] === "")) records.push(record);
    record = [];
  };
  while (index < input.length) {
    const character = input[index] as string;
    if (quoted) {
      if (character === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (character === "\n") line++;
        field += character;
      }
      index++;
      continue;
    }
    if (character === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && input[index + 1] === "\n") index++;
      endRecord();
      line++;
    } else field += character;
    index++;
  }
  if (quoted)
    throw new CsvFormatError(`a quoted field opened on line ${quoteLine} is never closed`);
  if (field !== "" || record.length > 0) endRecord();
  const [header, ...rows] = records;
  if (header === undefined) throw new CsvFormatError("the file is empty (no header row)");
  return { header, rows };
}

export async function readCsvFile(path: string): Promise<CsvTable> {
  return parseCsv(await readFile(path, "utf8"));
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with LF line ends and a final line end. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `${lines.join("\n")}\n`;
}
