/**
 * A table of text cells as read from a CSV file or a sheet: a header row and data rows, read a cell at a
 * time so a reader can keep large files as they are until each cell is wanted.
 */
export interface TextTable {
  readonly header: readonly string[];
  readonly rowCount: number;
  /** The text of data row `row`'s cell in `column` (both from 0); undefined past the row's end. */
  cell(row: number, column: number): string | undefined;
}

/** A text table over rows held in arrays. */
export function textTableOf(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): TextTable {
  return { header, rowCount: rows.length, cell: (row, column) => rows[row]?.[column] };
}

/** Cells that mean "missing" in COINr's and the template's files: blank, R's NA, SSB's symbols. */
const missingTexts = new Set(["", "NA", "NaN", ".", "..", "...", ":", "-"]);

export type ParsedCell =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "missing" }
  | { readonly kind: "invalid"; readonly text: string };

const digitZero = 0x30;
const digitNine = 0x39;

/**
 * One cell's number: finite numbers only, NaN for a blank or a missing-value symbol, undefined for text
 * that is no number. Allocates nothing, so a column of a hundred thousand cells reads at the speed of
 * `Number`: text that starts like a number (a digit, a sign or a point) is tried as it is first.
 */
export function numberOfCell(text: string | undefined): number | undefined {
  if (text === undefined) return Number.NaN;
  const first = text.charCodeAt(0);
  if (
    (first >= digitZero && first <= digitNine) ||
    first === 0x2d ||
    first === 0x2b ||
    first === 0x2e
  ) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  const trimmed = text.trim();
  if (missingTexts.has(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads one cell as a number: finite numbers only; blanks and missing-value symbols are missing. */
export function parseNumberCell(text: string | undefined): ParsedCell {
  const value = numberOfCell(text);
  if (value === undefined) return { kind: "invalid", text: (text ?? "").trim() };
  return Number.isNaN(value) ? { kind: "missing" } : { kind: "number", value };
}

/** Column positions by header, matched case-insensitively after trimming. */
export function headerIndex(table: TextTable): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((name, position) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, position);
  });
  return index;
}

/** The text of data row `row`'s cell in the column named `column`, if the table has one. */
export function cellOf(
  table: TextTable,
  row: number,
  index: ReadonlyMap<string, number>,
  column: string
): string | undefined {
  const position = index.get(column.toLowerCase());
  return position === undefined ? undefined : table.cell(row, position);
}
