// Reading one cell of a template table, reporting Excel errors, empty required cells and bad numbers.
import type { Issue } from "../model";
import type { SheetDefinition } from "../template";
import { excelErrorOf, readNumber, readText, shownValue } from "./cell-values";
import { numberFormatAt, type GridCell } from "./grid";
import { placeOf, tableCell, type SheetTable } from "./read-tables";
import { pushCellIssue, type IssueSink } from "./issue-collector";
import { readUnitCode, type UnitCodeReading } from "./unit-codes";
import { reportValidationIssue as report, type ValidationIssueCode } from "./validation-issues";

/** The observation a Data row is about, as far as it could be read: carried by the row's issues. */
export interface RowAbout {
  readonly unit?: string | undefined;
  readonly indicator?: string | undefined;
  readonly year?: number | undefined;
}

export interface FieldReader<Key extends string> {
  /** The cell as text, undefined when blank; reports an Excel error, and a blank required cell. */
  text(row: number, key: Key, about?: RowAbout): string | undefined;
  /** The cell as a number, undefined when blank; reports Excel errors, text numbers and non-numbers. */
  number(row: number, key: Key): number | undefined;
  /** The cell as a unit code, undefined when blank; reports Excel errors, blanks and lost zeros. */
  unitCode(row: number, key: Key): UnitCodeReading | undefined;
  /** Where the cell lies, for an issue of the caller's own. */
  place(
    row: number,
    key: Key
  ): { readonly sheet: string; readonly row: number; readonly column?: number };
  cell(row: number, key: Key): GridCell;
  /**
   * Adds the issue `build` makes about a cell in the key's column, unless issues of its code in that
   * column are only counted by now: a column typed wrong builds a thousand issues, not one per row.
   */
  push(key: Key, code: ValidationIssueCode, build: () => Issue): void;
}

export function fieldReader<Key extends string>(
  table: SheetTable<Key>,
  definition: SheetDefinition<Key>,
  issues: IssueSink
): FieldReader<Key> {
  const headers = new Map(definition.columns.map((column) => [column.key, column]));
  const sheet = table.grid.name;
  const headerOf = (key: Key) => headers.get(key)?.header ?? key;
  const push = (key: Key, code: ValidationIssueCode, build: () => Issue) =>
    pushCellIssue(issues, code, sheet, table.columns[key], build);

  function cellErrorReported(row: number, key: Key, cell: GridCell, about?: RowAbout): boolean {
    const error = excelErrorOf(cell);
    if (error === undefined) return false;
    push(key, "cell_error", () =>
      report(
        "cell_error",
        { sheet, column: headerOf(key), error },
        { ...placeOf(table, row, key), ...about, value: error }
      )
    );
    return true;
  }

  const reader: FieldReader<Key> = {
    cell: (row, key) => tableCell(table, row, key),
    place: (row, key) => placeOf(table, row, key),
    push,
    text(row, key, about) {
      const cell = tableCell(table, row, key);
      if (cellErrorReported(row, key, cell, about)) return undefined;
      const text = readText(cell);
      if (
        text === undefined &&
        headers.get(key)?.required === true &&
        table.columns[key] !== undefined
      )
        push(key, "required_value_missing", () =>
          report(
            "required_value_missing",
            { sheet, column: headerOf(key) },
            placeOf(table, row, key)
          )
        );
      return text;
    },
    number(row, key) {
      const cell = tableCell(table, row, key);
      const reading = readNumber(cell);
      const place = () => ({ ...placeOf(table, row, key), value: shownValue(cell) });
      switch (reading.kind) {
        case "blank":
          return undefined;
        case "number":
          return reading.value;
        case "text number":
          push(key, "value_text_number", () =>
            report("value_text_number", { text: reading.text, value: reading.value }, place())
          );
          return reading.value;
        case "error value":
          cellErrorReported(row, key, cell);
          return undefined;
        case "missing symbol":
        case "not a number":
          push(key, "number_invalid", () =>
            report(
              "number_invalid",
              { sheet, column: headerOf(key), value: shownValue(cell) },
              place()
            )
          );
          return undefined;
      }
    },
    unitCode(row, key) {
      const cell = tableCell(table, row, key);
      const written =
        excelErrorOf(cell) === undefined
          ? readUnitCode(cell, numberFormatAt(table.grid, row, table.columns[key] ?? -1))
          : undefined;
      if (written === undefined) {
        reader.text(row, key); // reports the Excel error or the empty required cell
        return undefined;
      }
      if (written.kind === "leading zero lost") {
        push(key, "unit_code_leading_zero", () =>
          report(
            "unit_code_leading_zero",
            { code: written.written, suggested: written.code },
            { ...placeOf(table, row, key), unit: written.code, value: shownValue(cell) }
          )
        );
      }
      return written;
    },
  };
  return reader;
}
