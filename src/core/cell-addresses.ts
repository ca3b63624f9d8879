// A1 addresses of 0-based grid positions, as a person sees them in Excel: shared by the add-in and
// the command line.

/** "A", "B", ... "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The 0-based column of a cell reference's letters ("AB12" → 27); -1 when it starts with no letter. */
export function columnIndexOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column - 1;
}

/** The sheet's name as a reference needs it: quoted unless it is letters, digits and underscores. */
export function quotedSheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** D17 for 0-based row 16, column 3; 17:17 for the whole row when the column is unknown. */
export function localAddress(row: number, column: number | undefined): string {
  return column === undefined ? `${row + 1}:${row + 1}` : `${columnLetters(column)}${row + 1}`;
}

/** "Data!D17": a cell a person can find, and that the add-in can select. */
export function cellReference(sheet: string, row: number, column: number | undefined): string {
  return `${quotedSheetName(sheet)}!${localAddress(row, column)}`;
}
