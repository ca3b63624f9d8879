// CSV as spreadsheets write it: Excel in a Norwegian locale writes semicolons and decimal commas (with a
// byte-order mark from "CSV UTF-8", in Windows-1252 from plain "CSV"), elsewhere commas and decimal points.
// Hand-written rather than csv-parse: on ASEM's iData at 8,160 units it parses and reads every cell about
// five times as fast as csv-parse 7 parses (`npm run bench -- csv`), and the tests hold it to
// csv-parse's records on RFC 4180's cases and on generated tables.
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import type { TextTable } from "../core/data/table";

export type CsvDelimiter = "," | ";";

/** A file that is not CSV as written: an unclosed quote, a stray quote, or no header row. */
export class CsvFormatError extends Error {
  override readonly name = "CsvFormatError";
}

const quote = 0x22;
const comma = 0x2c;
const semicolon = 0x3b;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const byteOrderMark = 0xfeff;

/** The line (from 1) and column (from 1) of a position in the text. */
function placeOf(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position; index++) {
    const code = text.charCodeAt(index);
    if (code === lineFeed || (code === carriageReturn && text.charCodeAt(index + 1) !== lineFeed)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * A CSV file as a table of text cells, the first row being the header. The cells stay in the file's
 * text as offsets until read: at 8,160 units a string per cell (half a million) kept the garbage
 * collector copying them for longer than the scoring took.
 */
export class CsvTable implements TextTable {
  readonly header: readonly string[];
  readonly rowCount: number;

  constructor(
    /** The delimiter found in the header line. */
    readonly delimiter: CsvDelimiter,
    private readonly text: string,
    /** Where each record, the header first, starts in the text. */
    private readonly recordStarts: readonly number[],
    /** Each record's first field in `fieldStarts`, and one past the last record's last field. */
    private readonly recordFields: readonly number[],
    /** Each field's first character; the bitwise complement for a quoted field with doubled quotes. */
    private readonly fieldStarts: readonly number[],
    /** One past each field's last character (before its closing quote). */
    private readonly fieldEnds: readonly number[]
  ) {
    this.rowCount = recordStarts.length - 1;
    this.header = this.recordCells(0);
  }

  cell(row: number, column: number): string | undefined {
    return row < 0 ? undefined : this.recordCell(row + 1, column);
  }

  /** The data rows as arrays of cells (built on each call). */
  get rows(): string[][] {
    return Array.from({ length: this.rowCount }, (_, row) => this.recordCells(row + 1));
  }

  /** The line of the file on which data row `row` (0 for the first after the header) starts. */
  lineOfRow(row: number): number {
    return placeOf(this.text, this.recordStarts[row + 1] ?? this.text.length).line;
  }

  private recordCells(record: number): string[] {
    const count = (this.recordFields[record + 1] as number) - (this.recordFields[record] as number);
    return Array.from({ length: count }, (_, column) => this.recordCell(record, column) as string);
  }

  /** A record's field as text: quotes undone, a decimal comma made a point in a semicolon file. */
  private recordCell(record: number, column: number): string | undefined {
    const field = (this.recordFields[record] as number) + column;
    if (column < 0 || !(field < (this.recordFields[record + 1] as number))) return undefined;
    const start = this.fieldStarts[field] as number;
    const end = this.fieldEnds[field] as number;
    const value =
      start < 0 ? this.text.slice(~start, end).replace(/""/g, '"') : this.text.slice(start, end);
    return this.delimiter === ";" && numberLike.test(value) ? withDecimalPoint(value) : value;
  }
}

function formatError(text: string, position: number, field: number, problem: string): never {
  const { line, column } = placeOf(text, position);
  throw new CsvFormatError(`line ${line}, column ${field + 1} (character ${column}): ${problem}`);
}

/** The delimiter of the header line: the more frequent of comma and semicolon outside quotes. */
function delimiterOf(text: string, start: number): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) quoted = !quoted;
    else if (quoted) continue;
    else if (code === comma) commas++;
    else if (code === semicolon) semicolons++;
    else if (code === lineFeed || code === carriageReturn) break;
  }
  return semicolons > commas ? ";" : ",";
}

// A number as Excel writes it with a Norwegian locale: decimal comma, digits optionally grouped by
// spaces (plain, no-break or narrow no-break) when the cell's format groups them.
const decimalCommaNumber =
  /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|,\d+)(?:[eE][+-]?\d+)?$/;
