/** A table of text cells as read from a CSV file or a sheet: a header row and data rows. */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Cells that mean "missing" in COINr's and the template's files: blank, R's NA, SSB's symbols. */
const missingTexts = new Set(["", "NA", "NaN", ".", "..", "...", ":", "-"]);

export type ParsedCell =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "missing" }
  | { readonly kind: "invalid"; readonly text: string };

/** Reads one cell as a number: finite numbers only; blanks and missing-value symbols are missing. */
export function parseNumberCell(text: string | undefined): ParsedCell {
  const trimmed = (text ?? "").trim();
  if (missingTexts.has(trimmed)) return { kind: "missing" };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", text: trimmed };
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

export function cellOf(
  row: readonly string[],
  index: ReadonlyMap<string, number>,
  column: string
): string | undefined {
  const position = index.get(column.toLowerCase());
  return position === undefined ? undefined : row[position];
}
