// A downloaded table (Miljødirektoratet's emissions, a KOSTRA table, any spreadsheet or CSV) read for
// one indicator: wide (units as rows, years as columns) or long (a unit, a year and a value per row).
import { cellReference } from "../cell-addresses";
import type { UnitLevel } from "../model";
import { headerKey } from "../template/schema";
import { registerNames } from "../template/unit-register-lookup";
import { fylker, kommuner } from "../template/unit-register";
import { readNumber } from "../validate/cell-values";
import {
  cellAt,
  isBlankCell,
  type CellValue,
  type GridCell,
  type SheetGrid,
} from "../validate/grid";
import type { ImportedObservation } from "./imported-observation";
import {
  codesOutsideRegister,
  combineForUnit,
  type RegionYearValues,
  type UnitYearCodes,
} from "./register-mapping";
import { readSsbValue, type SourceValue } from "./ssb-symbols";
import { codeOfItsYear } from "./unit-crosswalk";

/** A table that cannot be read as asked, with what is wrong (and where) in its message. */
export class DownloadedTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DownloadedTableError";
  }
}

export interface DownloadedTableOptions {
  readonly indicator: string;
  /** What Data's Kilde records for every value: "Miljødirektoratet, klimagassregnskap (2025)". */
  readonly source: string;
  /** Default: wide when the header row has years, else long. */
  readonly layout?: "wide" | "long";
  /** The header row (0-based in the grid); default the first of the first 20 with years (wide) or with unit, year and value headers (long). */
  readonly headerRow?: number;
  /** The column (0-based) with unit codes, "5001 Trondheim" labels or names; default found by its header or cells. */
  readonly unitColumn?: number;
  /** Wide: the year columns (0-based); default every column whose header is a year. */
  readonly yearColumns?: readonly number[];
  /** Long: the year and value columns (0-based); default found by their headers (År/Year, Verdi/Value). */
  readonly yearColumn?: number;
  readonly valueColumn?: number;
  /** Whether values add up across units (counts): a merged kommune's value is then its predecessors' sum. */
  readonly additive: boolean;
  /** The level that names alone are matched at ("Oslo" is a kommune and a fylke); default both. */
  readonly level?: UnitLevel;
  /** The register units to import; default every unit the table's codes map to. */
  readonly units?: readonly string[];
}

/** A unit cell that could not be read as a unit, at its address. */
export interface UnreadUnit {
  readonly address: string;
  readonly text: string;
  /** The register codes a name matches when it matches more than one. */
  readonly candidates: readonly string[];
}

export interface DownloadedTableReport {
  readonly unknownCodes: readonly string[];
  readonly aggregates: readonly string[];
  /** Names that match no unit of the register, or several (with their candidates). */
  readonly unmatchedNames: readonly UnreadUnit[];
  readonly splits: readonly UnitYearCodes[];
  readonly notAdditive: readonly UnitYearCodes[];
  /** Value cells that are neither numbers nor SSB's symbols, at their addresses. */
  readonly unreadableCells: readonly { readonly address: string; readonly value: CellValue }[];
  readonly missingAtSource: number;
}

export interface DownloadedTableReading {
  readonly observations: readonly ImportedObservation[];
  readonly report: DownloadedTableReport;
}

const headerDepth = 20;
const unitHeaders =
  /^(kommune|kommunenummer|fylke|fylkesnummer|region|enhet|kode|unit|code|municipality|county)/;
const yearHeaders = /^(år|year|tid|time|årgang)$/;
const valueHeaders = /^(verdi|value|tall|utslipp)/;

/** The year a header names: 2019, "2019" or "2019 (endelig)". */
export function yearOfHeader(cell: GridCell): number | undefined {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : "";
  const match = /^\s*(\d{4})(?:\s*[*(].*)?\s*$/.exec(text);
  const year = match === null ? undefined : Number(match[1]);
  return year !== undefined && year >= 1950 && year <= 2100 ? year : undefined;
}

/** The register units by each of their names, lower-cased. */
const unitsByName: ReadonlyMap<string, readonly { code: string; level: UnitLevel }[]> = (() => {
  const byName = new Map<string, { code: string; level: UnitLevel }[]>();
  for (const entry of [...kommuner, ...fylker]) {
    const names = new Set(registerNames(entry).map((name) => name.trim().toLowerCase()));
    for (const name of names)
      byName.set(name, [...(byName.get(name) ?? []), { code: entry.code, level: entry.level }]);
  }
  return byName;
})();

type UnitCellReading =
  | { readonly kind: "code"; readonly code: string }
  | { readonly kind: "name"; readonly candidates: readonly string[] }
  | { readonly kind: "blank" };

/** A unit cell: a code (0301, 301 as a number, "K-0301"), "5001 Trondheim", or a name alone. */
function readUnitCell(cell: GridCell, level: UnitLevel | undefined): UnitCellReading {
  if (isBlankCell(cell)) return { kind: "blank" };
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 0) {
    const digits = String(cell);
    return { kind: "code", code: digits.length % 2 === 1 ? `0${digits}` : digits };
  }
  const text = String(cell).trim();
  const labelled = /^(?:[KF]-)?(\d{4}|\d{2})(?:\s*[-–:]?\s+\S.*)?$/.exec(text);
  if (labelled?.[1] !== undefined) return { kind: "code", code: labelled[1] };
  if (/^(?:0|EA|EK)/.test(text) && /^\S+$/.test(text)) return { kind: "code", code: text };
  const matches = (unitsByName.get(text.toLowerCase()) ?? []).filter(
    (unit) => level === undefined || unit.level === level
  );
  return { kind: "name", candidates: matches.map((unit) => unit.code) };
}