const groupSeparators = /[ \u00a0\u202f]/g;

/** Fields worth checking for a decimal-comma number: they hold a comma or a space. */
const numberLike = /[, \u00a0\u202f]/;

/** The text of a decimal-comma number with a decimal point and without group separators; else the text. */
function withDecimalPoint(field: string): string {
  const trimmed = field.trim();
  if (!decimalCommaNumber.test(trimmed)) return field;
  return trimmed.replace(groupSeparators, "").replace(",", ".");
}

/**
 * Parses CSV per RFC 4180 (fields optionally in double quotes, a doubled quote inside standing for one,
 * delimiters and line breaks inside quotes; CRLF, LF or CR line ends) with an optional byte-order mark.
 * The delimiter is the header line's more frequent of comma and semicolon. With semicolons, a field
 * written as a number with a decimal comma reads as that number with a decimal point ("1 234,5" as
 * "1234.5"). Empty lines are skipped; a row with more fields than the header is an error.
 */
export function parseCsv(text: string): CsvTable {
  const length = text.length;
  const start = text.charCodeAt(0) === byteOrderMark ? 1 : 0;
  const delimiter = delimiterOf(text, start);
  const delimiterCode = delimiter.charCodeAt(0);
  const recordStarts: number[] = [];
  const recordFields: number[] = [0];
  const fieldStarts: number[] = [];
  const fieldEnds: number[] = [];
  let recordStart = start;
  let fieldsInRecord = 0;
  let position = start;
  let fieldCount = -1;
  while (position <= length) {
    let code = text.charCodeAt(position);
    const fieldStart = position;
    if (fieldsInRecord === fieldCount)
      formatError(text, fieldStart, fieldCount, `more fields than the header's ${fieldCount}`);
    if (code === quote) {
      let escaped = false;
      let closing = text.indexOf('"', position + 1);
      while (closing >= 0 && text.charCodeAt(closing + 1) === quote) {
        escaped = true;
        closing = text.indexOf('"', closing + 2);
      }
      if (closing < 0)
        formatError(text, fieldStart, fieldsInRecord, "a quoted field is never closed");
      fieldStarts.push(escaped ? ~(fieldStart + 1) : fieldStart + 1);
      fieldEnds.push(closing);
      position = closing + 1;
      code = text.charCodeAt(position);
      if (
        position < length &&
        code !== delimiterCode &&
        code !== lineFeed &&
        code !== carriageReturn
      )
        formatError(
          text,
          position,
          fieldsInRecord,
          `"${text.charAt(position)}" after a closing quote, where the field should end`
        );
    } else {
      while (
        position < length &&
        code !== delimiterCode &&
        code !== lineFeed &&
        code !== carriageReturn
      ) {
        if (code === quote)
          formatError(
            text,
            position,
            fieldsInRecord,
            "a quote inside a field that does not start with one (put the field in quotes and double the quote)"
          );
        code = text.charCodeAt(++position);
      }
      fieldStarts.push(fieldStart);
      fieldEnds.push(position);
    }
    fieldsInRecord++;
    if (code === delimiterCode) {
      position++;
      continue;
    }
    // A line break or the end of the text ends the record; an empty line is no record.
    if (fieldsInRecord === 1 && position === fieldStart) {
      fieldStarts.pop();
      fieldEnds.pop();
    } else {
      if (fieldCount < 0) fieldCount = fieldsInRecord;
      recordStarts.push(recordStart);
      recordFields.push(fieldStarts.length);
    }
    fieldsInRecord = 0;
    if (code === carriageReturn && text.charCodeAt(position + 1) === lineFeed) position++;
    position++;
    recordStart = position;
  }
  if (recordStarts.length === 0) throw new CsvFormatError("the file is empty (no header row)");
  return new CsvTable(delimiter, text, recordStarts, recordFields, fieldStarts, fieldEnds);
}

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
 * mark, and otherwise Windows-1252, the code page Excel's plain "CSV" format uses for Norwegian.
 */
export function csvText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (isUtf8(bytes)) return bytes.toString("utf8");
  return new TextDecoder("windows-1252").decode(bytes);
}

export async function readCsvFile(path: string): Promise<CsvTable> {
  return parseCsv(csvText(await readFile(path)));
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
