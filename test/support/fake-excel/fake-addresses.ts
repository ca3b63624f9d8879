// A1 addresses without a sheet name ("B3", "A1:C4") as the fake's boxes of cells, and back.
import { columnLetters } from "../../../src/core/cell-addresses";
import { FakeExcelError } from "./fake-excel-error";
import type { CellBox } from "./fake-workbook";

/** The 0-based column of letters such as "A" or "XFD". */
export function columnOfLetters(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/** "B3" or "A1:C4" (no sheet name, $ allowed) as a box. */
export function boxOfAddress(address: string): CellBox {
  const [first = "", last = first] = address.replace(/\$/g, "").split(":");
  const corner = (text: string) => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(text);
    if (match === null) throw new FakeExcelError("InvalidArgument", `Bad address ${address}.`);
    return { row: Number(match[2]) - 1, column: columnOfLetters(match[1] ?? "A") };
  };
  const from = corner(first);
  const to = corner(last);
  return {
    row: from.row,
    column: from.column,
    rowCount: to.row - from.row + 1,
    columnCount: to.column - from.column + 1,
  };
}

export function addressOfBox(box: CellBox): string {
  const first = `${columnLetters(box.column)}${box.row + 1}`;
  const last = `${columnLetters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}