interface Layout {
  readonly headerRow: number;
  readonly unitColumn: number;
  readonly yearColumns: readonly { readonly column: number; readonly year: number }[];
  readonly yearColumn?: number;
  readonly valueColumn?: number;
}

function headerColumn(grid: SheetGrid, row: number, pattern: RegExp): number | undefined {
  const cells = grid.values[row] ?? [];
  const column = cells.findIndex(
    (cell) => typeof cell === "string" && pattern.test(headerKey(cell))
  );
  return column < 0 ? undefined : column;
}

function yearColumnsOf(grid: SheetGrid, row: number): { column: number; year: number }[] {
  return (grid.values[row] ?? []).flatMap((cell, column) => {
    const year = yearOfHeader(cell);
    return year === undefined ? [] : [{ column, year }];
  });
}

/** The first column that is not a year column and whose cells mostly read as units. */
function unitColumnOf(grid: SheetGrid, headerRow: number, taken: ReadonlySet<number>): number {
  const byHeader = headerColumn(grid, headerRow, unitHeaders);
  if (byHeader !== undefined && !taken.has(byHeader)) return byHeader;
  // Not Math.max(...rows): a long table's rows would overflow the call stack as arguments.
  const width = grid.values.reduce((widest, cells) => Math.max(widest, cells?.length ?? 0), 0);
  for (let column = 0; column < width; column++) {
    if (taken.has(column)) continue;
    let units = 0;
    let filled = 0;
    for (let row = headerRow + 1; row < grid.values.length; row++) {
      const reading = readUnitCell(cellAt(grid, row, column), undefined);
      if (reading.kind === "blank") continue;
      filled++;
      if (reading.kind === "code" || reading.candidates.length > 0) units++;
    }
    if (filled > 0 && units * 2 >= filled) return column;
  }
  throw new DownloadedTableError(
    `No column of the sheet "${grid.name}" holds unit codes or names; give the unit column.`
  );
}

function layoutOf(grid: SheetGrid, options: DownloadedTableOptions): Layout {
  const depth = Math.min(grid.values.length, headerDepth);
  const rows = options.headerRow === undefined ? [...Array(depth).keys()] : [options.headerRow];
  const wideRow = rows.find((row) => yearColumnsOf(grid, row).length > 0);
  const longRow = rows.find(
    (row) =>
      headerColumn(grid, row, yearHeaders) !== undefined &&
      headerColumn(grid, row, valueHeaders) !== undefined
  );
  // A long table's first rows hold years too: its header row (År, Verdi) comes first.
  const layout =
    options.layout ??
    (wideRow === undefined || (longRow !== undefined && longRow <= wideRow) ? "long" : "wide");
  if (layout === "wide") {
    const headerRow = options.headerRow ?? wideRow;
    if (headerRow === undefined)
      throw new DownloadedTableError(
        `No header row with years (such as 2019 or "2019 (endelig)") in the first ${headerDepth} rows of "${grid.name}".`
      );
    const yearColumns =
      options.yearColumns === undefined
        ? yearColumnsOf(grid, headerRow)
        : options.yearColumns.map((column) => {
            const year = yearOfHeader(cellAt(grid, headerRow, column));
            if (year === undefined)
              throw new DownloadedTableError(
                `The header ${cellReference(grid.name, headerRow, column)} is not a year.`
              );
            return { column, year };
          });
    const taken = new Set(yearColumns.map((entry) => entry.column));
    return {
      headerRow,
      yearColumns,
      unitColumn: options.unitColumn ?? unitColumnOf(grid, headerRow, taken),
    };
  }
  const headerRow = options.headerRow ?? longRow ?? 0;
  const yearColumn = options.yearColumn ?? headerColumn(grid, headerRow, yearHeaders);
  const valueColumn = options.valueColumn ?? headerColumn(grid, headerRow, valueHeaders);
  if (yearColumn === undefined || valueColumn === undefined)
    throw new DownloadedTableError(
      `The long table in "${grid.name}" needs a year column (År/Year) and a value column (Verdi/Value); give them.`
    );
  const taken = new Set([yearColumn, valueColumn]);
  return {
    headerRow,
    yearColumns: [],
    yearColumn,
    valueColumn,
    unitColumn: options.unitColumn ?? unitColumnOf(grid, headerRow, taken),
  };
}

