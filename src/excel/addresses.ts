// References the add-in writes and reads back: a reference split into sheet and address, and the
// absolute column ranges of list validation. Cell addresses themselves are core's.
import { columnLetters, quotedSheetName } from "../core/cell-addresses";

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
