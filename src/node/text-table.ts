// A fixed-width table for the terminal: columns padded to their widest cell, two spaces apart.
import { decimalIn, type Language } from "../core/language";

/** A number with `digits` decimals, with a decimal comma in bokmål. */
export function decimalText(value: number, digits: number, language: Language): string {
  return decimalIn(value.toFixed(digits), language);
}

/**
 * The lines of a table, each indented by two spaces: the columns in `rightAligned` (numbers) padded on
 * the left, the others on the right, the last column never padded.
 */
export function fixedWidthTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number>
): string {
  // A reduce, not Math.max over every row spread into arguments, which overflows the stack on long tables.
  const widths = header.map((cell, column) =>
    rows.reduce((widest, row) => Math.max(widest, (row[column] ?? "").length), cell.length)
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1
          ? cell
          : rightAligned.has(column)
            ? cell.padStart(widths[column] ?? 0)
            : cell.padEnd(widths[column] ?? 0)
      )
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].map((text) => `  ${text}`).join("\n");
}