/**
 * Reads a downloaded table for one indicator into observations of the register's units: unit codes
 * read from codes, "5001 Trondheim" labels or names that match one unit; codes of earlier years mapped
 * through the reforms as SSB's are; SSB's symbols kept. Everything not read is in the report.
 */
export function readDownloadedTable(
  grid: SheetGrid,
  options: DownloadedTableOptions
): DownloadedTableReading {
  const layout = layoutOf(grid, options);
  const origin = grid.origin ?? { row: 0, column: 0 };
  const address = (row: number, column: number) =>
    cellReference(grid.name, origin.row + row, origin.column + column);
  const values: RegionYearValues = new Map();
  const unmatchedNames: UnreadUnit[] = [];
  const unreadableCells: { address: string; value: CellValue }[] = [];
  const years = new Set<number>();

  const record = (code: string, year: number, row: number, column: number) => {
    const cell = cellAt(grid, row, column);
    if (isBlankCell(cell) || cell === null || cell === undefined) return;
    let value: SourceValue;
    const reading = readNumber(cell);
    if (reading.kind === "number" || reading.kind === "text number")
      value = { value: reading.value };
    else if (reading.kind === "missing symbol") value = readSsbValue(reading.symbol);
    else {
      unreadableCells.push({ address: address(row, column), value: cell });
      return;
    }
    years.add(year);
    let byYear = values.get(code);
    if (byYear === undefined) values.set(code, (byYear = new Map()));
    if (!byYear.has(year)) byYear.set(year, value);
  };

  for (let row = layout.headerRow + 1; row < grid.values.length; row++) {
    const unitCell = cellAt(grid, row, layout.unitColumn);
    const unit = readUnitCell(unitCell, options.level);
    if (unit.kind === "blank") continue;
    let code: string;
    if (unit.kind === "code") code = unit.code;
    else if (unit.candidates.length === 1) code = unit.candidates[0] ?? "";
    else {
      unmatchedNames.push({
        address: address(row, layout.unitColumn),
        text: String(unitCell),
        candidates: unit.candidates,
      });
      continue;
    }
    if (layout.yearColumn !== undefined && layout.valueColumn !== undefined) {
      const year = yearOfHeader(cellAt(grid, row, layout.yearColumn));
      if (year === undefined) {
        const cell = cellAt(grid, row, layout.yearColumn);
        if (!isBlankCell(cell) && cell !== undefined && cell !== null)
          unreadableCells.push({ address: address(row, layout.yearColumn), value: cell });
        continue;
      }
      record(code, year, row, layout.valueColumn);
    } else for (const { column, year } of layout.yearColumns) record(code, year, row, column);
  }

  const units = options.units ?? [
    ...new Set([...values.keys()].flatMap((code) => codeOfItsYear(code)?.successors ?? [])),
  ];
  const sortedYears = [...years].sort((a, b) => a - b);
  const observations: ImportedObservation[] = [];
  const splits: UnitYearCodes[] = [];
  const notAdditive: UnitYearCodes[] = [];
  for (const unit of units)
    for (const year of sortedYears) {
      const combined = combineForUnit(values, unit, year, options.additive);
      if (combined.kind === "none") continue;
      if (combined.kind !== "value") {
        (combined.kind === "split" ? splits : notAdditive).push({
          unit,
          year,
          codes: combined.codes,
        });
        continue;
      }
      const { value } = combined;
      observations.push({
        unit,
        indicator: options.indicator,
        year,
        ...(value.value === null
          ? { value: null, missing: value.missing }
          : { value: value.value }),
        source: options.source,
      });
    }
  const { unknownCodes, aggregates } = codesOutsideRegister(values.keys());
  return {
    observations,
    report: {
      unknownCodes,
      aggregates,
      unmatchedNames,
      splits,
      notAdditive,
      unreadableCells,
      missingAtSource: observations.filter((observation) => observation.value === null).length,
    },
  };
}
