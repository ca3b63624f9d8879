// A1 addresses of grid positions, and back: the way from an issue to the cell a person sees.

/** "A", "B", ... "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The sheet's name as a reference needs it: quoted unless it is letters, digits and underscores. */
export function quotedSheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** D17 for 0-based row 16, column 3; 17:17 for the whole row when the column is unknown. */
export function localAddress(row: number, column: number | undefined): string {
  return column === undefined ? `${row + 1}:${row + 1}` : `${columnLetters(column)}${row + 1}`;
}

/** "Data!D17": a cell a person can find, and that selectCell can select. */
export function cellReference(sheet: string, row: number, column: number | undefined): string {
  return `${quotedSheetName(sheet)}!${localAddress(row, column)}`;
}

/** A reference split into its sheet and its address on that sheet; undefined when it has no "!". */
export function splitReference(
  reference: string
): { readonly sheet: string; readonly address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(reference);
  if (match === null) return undefined;
  const sheet = match[1] === undefined ? (match[2] ?? "") : match[1].replace(/''/g, "'");
  return { sheet, address: match[3] ?? "A1" };
}

/** An absolute reference to rows first..last (0-based) of one column, for list validation. */
export function columnReference(
  sheet: string,
  column: number,
  firstRow: number,
  lastRow: number
): string {
  const letters = columnLetters(column);
  return `=${quotedSheetName(sheet)}!$${letters}$${firstRow + 1}:$${letters}$${lastRow + 1}`;
}
