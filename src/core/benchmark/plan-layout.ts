// Placing blocks on a generated sheet: tables stacked downwards, column widths from what they hold.
import type { BlockPlan, ColourScale, PlanCell, TablePlan } from "../sheet-plan";
import type { BenchmarkTable } from "./table-records";

/** Table titles a point above the body text (Calibri 11), in every face. */
const tableTitleFontSize = 12;

/** A table before it is placed. */
export type UnplacedTable = Omit<TablePlan, "anchor">;

/** Red at the weakest, yellow in the middle, green at the best (Excel's own three-colour scale). */
export const weakToStrongScale: ColourScale = {
  minimumColour: "#F8696B",
  midpointColour: "#FFEB84",
  maximumColour: "#63BE7B",
};

/**
 * A header as one line: a table column's name must equal its header cell, and an XML attribute (where
 * the .xlsx keeps the name) turns a line break or a tab into a space, so a unit name written on two
 * lines would give a name that differs from its cell.
 */
function oneLine(header: string): string {
  return header.replace(/\s*[\r\n\t]+\s*/g, " ").trim();
}

/** Headers must be unique in an Excel table: a repeated one gets " (2)", " (3)", ... Line breaks become spaces. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map(oneLine).map((name) => {
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** A record table as an Excel table's columns and rows, in column order. */
export function tableOf(
  table: BenchmarkTable,
  name: string,
  title: string,
  style: string
): UnplacedTable {
  const headers = uniqueHeaders(table.columns.map((column) => column.header));
  return {
    kind: "table",
    name,
    title,
    titleFontSize: tableTitleFontSize,
    style,
    columns: table.columns.map((column, position) => ({
      header: headers[position] ?? column.key,
      ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
      ...(column.width === undefined ? {} : { width: column.width }),
    })),
    rows: table.rows.map((row): PlanCell[] =>
      table.columns.map((column) => row[column.key] ?? null)
    ),
  };
}

/** The table with a weak-to-strong colour scale over its columns `firstColumn` to `lastColumn`; unchanged when there are none. */
export function withColourScale(
  table: UnplacedTable,
  firstColumn: number,
  lastColumn: number
): UnplacedTable {
  if (lastColumn < firstColumn) return table;
  return { ...table, colourScales: [{ firstColumn, lastColumn, scale: weakToStrongScale }] };
}

/**
 * Places the tables one below the other from `firstRow` in column A: the title in the row above each
 * header, one blank row between tables. An empty table keeps one row of room (Excel needs a data row).
 */
export function stackTables(tables: readonly UnplacedTable[], firstRow: number): TablePlan[] {
  let row = firstRow;
  return tables.map((table) => {
    if (table.title !== undefined) row++;
    const placed: TablePlan = { ...table, anchor: { row, column: 0 } };
    row += 1 + Math.max(table.rows.length, 1) + 1;
    return placed;
  });
}

/** The row below the last block (its last row + 1). */
export function rowAfter(blocks: readonly BlockPlan[]): number {
  return Math.max(
    0,
    ...blocks.map(
      (block) =>
        block.anchor.row +
        (block.kind === "table" ? 1 + Math.max(block.rows.length, 1) : block.rows.length)
    )
  );
}

/** Each column's width: the widest any table asks for there, and at least `minimum` for the first columns. */
export function columnWidthsOf(
  blocks: readonly BlockPlan[],
  minimum: readonly number[] = []
): number[] {
  const widths = [...minimum];
  for (const block of blocks) {
    if (block.kind !== "table") continue;
    block.columns.forEach((column, position) => {
      const index = block.anchor.column + position;
      const width = column.width ?? 0;
      widths[index] = Math.max(widths[index] ?? 0, width);
    });
  }
  return Array.from(widths, (width) => width ?? 9);
}
