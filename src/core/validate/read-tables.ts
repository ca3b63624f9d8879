// Structure: finding each template sheet, its header row and its columns.
import type { IssueSink } from "./issue-collector";
import { headerKey, namesOf, type SheetDefinition } from "../template";
import { readText } from "./cell-values";
import { cellAt, isBlankCell, type GridCell, type SheetGrid, type WorkbookGrids } from "./grid";
import { reportValidationIssue as report } from "./validation-issues";

/** A template sheet as found in the workbook: where its headers are and which rows hold data. */
export interface SheetTable<Key extends string> {
  readonly grid: SheetGrid;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<Key, number>>>;
  /** The rows below the header with something in a template column, in order. */
  readonly rows: readonly number[];
}

const headerSearchDepth = 20;

export function findSheet(
  grids: WorkbookGrids,
  definition: SheetDefinition
): SheetGrid | undefined {
  const names = new Set(namesOf(definition).map(headerKey));
  return grids.find((grid) => typeof grid.name === "string" && names.has(headerKey(grid.name)));
}

function columnKeysByHeader<Key extends string>(
  definition: SheetDefinition<Key>
): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const column of definition.columns)
    for (const name of namesOf(column)) keys.set(headerKey(name), column.key);
  return keys;
}

function headerTextAt(grid: SheetGrid, row: number, column: number): string | undefined {
  const cell = cellAt(grid, row, column);
  return typeof cell === "string" || typeof cell === "number" ? readText(cell) : undefined;
}

/** The row among the first few with the most template headers in it; undefined when none has any. */
function headerRowOf(grid: SheetGrid, keys: ReadonlyMap<string, string>): number | undefined {
  let best: { row: number; matches: number } | undefined;
  const depth = Math.min(grid.values.length, headerSearchDepth);
  for (let row = 0; row < depth; row++) {
    const cells = grid.values[row] ?? [];
    let matches = 0;
    for (let column = 0; column < cells.length; column++) {
      const text = headerTextAt(grid, row, column);
      if (text !== undefined && keys.has(headerKey(text))) matches++;
    }
    if (matches > 0 && (best === undefined || matches > best.matches)) best = { row, matches };
  }
  return best?.row;
}

/**
 * Reads one template sheet's layout, reporting a missing sheet, header row or required column, a
 * column given twice and a column the template does not know. Undefined when the sheet is absent or
 * has no header row.
 */
export function readTable<Key extends string>(
  grids: WorkbookGrids,
  definition: SheetDefinition<Key>,
  issues: IssueSink
): SheetTable<Key> | undefined {
  const grid = findSheet(grids, definition);
  if (grid === undefined) {
    issues.push(
      definition.required
        ? report("sheet_missing", { sheet: definition.name }, { sheet: definition.name })
        : report("optional_sheet_missing", { sheet: definition.name }, { sheet: definition.name })
    );
    return undefined;
  }
  const keys = columnKeysByHeader(definition);
  const headerRow = headerRowOf(grid, keys);
  if (headerRow === undefined) {
    const expected = definition.columns
      .filter((column) => column.required)
      .map((column) => column.header);
    issues.push(report("header_not_found", { sheet: grid.name, expected }, { sheet: grid.name }));
    return undefined;
  }
  const columns: Partial<Record<Key, number>> = {};
  const headerCells = grid.values[headerRow] ?? [];
  for (let column = 0; column < headerCells.length; column++) {
    const text = headerTextAt(grid, headerRow, column);
    if (text === undefined) continue;
    const key = keys.get(headerKey(text));
    const place = { sheet: grid.name, row: headerRow, column, value: text };
    if (key === undefined) {
      issues.push(report("column_unknown", { sheet: grid.name, column: text }, place));
      continue;
    }
    const first = columns[key];
    if (first !== undefined) {
      const parameters = { sheet: grid.name, column: text, first: first + 1, second: column + 1 };
      issues.push(report("column_duplicate", parameters, place));
      continue;
    }
    columns[key] = column;
  }
  for (const column of definition.columns) {
    if (!column.required || columns[column.key] !== undefined) continue;
    const parameters = {
      sheet: grid.name,
      column: column.header,
      alias: column.aliases[0] ?? column.header,
    };
    issues.push(report("column_missing", parameters, { sheet: grid.name, row: headerRow }));
  }
  const templateColumns = Object.values(columns) as number[];
  const rows: number[] = [];
  for (let row = headerRow + 1; row < grid.values.length; row++) {
    const cells = grid.values[row];
    if (cells === undefined) continue;
    for (const column of templateColumns)
      if (!isBlankCell(cells[column])) {
        rows.push(row);
        break;
      }
  }
  return { grid, headerRow, columns, rows };
}

/** The cell of a row in one of the table's columns (undefined when the column is absent). */
export function tableCell<Key extends string>(
  table: SheetTable<Key>,
  row: number,
  key: Key
): GridCell {
  const column = table.columns[key];
  return column === undefined ? undefined : table.grid.values[row]?.[column];
}

/** Where a row's cell in one of the table's columns lies, for an issue. */
export function placeOf<Key extends string>(
  table: SheetTable<Key>,
  row: number,
  key: Key
): { readonly sheet: string; readonly row: number; readonly column?: number } {
  return { sheet: table.grid.name, row, column: table.columns[key] };
}
